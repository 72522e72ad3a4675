// The one place where rule regexes are assembled. Every parser builds its pattern from lexicon tables with
// these helpers, so that: alternatives are tried longest-first (« quatre-vingt-dix » before « quatre »),
// apostrophes match ' and ’, spaces match the no-break spaces of French typography (\u00a0, \u202f), and
// word boundaries work on accented letters (JavaScript's \b is ASCII-only: « été » would match inside « fêtée »).
// Patterns stay linear: no quantifier is ever nested inside another quantified group of overlapping tokens.

/** One or more spaces of any kind (regular, tab, newline, no-break, narrow no-break). */
export const SP = '[\\s\\u00a0\\u202f]+';
/** Optional spacing. */
export const SP0 = '[\\s\\u00a0\\u202f]*';
/** Straight or typographic apostrophe. */
export const APOS = "['’]";

function escapeLiteral(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word as a pattern: regex-escaped, apostrophes and spaces made typography-tolerant. */
export function wordPattern(word: string): string {
  return escapeLiteral(word).replace(/['’]/g, APOS).replace(/ +/g, SP).replace(/-/g, '[-‑]');
}

/** A non-capturing alternation of words, longest first, so the longest written form always wins. */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map(wordPattern).join('|')})`;
}

/**
 * A whole-word, case-insensitive, global pattern: the source is wrapped in Unicode-aware word boundaries.
 * `rule('(?<day>\\d{1,2})' + SP + MONTH)` never matches inside « 123 juin » or « décembre » inside a longer word.
 */
export function rule(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, 'giu');
}

/** Normalise a matched word for table look-up: lower case, typographic apostrophes and spaces unified. */
export function normWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/‑/g, '-');
}

/** Look a matched word up in a table keyed by normalised words. */
export function lookup<T>(table: Readonly<Record<string, T>>, word: string | undefined): T | undefined {
  if (word === undefined) return undefined;
  const key = normWord(word);
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
