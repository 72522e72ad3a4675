// Day ranges sharing one month: « du 3 au 9 juin », « les 6 et 13 avril prochains », « du 1er au 15 mars 2015 ».
// The first day has no month of its own; this parser gives it the shared one and returns two readings, each
// with its own extent (the range refiner then links them). « les 6 » keeps « les » as French TimeBank does.

import { lookup, rule } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { MONTHS } from '../constants';
import { DAY, DIRECTION, dayNumber, MONTH, SP, SP0, YEAR_AFTER, yearAndDirection } from '../patterns';

export const dateRange: Parser = {
  name: 'fr/date-range',
  pattern: rule(
    `(?<open>du|les|entre${SP}le)${SP}(?<d1>${DAY})(?<mid>(?:${SP0},${SP}${DAY})*)${SP}(?:au|et|-)${SP}(?<d2>${DAY})${SP}(?<month>${MONTH})` +
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
    const start = match.index;
    // « les 12, 13 et 14 mai »: each listed day is a mention of its own, in the month they share.
    const middle: Reading[] = [];
    let at = d1At + g.d1.length;
    for (const d of g.mid ? (g.mid.match(/\d+|1er|premier/giu) ?? []) : []) {
      const dAt = m.indexOf(d, at);
      middle.push({
        ...base,
        day: dayNumber(d),
        extent: { start: start + dAt, end: start + dAt + d.length },
      });
      at = dAt + d.length;
    }
    const d2At = m.indexOf(g.d2, at + 1);
    return [
      {
        ...base,
        day: dayNumber(g.d1),
        extent: { start: start + (keepOpen ? 0 : d1At), end: start + d1At + g.d1.length },
      },
      ...middle,
      { ...base, day: dayNumber(g.d2), extent: { start: start + d2At, end: start + m.length } },
    ];
  },
};
