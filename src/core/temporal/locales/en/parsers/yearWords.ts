// Years written in words, as spoken transcripts in TimeBank have them: "nineteen ninety-six" → 1996,
// "the year two thousand" → 2000, "two thousand and five" → 2005.

import { alternation, rule, SP } from '../../../regex';
import type { Parser } from '../../../types';

const TENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const UNITS_1: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

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
