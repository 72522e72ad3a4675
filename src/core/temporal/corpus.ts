/**
 * The shape of a locale's corpus (`locales/<lang>/corpus.ts`, exported as `corpus`): examples grouped by expected
 * value, all read against ONE publication date, plus negatives. The corpus is the spec; `corpus.test.ts` runs every
 * locale's corpus that exists, so a new locale only has to add its file.
 *
 * Each example text is a short sentence. Square brackets mark the expected extent: « Il a parlé [mardi]. »
 * Without brackets the whole text is the expected extent. The runner checks that a mention has exactly that
 * extent, that value (and type and mod when given). A negative text must yield no mention at all, unless it
 * brackets an allowed one (« [2015] : 12 millions de personnes » → only « 2015 »).
 */
import type { TimexType } from '../../shared/timeline';

export interface CorpusGroup {
  /** Expected TIMEX3 value for every text of the group. */
  value: string;
  type?: TimexType;
  mod?: string;
  /** Expected inclusive interval, when the group checks it. */
  interval?: [string, string] | null;
  texts: string[];
}

export interface LocaleCorpus {
  /** Publication date every example is read against. */
  dct: string | null;
  groups: CorpusGroup[];
  negatives: string[];
}

/** « Il a parlé [mardi]. » → the text without brackets and the bracketed extent (whole text if none). */
export function parseExample(example: string): { text: string; start: number; end: number } {
  const open = example.indexOf('[');
  const close = example.indexOf(']');
  if (open < 0 || close < open) return { text: example, start: 0, end: example.length };
  const text = example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
  return { text, start: open, end: close - 1 };
}
