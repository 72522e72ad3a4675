// Sentence and clause boundaries with exact offsets into the original text (never a normalised copy).
// A period ends a sentence only when it is not part of an abbreviation (« M. Guterres », "Mr. Smith",
// "U.S. officials") and not inside a quotation (« … urgence. », a déclaré Mme Kaneko). A line break
// always ends one: headlines and paragraphs carry no final period.

export interface Span {
  start: number;
  end: number;
}

/** Tokens that end with a period but do not end a sentence (compared lower-case, without the dot). */
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'dr',
  'pr',
  'me',
  'mgr',
  'st',
  'ste',
  'cf',
  'etc',
  'env',
  'av',
  'apr',
  'j.-c',
  'mr',
  'mrs',
  'ms',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'jr',
  'sr',
  'vs',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'n°',
  'p',
  'pp',
  'vol',
  'fig',
  'ex',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'jan',
  'feb',
  'mar',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'janv',
  'févr',
  'juil',
  'déc',
  'mt',
  'ft',
  'approx',
]);

const OPEN_QUOTES = new Set(['«', '“']);
const CLOSE_QUOTES = new Set(['»', '”']);

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.°-]/u.test(text[i - 1])) i--;
  const token = text.slice(i, dot).toLowerCase();
  if (!token) return false;
  if (ABBREVIATIONS.has(token)) return true;
  // A single capital letter is an initial (« J. Biden », "U.S." splits to U, S).
  if (/^\p{Lu}$/u.test(text.slice(i, dot))) return true;
  // Dotted acronyms: U.S., O.N.U.
  return /^(\p{L}\.)+\p{L}$/u.test(token);
}

/** Splits `text` into sentences; every returned span is trimmed and non-empty. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let depth = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      depth = 0;
      continue;
    }
    if (OPEN_QUOTES.has(ch)) depth++;
    else if (CLOSE_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    // Compared, not matched: this runs on every character of the article.
    if (depth > 0 || (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…')) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    // End of sentence only before whitespace then a capital, a digit or an opening quote.
    let j = i + 1;
    while (j < text.length && /[.!?…»”")\]]/u.test(text[j])) j++;
    if (j >= text.length) continue;
    if (!/[ \t\u00a0]/u.test(text[j]) && text[j] !== '\n') continue;
    let k = j;
    while (k < text.length && /[ \t\u00a0]/u.test(text[k])) k++;
    if (k < text.length && text[k] !== '\n' && !/[\p{Lu}\d«“"¿¡(]/u.test(text[k])) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}
