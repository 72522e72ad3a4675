// Calendar arithmetic on plain days (local-time Date at midnight, never the clock): parsing the
// publication date, formatting TIMEX3 values, and the inclusive day interval each value covers.

// One file per function: date-fns's index loads all of its 250 modules (a third of a second at start).
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { endOfISOWeek } from 'date-fns/endOfISOWeek';
import { endOfMonth } from 'date-fns/endOfMonth';
import { getISODay } from 'date-fns/getISODay';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { setISOWeek } from 'date-fns/setISOWeek';
import { startOfISOWeekYear } from 'date-fns/startOfISOWeekYear';
import type { DayInterval } from '../../shared/timeline';
import type { Season } from './types';

export { addDays, addMonths, addYears, getISODay };

/** `2022-04-22` → that day, or null if not a valid ISO day. */
export function parseDay(iso: string | null | undefined): Date | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 ? d : null;
}

export function makeDay(year: number, month: number, day: number): Date | null {
  const d = new Date(year, month - 1, day);
  if (year < 100) d.setFullYear(year);
  return d.getMonth() === month - 1 && d.getDate() === day ? d : null;
}

export function isoDay(d: Date): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** « ven. 22 avr. 2022 » style label for explanations, language-neutral: `Fri 22 Apr 2022`. */
const DAY_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function dayLabel(d: Date): string {
  return `${DAY_ABBR[d.getDay()]} ${d.getDate()} ${MONTH_ABBR[d.getMonth()]} ${d.getFullYear()}`;
}

export function dayInterval(d: Date): DayInterval {
  const s = isoDay(d);
  return { start: s, end: s };
}

export function span(a: Date, b: Date): DayInterval {
  return { start: isoDay(a), end: isoDay(b) };
}

export function monthInterval(year: number, month: number): DayInterval {
  const first = new Date(year, month - 1, 1);
  first.setFullYear(year);
  return span(first, endOfMonth(first));
}

export function monthsInterval(year: number, firstMonth: number, lastMonth: number): DayInterval {
  return { start: monthInterval(year, firstMonth).start, end: monthInterval(year, lastMonth).end };
}

export function yearsInterval(firstYear: number, lastYear: number): DayInterval {
  return { start: `${pad(firstYear, 4)}-01-01`, end: `${pad(lastYear, 4)}-12-31` };
}

/** Astronomical seasons, northern hemisphere (approximate solstice/equinox days); winter runs into the next year. */
export function seasonInterval(year: number, season: Season): DayInterval {
  switch (season) {
    case 'SP':
      return { start: `${pad(year, 4)}-03-20`, end: `${pad(year, 4)}-06-20` };
    case 'SU':
      return { start: `${pad(year, 4)}-06-21`, end: `${pad(year, 4)}-09-22` };
    case 'FA':
      return { start: `${pad(year, 4)}-09-23`, end: `${pad(year, 4)}-12-20` };
    case 'WI':
      return { start: `${pad(year, 4)}-12-21`, end: `${pad(year + 1, 4)}-03-19` };
  }
}

/** The season a day falls in, with the year that season is named by (January belongs to the previous winter). */
export function seasonOf(d: Date): { year: number; season: Season } {
  const md = (d.getMonth() + 1) * 100 + d.getDate();
  const y = d.getFullYear();
  if (md < 320) return { year: y - 1, season: 'WI' };
  if (md < 621) return { year: y, season: 'SP' };
  if (md < 923) return { year: y, season: 'SU' };
  if (md < 1221) return { year: y, season: 'FA' };
  return { year: y, season: 'WI' };
}

export function isoWeekValue(d: Date): string {
  return `${pad(getISOWeekYear(d), 4)}-W${pad(getISOWeek(d), 2)}`;
}

export function isoWeekInterval(d: Date): DayInterval {
  return span(startOfISOWeek(d), endOfISOWeek(d));
}

export function weekendInterval(d: Date): DayInterval {
  const monday = startOfISOWeek(d);
  return span(addDays(monday, 5), addDays(monday, 6));
}

/** Monday of ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): Date {
  const jan4 = new Date(year, 0, 4);
  return setISOWeek(startOfISOWeekYear(jan4), week);
}
