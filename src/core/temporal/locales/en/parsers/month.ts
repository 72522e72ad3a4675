// A month without a day: "March", "April 2022", "June of 1998", "January this year", "June last year",
// "last April", "early September", "mid-November". Year-less months are placed by the resolver from tense.

import { alternation, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { DIRECTIONS } from '../constants';
import { MONTH, MONTH_FULL, POSITION, YEAR4 } from '../patterns';
import { clean, month as monthNumber, position } from '../read';
import { YEAR_WORDS, yearFromWords } from './yearWords';

const DIRECTION = alternation(['last', 'next', 'this', 'coming', 'past']);
const YEAR_REL: Record<string, number> = { this: 0, last: -1, next: 1 };

// Words that make a bare "May" or "March" a month rather than a verb or a name:
// "in May", "since March", "by May" — but "May I ask", "they march".
const MONTH_CONTEXT =
  /(?:^|[^\p{L}])(?:in|since|until|till|through|by|from|to|of|during|before|after|last|next|this|early|late|mid|and|or|between|for)[\s\u00a0-]+$/iu;

export const month: Parser = {
  name: 'en/month',
  pattern: rule(
    `(?:${POSITION})?(?:(?<dir>${DIRECTION})${SP})?(?:(?<full>${MONTH_FULL})|(?<abbr>${MONTH})(?=${SP}(?:of${SP})?${YEAR4}))` +
      `(?:${SP}(?:of${SP})?(?:(?<year>${YEAR4})(?![,.]?\\d)|(?<yearWords>${YEAR_WORDS}))|${SP}(?<rel>this|last|next)${SP}year)?`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const word = g.full ?? g.abbr;
    const mo = monthNumber(word);
    if (mo === undefined) return null;
    // Bare month names must be capitalised ("the march on Washington" is no date), and "May"/"March"
    // need a preposition or a modifier before them unless a year follows.
    const initial = word.charAt(0);
    if (initial !== initial.toUpperCase()) return null;
    // "January nineteen ninety-seven" (spoken transcripts).
    const year = g.year ? +g.year : g.yearWords ? (yearFromWords(g.yearWords) ?? undefined) : undefined;
    const bare = year === undefined && !g.rel && !g.pos && !g.dir;
    if (
      bare &&
      (mo === 5 || mo === 3) &&
      !MONTH_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))
    ) {
      return null;
    }
    const dir = g.dir ? DIRECTIONS[g.dir.toLowerCase()] : undefined;
    return clean({
      type: 'DATE',
      month: mo,
      year,
      yearShift: g.rel ? YEAR_REL[g.rel.toLowerCase()] : undefined,
      direction: dir,
      mod: position(g.pos),
    } satisfies Reading);
  },
};
