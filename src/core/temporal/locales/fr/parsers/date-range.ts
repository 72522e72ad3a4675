// Day ranges sharing one month: « du 3 au 9 juin », « les 6 et 13 avril prochains », « du 1er au 15 mars 2015 ».
// The first day has no month of its own; this parser gives it the shared one and returns two readings, each
// with its own extent (the range refiner then links them). « les 6 » keeps « les » as French TimeBank does.

import { lookup, rule } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { MONTHS } from '../constants';
import { DAY, DIRECTION, dayNumber, MONTH, SP, YEAR_AFTER, yearAndDirection } from '../patterns';

export const dateRange: Parser = {
  name: 'fr/date-range',
  pattern: rule(
    `(?<open>du|les|entre${SP}le)${SP}(?<d1>${DAY})${SP}(?:au|et|-)${SP}(?<d2>${DAY})${SP}(?<month>${MONTH})` +
      `(?:${SP}(?<year>${YEAR_AFTER}))?(?:${SP}(?<dir>${DIRECTION}))?`,
  ),
  extract(match) {
    const g = match.groups ?? {};
    const month = lookup(MONTHS, g.month);
    if (month === undefined) return null;
    const base: Reading = { type: 'DATE', month };
    Object.assign(base, yearAndDirection(g));
    const m = match[0];
    const keepOpen = /^les$/i.test(g.open);
    const d1At = m.indexOf(g.d1, g.open.length);
    const d2At = m.indexOf(g.d2, d1At + g.d1.length + 1);
    const start = match.index;
    return [
      {
        ...base,
        day: dayNumber(g.d1),
        extent: { start: start + (keepOpen ? 0 : d1At), end: start + d1At + g.d1.length },
      },
      { ...base, day: dayNumber(g.d2), extent: { start: start + d2At, end: start + m.length } },
    ];
  },
};
