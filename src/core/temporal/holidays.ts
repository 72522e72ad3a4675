// The holiday calendar shared by every locale: Easter and the feasts counted from it (Gregorian and Orthodox
// computus), for any year. Fixed-day holidays and the nth-weekday ones are plain Readings (month, day,
// onWeekday); the locales only map their names here.

import { addDays, dayLabel, makeDay } from './calendar';
import { MAX_PAST_MONTHS } from './direction';
import type { ResolveContext, Resolution } from './resolution';
import { ex, gives } from './explain';
import { dayOf, dayResult, x } from './resolution';
import type { Reading } from './types';

const DAY = 86_400_000;
/** A past clause takes the feast just gone only this far back; further, the closest one (as resolveYearless). */
const MAX_PAST_DAYS = MAX_PAST_MONTHS * 30;

/** Western Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDay(year, month, day)!;
}

/** Orthodox Easter Sunday: the Julian computus (Meeus), given as a Gregorian date. */
export function orthodoxEasterSunday(year: number): Date {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // Julian → Gregorian: 13 days from 1900 to 2099 (and one day more each century outside, as the calendars drift).
  const drift = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return addDays(makeDay(year, month, day)!, drift);
}

/** The day of a feast counted from Easter in `year`. */
export function easterFeast(year: number, easter: NonNullable<Reading['easter']>): Date {
  return addDays(easter.orthodox ? orthodoxEasterSunday(year) : easterSunday(year), easter.offset);
}

/**
 * « Pâques », "Good Friday", « le lundi de Pentecôte », « la Pâque orthodoxe »: the year as written, else from
 * the direction word or the tense (past → the latest on or before the anchor, future → the next on or after,
 * no cue → the closest).
 */
export function resolveEasterFeast(reading: Reading, ctx: ResolveContext): Resolution {
  const easter = reading.easter!;
  const name = reading.holidayName ?? 'the feast';
  const nameArg: Record<string, string> = reading.holidayName ? { name: reading.holidayName } : {};
  if (reading.year !== undefined) {
    const d = easterFeast(reading.year, easter);
    return dayResult(
      d,
      `${name} ${reading.year} (${easter.orthodox ? 'Orthodox' : 'Gregorian'} computus) → ${dayLabel(d)}`,
      undefined,
      gives(
        ex('feast.year', { ...nameArg, year: reading.year, orthodox: easter.orthodox ? 1 : 0 }),
        dayOf(d),
      ),
    );
  }
  const base = ctx.storyYear && !reading.direction ? makeDay(ctx.storyYear.year, 7, 1) : ctx.dct;
  if (!base)
    return x(
      'XXXX-XX-XX',
      `${name}, year unknown (no publication date)`,
      'day',
      ex('yearUnknown', { what: ex('feast', nameArg) }),
    );
  const y = base.getFullYear();
  const options = [y - 1, y, y + 1].map((yy) => easterFeast(yy, easter));
  const tense = ctx.tense?.tense;
  const dir =
    reading.direction === 'past' || (!reading.direction && tense === 'past')
      ? 'past'
      : reading.direction === 'future' || (!reading.direction && (tense === 'future' || tense === 'present'))
        ? 'future'
        : 'closest';
  const t = base.getTime();
  const closest = options.reduce((a, b) => (Math.abs(b.getTime() - t) < Math.abs(a.getTime() - t) ? b : a));
  let chosen = closest;
  if (reading.direction === 'this') chosen = options[1];
  else if (dir === 'future') chosen = options.find((d) => d.getTime() >= t) ?? options[2];
  else if (dir === 'past') {
    // As for a year-less date: a past clause takes the latest one only when it is recent (« a appelé à une pause
    // pour la Pâque orthodoxe » two days before it is this year's), else the closest.
    const latest = [...options].reverse().find((d) => d.getTime() <= t) ?? options[0];
    if (reading.direction || t - latest.getTime() <= MAX_PAST_DAYS * DAY) chosen = latest;
  }
  const why =
    dir === 'future' ? 'the next' : dir === 'past' && chosen.getTime() <= t ? 'the latest' : 'the closest';
  const from = ctx.storyYear && !reading.direction ? `the story's year ${y}` : dayLabel(base);
  const rel = dir === 'future' ? 'next' : dir === 'past' && chosen.getTime() <= t ? 'latest' : 'closest';
  const fromEx = ctx.storyYear && !reading.direction ? ex('storyYear', { year: y }) : dayOf(base);
  return dayResult(
    chosen,
    `${name}: ${why} one from ${from} → ${dayLabel(chosen)}`,
    undefined,
    gives(ex('feast.pick', { ...nameArg, rel, from: fromEx }), dayOf(chosen)),
  );
}
