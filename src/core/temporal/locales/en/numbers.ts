// English number words for the shared number helper: "twenty-one" = 20 + 1, "two hundred" = 2 × 100.
// No joiner: "one hundred and twenty" is rare in dates, while "between two and four years" must stay two numbers.

import { numberWordPattern, parseNumber, type NumberTable } from '../../numbers';
import { SP } from '../../regex';

export const EN_NUMBERS: NumberTable = {
  words: {
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
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
  },
  multipliers: { hundred: 100, thousand: 1000 },
  joiners: [],
};

/** A written number ("twenty-one", "two hundred"). */
export const NUMBER_WORDS = numberWordPattern(EN_NUMBERS);

/** Digits or words: "3", "three", "twenty-one"; also "a"/"an" for one ("a year ago"). */
// "a hundred years" takes its article; "a five year plan" does not (the article belongs to "plan").
export const AMOUNT = `(?:\\d{1,4}(?:\\.\\d+)?|(?:an?${SP}(?=(?:hundred|thousand)(?![\\p{L}])))?${NUMBER_WORDS}|an?)`;

/** Value of an amount as written; "a"/"an" → 1. */
export function parseAmount(written: string): number | null {
  const w = written.trim().toLowerCase();
  if (w === 'a' || w === 'an') return 1;
  // "a hundred years" → 100
  return parseNumber(written.replace(/^an?[\s\u00a0]+/i, ''), EN_NUMBERS);
}
