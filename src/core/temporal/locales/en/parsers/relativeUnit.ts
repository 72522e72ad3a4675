// Calendar units named from the publication date: "last week" (ISO week), "this year", "next month",
// "the past year", "earlier this year", "later this month", "early next year", "the end of this week",
// "the end of the quarter", "the year", "the weekend", "the current fiscal year", "the full year",
// "the next year or so".

import { alternation, lookup, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { CALENDAR_UNITS } from '../constants';
import { CALENDAR_UNIT, POSITION } from '../patterns';
import { clean, position } from '../read';

const OFFSETS: Record<string, number> = {
  last: -1,
  past: -1,
  previous: -1,
  'this past': -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
  'this coming': 1,
  // Only before "(fiscal) year": "the full year", "the latest fiscal year" (the last one reported).
  full: 0,
  latest: -1,
};
const EARLIER = alternation(['earlier', 'later']);

export const relativeUnit: Parser = {
  name: 'en/relative-unit',
  pattern: rule(
    `(?:${POSITION}|(?<earlier>${EARLIER})${SP})?(?:the${SP})?(?<dir>${alternation(Object.keys(OFFSETS))})${SP}(?:(?<fiscal>fiscal)${SP})?(?<unit>${CALENDAR_UNIT})(?:${SP}or${SP}so)?`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    // "ABC's \"This Week\"": a capitalised unit is a programme title.
    if (/^\p{Lu}/u.test(g.unit)) return null;
    const unit = lookup(CALENDAR_UNITS, g.unit);
    const offset = lookup(OFFSETS, g.dir);
    if (!unit || offset === undefined) return null;
    // "the current fiscal year": a year only; "a full week" is a length, not the week in progress.
    if ((g.fiscal || /^(?:full|latest)$/i.test(g.dir)) && unit !== 'year') return null;
    return clean({ type: 'DATE', shift: { unit, offset }, mod: position(g.pos) } satisfies Reading);
  },
};

export const theUnit: Parser = {
  name: 'en/the-unit',
  // "the end of the quarter", "earlier in the year", "the weekend": the unit that holds the publication date.
  // Bare "the month" / "the week" are too often generic ("the week's events"), so only with a position word,
  // except "the year" and "the weekend" which the corpora mark on their own.
  pattern: rule(`(?:${POSITION}the${SP}(?<unit>${CALENDAR_UNIT})|the${SP}(?<bare>year|weekend))`),
  extract(m, text) {
    const g = m.groups ?? {};
    const word = g.unit ?? g.bare;
    const unit = lookup(CALENDAR_UNITS, word);
    if (!unit) return null;
    // "the year 2000", "the year-ago quarter", "the year's": leave those to their own rules.
    if (g.bare && /^(?:[-‑]|['’]s|\s+\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)))
      return null;
    return clean({ type: 'DATE', shift: { unit, offset: 0 }, mod: position(g.pos) } satisfies Reading);
  },
};
