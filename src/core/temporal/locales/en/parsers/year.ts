// Years: "in 2015", "since 1945", "fiscal 1998", "mid-1996", "early 1998", "the end of 1998",
// "the year 2000", "1994 or later", "1990 and beyond", "post-1959" (written years: yearWords.ts, ranges:
// yearRange.ts). A four-digit number is a year only
// when it looks like one:
// 1900–2099 on its own, older years after a preposition ("in 1492"), never an amount ("$1998",
// "2000 troops", "1998.5", "1,998").

import { alternation, rule, SP } from '../../../regex';
import type { Mod, Parser, Reading } from '../../../types';
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
    `(?:(?<fiscal>fiscal|calendar|(?:the${SP})?(?:fiscal${SP})?year)${SP}|${POSITION}|(?<prefix>post|pre)[-‑])?` +
      `(?<year>1\\d{3}|20\\d{2})(?![.,]\\d|${SP0()}(?:%|-\\d|‑\\d))(?!${SP}${COUNT_NOUNS}(?![\\p{L}]))` +
      `(?:${SP}(?<open>or${SP}(?:later|earlier)|and${SP}beyond))?`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const y = +g.year;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/[$£€#¥]\s*$|No\.\s*$|\d[.,]$/.test(before)) return null;
    if (y < 1900 && !g.fiscal && !g.pos && !OLD_YEAR_CONTEXT.test(before)) return null;
    // Not "and later" ("in October 1984 and later served"): a verb's adverb.
    // "1994 or later" → ON_OR_AFTER, "post-1959" → AFTER (TimeML: the modifier stays inside the extent).
    const open = g.open?.toLowerCase();
    const mod: Mod | undefined = open
      ? /later|beyond/.test(open)
        ? 'ON_OR_AFTER'
        : 'ON_OR_BEFORE'
      : g.prefix
        ? g.prefix.toLowerCase() === 'post'
          ? 'AFTER'
          : 'BEFORE'
        : position(g.pos);
    return clean({ type: 'DATE', year: y, mod } satisfies Reading);
  },
};

function SP0(): string {
  return '[\\s\\u00a0\\u202f]*';
}
