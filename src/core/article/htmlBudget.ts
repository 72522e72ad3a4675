// Budgets for a web page before it is parsed. Parsers and Readability are fine on real pages but not on
// hostile ones: htmlparser2 keeps its open-element stack with unshift and Readability measures every
// element's subtree again and again, so a page of <div> nested 200 000 deep takes hours. This pass reads
// the markup once, in linear time, with its own small tokenizer: it counts elements, and past
// MAX_HTML_DEPTH it drops the tags (never the text), so the page that is parsed is at most that deep.

/** Deeper than any real article page (news sites reach 30–60); deeper elements lose their tags, not their text. */
export const MAX_HTML_DEPTH = 128;
/** Far more elements than any article page has (a long live blog has some 30 000). */
export const MAX_HTML_ELEMENTS = 120_000;
/**
 * More attributes than any real tag has (a few dozen at most). The DOM builds a tag's attributes in time
 * quadratic in their number: one `<div>` with 10⁶ attributes never finished. Past this, the tag keeps its
 * name and loses its attributes (they hold no article text).
 */
export const MAX_TAG_ATTRIBUTES = 512;

export interface BoundedHtml {
  html: string;
  /** Elements the parser will build: void and self-closed ones included, those dropped for depth not. */
  elements: number;
  /** Tags dropped because they were deeper than the limit (0 for every real page). */
  flattened: number;
  /** Tags whose attributes were dropped because they had more than MAX_TAG_ATTRIBUTES (0 for real pages). */
  stripped: number;
}

/** Thrown when a page has more elements than MAX_HTML_ELEMENTS; the loader names the file. */
export class HtmlBudgetError extends Error {
  override readonly name = 'HtmlBudgetError';
  constructor(
    readonly elements: number,
    readonly limit: number,
  ) {
    super(`the page has more than ${limit} elements`);
  }
}

const VOID = new Set(
  'area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr'.split(
    ' ',
  ),
);
// Closed by the next sibling of their kind (`<li>a<li>b`), so they never nest by themselves: not counted.
const OPTIONAL_END = new Set('p li dt dd option optgroup tr td th thead tbody tfoot rb rt rp rtc'.split(' '));
// Their content is text, not markup, up to their closing tag (htmlparser2 reads them the same way).
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const RAW_END = new Map([...RAW_TEXT].map((t) => [t, new RegExp(`</${t}[\\s/>]`, 'gi')]));
// A dropped inline tag leaves nothing (`<b>Mo</b>scou` stays one word); any other leaves a space.
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strike strong sub sup time tt u var'.split(
    ' ',
  ),
);
const FOREIGN = new Set(['svg', 'math']);

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/** Words in the last tag `tagEnd` read (attribute names and values, roughly): set by tagEnd, to avoid an allocation. */
let tagWords = 0;

/** Index just past the `>` ending the tag whose attributes start at `from`, or -1 (an unclosed tag or quote). */
function tagEnd(html: string, from: number): number {
  tagWords = 0;
  let inWord = false;
  for (let j = from; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (c === 62 /* > */) return j + 1;
    if (isSpace(c)) inWord = false;
    else if (!inWord) {
      inWord = true;
      tagWords++;
    }
    if (c !== 61 /* = */) continue;
    let k = j + 1;
    while (k < html.length && isSpace(html.charCodeAt(k))) k++;
    const q = html.charCodeAt(k);
    if (q === 34 || q === 39) {
      const close = html.indexOf(String.fromCharCode(q), k + 1);
      if (close < 0) return -1;
      j = close;
    } else j = k - 1;
  }
  return -1;
}

/**
 * `html` with every tag deeper than `maxDepth` removed (text kept), and its element count. Linear in the
 * length of the markup: each character is looked at a bounded number of times, and each open element is
 * pushed and popped once.
 */
export function boundHtml(
  html: string,
  maxDepth = MAX_HTML_DEPTH,
  maxElements = MAX_HTML_ELEMENTS,
  maxAttributes = MAX_TAG_ATTRIBUTES,
): BoundedHtml {
  let stripped = 0;
  const names: string[] = [];
  const dropped: boolean[] = [];
  const open = new Map<string, number>();
  let kept = 0;
  let foreign = 0;
  let elements = 0;
  let flattened = 0;
  const parts: string[] = [];
  let copied = 0;
  const drop = (start: number, end: number, name: string): void => {
    // A tag already rewritten without its attributes (just above) is dropped whole instead.
    if (copied > start) {
      parts.pop();
      stripped--;
    } else parts.push(html.slice(copied, start));
    parts.push(INLINE.has(name) ? '' : ' ');
    copied = end;
    flattened++;
  };
  const pop = (): { name: string; dropped: boolean } => {
    const name = names.pop()!;
    const wasDropped = dropped.pop()!;
    open.set(name, open.get(name)! - 1);
    if (!wasDropped) kept--;
    if (FOREIGN.has(name)) foreign--;
    return { name, dropped: wasDropped };
  };

  /** Whether the element opened by the tag ending at `end` can hold others (not void, not `<path/>` in <svg>). */
  const isNesting = (name: string, end: number): boolean =>
    !VOID.has(name) &&
    !OPTIONAL_END.has(name) &&
    !RAW_TEXT.has(name) &&
    !(foreign > 0 && html.charCodeAt(end - 2) === 47);

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('!--', lt + 1)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < html.length) {
      const c = html.charCodeAt(nameEnd);
      if (isSpace(c) || c === 47 || c === 62) break;
      nameEnd++;
    }
    const end = tagEnd(html, nameEnd);
    if (end < 0) break; // an unclosed tag: the rest of the page is inside it, as the parser will read it
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    i = end;
    if (!closing && tagWords > maxAttributes) {
      // `<div a0="x" … a999999="x">` → `<div>`; a self-closing tag stays self-closing (`<path …/>` in SVG).
      parts.push(
        html.slice(copied, lt),
        `<${html.slice(nameStart, nameEnd)}${html.charCodeAt(end - 2) === 47 ? '/' : ''}>`,
      );
      copied = end;
      stripped++;
    }

    if (closing) {
      if (VOID.has(name) || OPTIONAL_END.has(name) || !open.get(name)) continue;
      // Closes the innermost open element of that name and everything opened inside it.
      let closed = pop();
      while (closed.name !== name) closed = pop();
      if (closed.dropped) drop(lt, end, name);
      continue;
    }

    // A tag dropped for depth makes no element: only what the parser will build counts.
    if ((kept < maxDepth || !isNesting(name, end)) && ++elements > maxElements)
      throw new HtmlBudgetError(elements, maxElements);
    if (RAW_TEXT.has(name)) {
      const re = RAW_END.get(name)!;
      re.lastIndex = end;
      const m = re.exec(html);
      i = m ? m.index : html.length;
      continue;
    }
    if (!isNesting(name, end)) continue;
    names.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreign++;
    if (kept < maxDepth) {
      kept++;
      dropped.push(false);
    } else {
      dropped.push(true);
      drop(lt, end, name);
    }
  }
  if (flattened === 0 && stripped === 0) return { html, elements, flattened, stripped };
  parts.push(html.slice(copied));
  return { html: parts.join(''), elements, flattened, stripped };
}
