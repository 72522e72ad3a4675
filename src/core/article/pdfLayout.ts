// PDF text items → paragraphs. A PDF only places glyph runs on a page; lines and paragraphs have to be
// rebuilt from positions: items on the same baseline form a line, and a vertical gap clearly larger than
// the usual line spacing (or a jump back up, as at the top of a new column) starts a new paragraph.

/** One run of text as pdf.js reports it (`transform[4]`, `transform[5]` are x and the baseline y). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size, roughly. */
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

// A page number alone on its line: « 3 », "Page 3 of 200", « 3 / 200 ».
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:\/|sur|of|de)\s*\d{1,4})?$/i;

/** The paragraphs of one page, in the order the PDF draws them (which is reading order for most files). */
export function pageParagraphs(items: readonly PdfTextItem[]): string[] {
  const lines = linesOf(items).filter((l) => !PAGE_NUMBER.test(l.text));
  if (!lines.length) return [];
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i].y - l.y)
    .filter((g) => g > 0);
  // The tighter gaps are the line spacing; when even those are wide (every line its own paragraph, or a
  // double-spaced file) a line that ends a sentence or stops short (a heading, a paragraph's last line)
  // before a capital is what ends a paragraph.
  // With fewer than three gaps there is too little to learn from: assume ordinary 1.2× spacing.
  const usual = lines[0].height * 1.2;
  const spacing = gaps.length >= 3 ? quartile(gaps)! : Math.min(quartile(gaps) ?? usual, usual);
  const longest = Math.max(...lines.map((l) => l.text.length));
  const paragraphs: string[][] = [[lines[0].text]];
  for (let i = 1; i < lines.length; i++) {
    const { y, height } = lines[i];
    const gap = lines[i - 1].y - y;
    const wide = spacing >= height * 1.5;
    const newParagraph =
      gap < -height || // back up the page: a new column
      gap > spacing * 1.4 ||
      (wide &&
        /^[\p{Lu}«“"—–-]/u.test(lines[i].text) &&
        (/[.!?»”"]$/u.test(lines[i - 1].text) || lines[i - 1].text.length < longest * 0.6));
    if (newParagraph) paragraphs.push([lines[i].text]);
    else paragraphs[paragraphs.length - 1].push(lines[i].text);
  }
  return paragraphs.map(joinLines);
}

/**
 * Pages → the article text, paragraphs separated by a blank line. A paragraph cut by a page break is
 * mended when the page ends mid-sentence and the next one starts in lower case.
 */
export function joinPages(pages: readonly string[][]): string {
  const out: string[] = [];
  for (const page of dropRunningHeads(pages)) {
    page.forEach((p, i) => {
      const last = out[out.length - 1];
      if (i === 0 && last && !/[.!?:»"”)]$/u.test(last) && /^\p{Ll}/u.test(p))
        out[out.length - 1] = joinLines([last, p]);
      else out.push(p);
    });
  }
  return out.join('\n\n');
}

const MAX_RUNNING_HEAD = 100;

/**
 * A running head or foot (« Le Journal — 22 avril 2022 », "Report title | page 3") repeats at the top or
 * bottom of most pages; it is kept once, on the first page, where it may date the document.
 */
export function dropRunningHeads(pages: readonly string[][]): string[][] {
  if (pages.length < 3) return pages.map((p) => [...p]);
  const shape = (p: string | undefined) => (p ?? '').replace(/\d+/g, '#');
  const repeated = (pick: (page: readonly string[]) => string | undefined) => {
    const counts = new Map<string, number>();
    for (const page of pages) {
      const p = pick(page);
      // Running heads are short; a long paragraph is story, however often it recurs.
      if (page.length > 1 && p && p.length <= MAX_RUNNING_HEAD)
        counts.set(shape(p), (counts.get(shape(p)) ?? 0) + 1);
    }
    return new Set([...counts].filter(([, n]) => n >= Math.max(3, pages.length / 2)).map(([k]) => k));
  };
  const heads = repeated((p) => p[0]);
  const feet = repeated((p) => p[p.length - 1]);
  return pages.map((page, i) => {
    let kept = [...page];
    if (i > 0 && kept.length > 1 && heads.has(shape(kept[0]))) kept = kept.slice(1);
    if (kept.length > 1 && feet.has(shape(kept[kept.length - 1]))) kept = kept.slice(0, -1);
    return kept;
  });
}

function linesOf(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: (Line & { end: number }) | null = null;
  let breakAfter = false;
  for (const item of items) {
    const sameLine =
      current && !breakAfter && Math.abs(current.y - item.y) < Math.max(current.height, item.height) * 0.5;
    if (!sameLine) {
      if (current) lines.push(current);
      current = { text: item.str, y: item.y, height: item.height, end: item.x + item.width };
    } else if (current) {
      // A visible gap between runs is a space the PDF did not encode as a character.
      const gap =
        item.x - current.end > item.height * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str);
      current.text += (gap ? ' ' : '') + item.str;
      current.end = item.x + item.width;
      current.height = Math.max(current.height, item.height);
    }
    breakAfter = item.hasEOL;
  }
  if (current) lines.push(current);
  return lines
    .map((l) => ({ text: l.text.replace(/\s+/g, ' ').trim(), y: l.y, height: l.height }))
    .filter((l) => l.text.length > 0);
}

/** Lines of one paragraph, joined with a space; a line ending in a hyphen joins the next word directly. */
function joinLines(lines: readonly string[]): string {
  return lines.reduce(
    (acc, line) => (acc === '' ? line : /[-‐]$/.test(acc) ? acc + line : `${acc} ${line}`),
    '',
  );
}

function quartile(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 4)];
}
