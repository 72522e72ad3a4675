// Years: "in 2015", "since 1945", "fiscal 1998", "mid-1996", "early 1998", "the end of 1998",
// "the year 2000", "nineteen ninety-six". A four-digit number is a year only when it looks like one:
// 1900–2099 on its own, older years after a preposition ("in 1492"), never an amount ("$1998",
// "2000 troops", "1998.5", "1,998").

import { alternation, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { POSITION } from '../patterns';
import { clean, position } from '../read';

// Words after a number that make it a count, not a year: "2000 people", "1500 troops", "1998 miles".
const COUNT_NOUNS = alternation([
  'people',
  'persons',
  'troops',
  'soldiers',
  'men',
  'women',
  'children',
  'workers',
  'employees',
  'jobs',
  'miles',
  'kilometers',
  'kilometres',
  'km',
  'feet',
  'meters',
  'metres',
  'yards',
  'tons',
  'tonnes',
  'pounds',
  'barrels',
  'shares',
  'dollars',
  'points',
  'units',
  'cars',
  'homes',
  'houses',
  'votes',
  'cases',
  'deaths',
  'percent',
  'per',
  'hours',
  'minutes',
  'seconds',
  'days',
  'weeks',
  'months',
  'years',
  'students',
  'members',
  'acres',
  'copies',
  'tanks',
  'aircraft',
  'planes',
  'ships',
  'rounds',
  'words',
  'pages',
  'calories',
  'degrees',
]);
// Prepositions after which a year before 1900 is safe: "in 1492", "since 1815", "by 1066".
const OLD_YEAR_CONTEXT =
  /(?:^|[^\p{L}])(?:in|since|until|till|by|from|to|of|during|before|after|between|and|around|circa|c\.|the|as|early|late)[\s\u00a0]+$/iu;

export const year: Parser = {
  name: 'en/year',
  pattern: rule(
    `(?:(?<fiscal>fiscal|calendar|(?:the${SP})?(?:fiscal${SP})?year)${SP}|${POSITION})?` +
      `(?<year>1\\d{3}|20\\d{2})(?![.,]\\d|${SP0()}(?:%|-\\d|‑\\d))(?!${SP}${COUNT_NOUNS}(?![\\p{L}]))`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const y = +g.year;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/[$£€#¥]\s*$|No\.\s*$|\d[.,]$/.test(before)) return null;
    if (y < 1900 && !g.fiscal && !g.pos && !OLD_YEAR_CONTEXT.test(before)) return null;
    return clean({ type: 'DATE', year: y, mod: position(g.pos) } satisfies Reading);
  },
};

function SP0(): string {
  return '[\\s\\u00a0\\u202f]*';
}

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

export const yearRange: Parser = {
  name: 'en/year-range',
  // "1861-1865", "1915–17", "(1778-1783)": two timexes, the second year completing the century of the first
  // when written with two digits. Phone and serial numbers ("555-1234") have no 4-digit year on both sides.
  pattern: rule('(?<y1>1\\d{3}|20\\d{2})[-–‑](?<y2>1\\d{3}|20\\d{2}|\\d{2})(?![-–‑]?\\d)'),
  extract(m, text) {
    const g = m.groups ?? {};
    const y1 = +g.y1;
    const y2 = g.y2.length === 2 ? Math.floor(y1 / 100) * 100 + +g.y2 : +g.y2;
    if (y2 <= y1 || y2 - y1 > 100) return null;
    if (/[$£€#]\s*$|\d[.,]$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
    const split = m.index + g.y1.length + 1;
    return [
      { type: 'DATE', year: y1, extent: { start: m.index, end: m.index + g.y1.length } },
      { type: 'DATE', year: y2, extent: { start: split, end: m.index + m[0].length } },
    ];
  },
};
