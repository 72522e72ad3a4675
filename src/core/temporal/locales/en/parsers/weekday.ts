// Weekdays: "Friday", "last Friday", "next Tuesday", "this Monday", "early Tuesday", "late on Saturday",
// "Friday morning", "Wednesday night". The tense of the clause (resolver) picks the week: "will speak on
// Monday" → the next one, "announced on Wednesday" → the last one.

import { alternation, lookup, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { DIRECTIONS, PARTS_OF_DAY } from '../constants';
import { PART_OF_DAY, WEEKDAY } from '../patterns';
import { clean, weekday as weekdayNumber } from '../read';

const DIRECTION = alternation([
  'last',
  'next',
  'this',
  'coming',
  'this past',
  'this coming',
  'past',
  'previous',
]);
// "early Tuesday" and "late on Saturday" are one timex; in "Earlier Friday, …" the adverb stays out.
const EDGE: Record<string, 'START' | 'END'> = { early: 'START', late: 'END' };

export const weekday: Parser = {
  name: 'en/weekday',
  pattern: rule(
    `(?:(?<edge>${alternation(Object.keys(EDGE))})(?:${SP}on)?${SP})?(?:(?<dir>${DIRECTION})${SP})?(?<wd>${WEEKDAY})` +
      `(?:${SP}(?<pod>${PART_OF_DAY}))?`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const wd = weekdayNumber(g.wd);
    if (wd === undefined) return null;
    const dirWord = g.dir?.toLowerCase().replace(/^this\s+/, '');
    const pod = lookup(PARTS_OF_DAY, g.pod);
    return clean({
      // "Wednesday night" is a DATE with a part of day in TimeBank and AQUAINT (value 2000-02-16TNI).
      type: 'DATE',
      weekday: wd,
      direction: dirWord ? lookup(DIRECTIONS, dirWord) : undefined,
      partOfDay: pod,
      mod: g.edge ? EDGE[g.edge.toLowerCase()] : undefined,
    } satisfies Reading);
  },
};
