// Dates counted from the one the text is narrating, not from the publication date: "the next day",
// "the following year", "that day", "the same month", "the day before", "later that year",
// "earlier that day", "the next morning". "He landed on May 2. The next day, he met the king" → 3 May.

import { alternation, lookup, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { PARTS_OF_DAY, UNITS } from '../constants';
import { PART_OF_DAY } from '../patterns';

const OFFSET: Record<string, number> = {
  'the next': 1,
  'the following': 1,
  'the previous': -1,
  'the preceding': -1,
  'the same': 0,
  'that same': 0,
  that: 0,
};
const UNIT = alternation(['day', 'week', 'month', 'year']);

export const anchoredUnit: Parser = {
  name: 'en/anchored',
  pattern: rule(
    `(?:(?<edge>earlier|later)${SP})?(?:(?<rel>${alternation(Object.keys(OFFSET))})${SP}(?:(?<unit>${UNIT})|(?<pod>${PART_OF_DAY}))|the${SP}(?<unit2>day)${SP}(?<dir>before|after))`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    // "the next morning" → the day after the narrated one, in the morning.
    if (g.pod) {
      const offset = lookup(OFFSET, g.rel) ?? 0;
      return {
        type: 'DATE',
        shift: { unit: 'day', offset },
        anchor: 'previous',
        partOfDay: lookup(PARTS_OF_DAY, g.pod),
      };
    }
    const unit = lookup(UNITS, g.unit ?? g.unit2);
    if (!unit) return null;
    const offset = g.rel ? (lookup(OFFSET, g.rel) ?? 0) : g.dir?.toLowerCase() === 'before' ? -1 : 1;
    // "that day" alone needs a narrated date; "that year's harvest" is still that year.
    if (g.rel?.toLowerCase() === 'that' && !g.edge && unit !== 'day' && unit !== 'year') return null;
    // "the day before the vote", "the day before authorities…": anchored on an event, not on a date. Only
    // "the day before." / "the day after, he left" stand for a day of their own.
    if (
      g.dir &&
      !/^[\s\u00a0]*(?:[,.;:)!?]|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))
    ) {
      return null;
    }
    return { type: 'DATE', shift: { unit, offset }, anchor: 'previous' } satisfies Reading;
  },
};
