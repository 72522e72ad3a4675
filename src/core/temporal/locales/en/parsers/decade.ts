// Decades and centuries: "the 1990s", "the '90s", "the late 1970s", "the mid-1980s", "the nineties",
// "the 20th century", "the nineteenth century". TimeML values: decade 199, 20th century 19.

import { alternation, APOS, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { POSITION } from '../patterns';
import { clean, position } from '../read';

const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

export const decade: Parser = {
  name: 'en/decade',
  pattern: rule(
    `(?:the${SP})?(?:${POSITION})?(?:(?<full>1\\d\\d0|20\\d0)${APOS}?s|${APOS}(?<short>\\d0)${APOS}?s|(?<word>${alternation(Object.keys(DECADE_WORDS))}))`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    // "the nineties" needs its article: "in his nineties" is an age.
    if (g.word && !/^the/i.test(m[0])) return null;
    let d: number;
    if (g.full) d = Math.floor(+g.full / 10);
    else if (g.short) d = 190 + +g.short / 10;
    else d = 190 + DECADE_WORDS[g.word.toLowerCase()];
    return clean({ type: 'DATE', decade: d, mod: position(g.pos) } satisfies Reading);
  },
};

const CENTURY_ORDINALS: Record<string, number> = {
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

export const century: Parser = {
  name: 'en/century',
  // "the 21st century" → 20 (the century of the years 20xx), "the early 20th century" → 19 with START.
  pattern: rule(
    `(?:the${SP})?(?:${POSITION})?(?:(?<num>1\\d|2[01])(?:st|nd|rd|th)|(?<word>${alternation(Object.keys(CENTURY_ORDINALS))}))[-\\s\\u00a0]century`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const n = g.num ? +g.num : CENTURY_ORDINALS[g.word.toLowerCase()];
    return clean({ type: 'DATE', century: n - 1, mod: position(g.pos) } satisfies Reading);
  },
};
