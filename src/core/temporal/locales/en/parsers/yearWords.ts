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

export const yearWords: Parser = {
  name: 'en/year-words',
  // "nineteen ninety-six" → 1996, "the year two thousand" → 2000 (spoken transcripts in TimeBank).
  pattern: rule(
    `(?:the${SP}year${SP})?(?:(?<century>nineteen|eighteen)${SP}(?<tens>${alternation(Object.keys(TENS))})(?:-(?<unit>${alternation(Object.keys(UNITS_1))}))?|two${SP}thousand(?:${SP}(?:and${SP})?(?<small>${alternation([...Object.keys(TENS), ...Object.keys(UNITS_1)])}))?)`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    if (g.century) {
      const c = g.century.toLowerCase() === 'nineteen' ? 1900 : 1800;
      const tens = TENS[g.tens.toLowerCase()];
      if (tens < 20 && g.unit) return null;
      return { type: 'DATE', year: c + tens + (g.unit ? UNITS_1[g.unit.toLowerCase()] : 0) };
    }
    // "two thousand" alone is usually an amount ("two thousand people"); only "the year two thousand".
    if (!/^the/i.test(m[0]) && !g.small) return null;
    const small = g.small ? (TENS[g.small.toLowerCase()] ?? UNITS_1[g.small.toLowerCase()]) : 0;
    return { type: 'DATE', year: 2000 + small };
  },
};
