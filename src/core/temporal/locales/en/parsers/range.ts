// Day ranges inside one month: "from April 21 to 24", "April 21-24", "between May 3 and 9, 2021",
// "Sept. 8 through 12". TimeML marks two timexes, "April 21" and "24"; the second borrows the month (and
// year) of the first. Ranges of full dates ("from Monday to Friday", "between 2019 and 2021") need no rule:
// each end is found on its own and the pipeline links them (rangeBefore/rangeGap in index.ts).

import { rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { DAY, MONTH, YEAR4 } from '../patterns';
import { clean, dayOfMonth, month } from '../read';

const SP0 = '[\\s\\u00a0\\u202f]*';

export const dayRange: Parser = {
  name: 'en/day-range',
  pattern: rule(
    `(?<month>${MONTH})${SP}(?<d1>${DAY})(?:${SP0}[-–—]${SP0}|${SP}(?:to|through|until|till|and)${SP})(?<d2>${DAY})` +
      `(?![:]\\d)(?:,?${SP}(?<year>${YEAR4})(?![,.]?\\d))?`,
  ),
  extract(m) {
    const g = m.groups ?? {};
    const mo = month(g.month);
    if (mo === undefined) return null;
    const d1 = dayOfMonth(g.d1);
    const d2 = dayOfMonth(g.d2);
    if (d2 <= d1) return null;
    const year = g.year ? +g.year : undefined;
    const firstEnd = m.index + m[0].indexOf(g.d1, g.month.length) + g.d1.length;
    const secondStart = m.index + m[0].lastIndexOf(g.d2, m[0].length - (g.year ? g.year.length : 0));
    const end = m.index + m[0].length;
    const first: Reading = clean({
      type: 'DATE',
      month: mo,
      day: d1,
      year,
      extent: { start: m.index, end: firstEnd },
    });
    // The end day takes its month and year from the start just placed: "from Dec. 28 to 31" never
    // straddles a year boundary differently from its start.
    const second: Reading = year
      ? { type: 'DATE', month: mo, day: d2, year, extent: { start: secondStart, end } }
      : { type: 'DATE', day: d2, anchor: 'previous', extent: { start: secondStart, end } };
    return [first, second];
  },
};
