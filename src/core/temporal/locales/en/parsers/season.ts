// Seasons: "this summer", "last fall", "the winter of 1998", "summer 2019", "early spring", "the summer".
// "Fall" and "spring" are also everyday words ("the fall of Baghdad", "a spring in his step"): alone they
// count only after "in", "during", "by", "until", "since" or with a direction/year.

import { alternation, rule, SP } from '../../../regex';
import { lookup } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { DIRECTIONS, SEASONS } from '../constants';
import { POSITION, SEASON, YEAR4 } from '../patterns';
import { clean, position } from '../read';
import { YEAR_WORDS, yearFromWords } from './yearWords';

const DIRECTION = alternation([
  'last',
  'next',
  'this',
  'coming',
  'past',
  'previous',
  'this past',
  'this coming',
]);
const SAFE_BEFORE =
  /(?:^|[^\p{L}])(?:in|during|by|until|till|since|through|over|for|before|after)[\s\u00a0]+$/iu;

export const season: Parser = {
  name: 'en/season',
  pattern: rule(
    `(?:(?<the>the)${SP})?(?:${POSITION})?(?:(?<dir>${DIRECTION})${SP})?(?<season>${SEASON})` +
      `(?:${SP}(?:of${SP})?(?:(?<year>${YEAR4})(?![,.]?\\d)|(?<yearWords>${YEAR_WORDS}))|${SP}of${SP}(?<rel>this|last|next)${SP}year)?`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const s = lookup(SEASONS, g.season);
    if (!s) return null;
    const weak = s === 'FA' || s === 'SP';
    // "the winter of nineteen ninety-four" (spoken transcripts).
    const year = g.year ? +g.year : g.yearWords ? (yearFromWords(g.yearWords) ?? undefined) : undefined;
    const stated = year !== undefined || g.rel || g.dir || g.pos;
    if (weak && !stated && !SAFE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
    // "the fall of Rome": "of" + a non-year after the season.
    if (
      year === undefined &&
      !g.rel &&
      /^[\s\u00a0]+of[\s\u00a0]/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))
    ) {
      return null;
    }
    const rel = g.rel?.toLowerCase();
    return clean({
      type: 'DATE',
      season: s,
      year,
      direction: g.dir ? lookup(DIRECTIONS, g.dir.replace(/^this\s+/i, '')) : undefined,
      yearShift: rel ? (rel === 'last' ? -1 : rel === 'next' ? 1 : 0) : undefined,
      mod: position(g.pos),
    } satisfies Reading);
  },
};
