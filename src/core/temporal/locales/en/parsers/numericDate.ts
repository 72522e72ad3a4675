// All-digit dates: ISO "2022-04-22" and US "4/22/2022", "4/22/98", "4/22". US order is month first;
// a first number above 12 means day first ("22/4/2022", as in British copy).

import { rule } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { clean } from '../read';

function valid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export const isoDate: Parser = {
  name: 'en/iso-date',
  pattern: rule('(?<year>1\\d{3}|20\\d{2})-(?<month>[01]\\d)-(?<day>[0-3]\\d)(?!-\\d)'),
  extract(m) {
    const g = m.groups ?? {};
    const month = +g.month;
    const day = +g.day;
    return valid(month, day) ? { type: 'DATE', year: +g.year, month, day } : null;
  },
};

export const slashDate: Parser = {
  name: 'en/slash-date',
  // "4/22/2022", "4/22/98". Without a year only when both parts are plausible and the slash pair is not a
  // fraction or a score: "2 1/2 years" has a space before "1/2", "1/2" alone is rejected (day 2 of January
  // would be a wild guess), so a bare pair needs a day above 12 ("4/22").
  pattern: rule('(?<a>[01]?\\d)/(?<b>[0-3]?\\d)(?:/(?:(?<year>1\\d{3}|20\\d{2})|(?<yy>\\d{2})))?(?!/\\d)'),
  extract(m, text) {
    const g = m.groups ?? {};
    const a = +g.a;
    const b = +g.b;
    // "9/11" alone is a name, "24/7" a phrase; a fraction "1/2" follows a number ("2 1/2").
    if (!g.year && !g.yy && (b <= 12 || /\d\s$/.test(text.slice(Math.max(0, m.index - 2), m.index))))
      return null;
    let month = a;
    let day = b;
    if (!valid(month, day) && valid(b, a)) [month, day] = [b, a];
    if (!valid(month, day)) return null;
    return clean({
      type: 'DATE',
      month,
      day,
      year: g.year ? +g.year : g.yy ? +g.yy : undefined,
      yearTwoDigits: g.yy ? true : undefined,
    } satisfies Reading);
  },
};
