// Years written in words, as spoken transcripts in TimeBank have them: "nineteen ninety-six" → 1996,
// "the year two thousand" → 2000, "two thousand and five" → 2005.

import { alternation, rule, SP } from '../../../regex';
import type { Parser } from '../../../types';
import { EN_NUMBERS } from '../numbers';

// The word values come from the locale's one number table: 10–19 and the tens, then the units.
const WORDS = Object.entries(EN_NUMBERS.words);
const TENS: Record<string, number> = Object.fromEntries(
  WORDS.filter(([, n]) => n >= 10 && n < 100 && (n < 20 || n % 10 === 0)),
);
const UNITS_1: Record<string, number> = Object.fromEntries(WORDS.filter(([, n]) => n >= 1 && n <= 9));

const TEN = alternation(Object.keys(TENS));
const UNIT = alternation(Object.keys(UNITS_1));
const CENTURY_FORM = `(?:nineteen|eighteen)${SP}${TEN}(?:-${UNIT})?`;
/** A year in words, no groups: for the month and season rules ("January nineteen ninety-seven"). */
export const YEAR_WORDS = `(?:${CENTURY_FORM}|two${SP}thousand(?:${SP}(?:and${SP})?(?:${TEN}|${UNIT}))?)`;

/** "nineteen ninety-six" → 1996, "two thousand and five" → 2005; null for "nineteen twelve-three". */
export function yearFromWords(words: string): number | null {
  const w = words.toLowerCase().split(/[\s\u00a0-]+/);
  if (w[0] === 'nineteen' || w[0] === 'eighteen') {
    const tens = TENS[w[1]];
    if (tens === undefined || (tens < 20 && w[2])) return null;
    const unit = w[2] ? UNITS_1[w[2]] : 0;
    return unit === undefined ? null : (w[0] === 'nineteen' ? 1900 : 1800) + tens + unit;
  }
  if (w[0] !== 'two' || w[1] !== 'thousand') return null;
  const last = w[w.length - 1];
  return w.length === 2 ? 2000 : 2000 + (TENS[last] ?? UNITS_1[last] ?? 0);
}

export const yearWords: Parser = {
  name: 'en/year-words',
  // "nineteen ninety-six" → 1996, "the year two thousand" → 2000 (spoken transcripts in TimeBank).
  pattern: rule(`(?:the${SP}year${SP})?(?<words>${YEAR_WORDS})`),
  extract(m) {
    const words = m.groups?.words ?? '';
    // "two thousand" alone is usually an amount ("two thousand people"); only "the year two thousand".
    if (/^two[\s\u00a0]+thousand$/i.test(words) && !/^the/i.test(m[0])) return null;
    const year = yearFromWords(words);
    return year === null ? null : { type: 'DATE', year };
  },
};
