// Calendar dates written with a month name: US order "April 22, 2022", "Aug. 9", "Monday, March 4",
// and day-first order "22 April 2022", "the 4th of July". The weekday in front stays inside the extent,
// as in TimeBank ("Saturday, April 25" is one timex).

import { rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { DAY, MONTH, WEEKDAY_PREFIX, YEAR4 } from '../patterns';
import { clean, dayOfMonth, month, weekday } from '../read';

// The year after a comma must not be the start of a bigger number: "April 22, 2022" but not
// "March 4, 1,500 people" (the boundary in rule() and the digit guard keep "1,500" out).
const YEAR_TAIL = `(?:,?${SP}(?:(?<year>${YEAR4})|['’](?<yy>\\d{2}))(?![,.]?\\d))?`;

function read(m: RegExpExecArray): Reading | null {
  const g = m.groups ?? {};
  const mo = month(g.month);
  if (mo === undefined) return null;
  const day = dayOfMonth(g.day);
  if (day > 31) return null;
  return clean({
    type: 'DATE',
    month: mo,
    day,
    weekday: weekday(g.weekday),
    year: g.year ? parseInt(g.year, 10) : g.yy ? parseInt(g.yy, 10) : undefined,
    yearTwoDigits: g.yy ? true : undefined,
  } satisfies Reading);
}

export const monthDay: Parser = {
  name: 'en/month-day',
  // "Sept. 15, 1998", "Friday Oct. 13", "March 4". A clock time right after the day is not a day:
  // "Jan. 10:30" is rare, but "March 4:1" (a verse) must not read as 4 March — hence (?!:\d).
  // "around Nov. 1": TimeBank keeps "around" in the extent (mod APPROX).
  pattern: rule(
    `(?:(?<around>around)${SP})?${WEEKDAY_PREFIX}?(?<month>${MONTH})${SP}(?<day>${DAY})(?![:]\\d)${YEAR_TAIL}`,
  ),
  extract(m) {
    const r = read(m);
    return r && m.groups?.around ? { ...r, mod: 'APPROX' } : r;
  },
};

export const dayMonth: Parser = {
  name: 'en/day-month',
  // "22 April 2022", "the 4th of July", "Monday 4 March".
  pattern: rule(
    `${WEEKDAY_PREFIX}?(?:the${SP})?(?<day>${DAY})(?:${SP}of)?${SP}(?<month>${MONTH})${YEAR_TAIL}`,
  ),
  extract: read,
};
