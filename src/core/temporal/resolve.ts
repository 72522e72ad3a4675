// The generic resolver: a Reading (what the text says) + anchors (publication date, the date the text is
// narrating from) + the tense of its clause → TIMEX3 value, inclusive day interval, a one-line explanation and,
// for an ambiguous date, the other reading. Language-free: locales only supply Readings and tenses.
//
// Direction of an underspecified date (bare weekday, year-less date, bare month or season):
//   explicit word   « mardi dernier » → strictly before the anchor; « lundi prochain » → strictly after
//   forward cue     « Mardi, il a appelé à une pause à partir de jeudi » → the Thursday after that Tuesday
//   future tense    « se rendra à Moscou mardi » (DCT Fri 22 Apr 2022) → Tue 26 Apr, the next one
//   past tense      « a demandé mardi » → Tue 19 Apr; « a déclaré vendredi » on a Friday → the DCT itself
//   present         headline « X en grève mardi » → upcoming (on or after the DCT)
//   no cue          weekday → the last one on or before the DCT (news reports the past);
//                   year-less date or month → the closest occurrence (within six months)
//   past, far back  a year-less date whose past occurrence is over nine months back → the closest occurrence
//   quarter / half  the same, by quarters: "fell in the fourth quarter" (8 Jan 1998) → 1997-Q4; a future cue
//                   keeps the quarter just ended ("will report third-quarter results" in October)
// Without a publication date nothing relative is guessed: X placeholders and a null interval.

import { dayLabel, makeDay, pad, yearsInterval } from './calendar';
import { resolveQuarterOrHalf, resolveWeekday, resolveSeason, resolveYearless } from './direction';
import { resolveDuration, resolveRef, resolveSet } from './durations';
import { resolveEasterFeast } from './holidays';
import type { ResolveContext, Resolution } from './resolution';
import { centuryValue, dayOf, dayResult, decadeValue, x, yearPart } from './resolution';
import { ex, gives, val } from './explain';
import { resolveShift } from './shift';
import type { Reading } from './types';

export type { DayAnchor, ResolveContext, Resolution, TenseCue } from './resolution';
export { durationValue } from './durations';

export function resolve(reading: Reading, ctx: ResolveContext): Resolution {
  if (reading.type === 'DURATION') return resolveDuration(reading);
  if (reading.type === 'SET') return resolveSet(reading);
  if (reading.ref) return resolveRef(reading, ctx);
  return withTime(reading, resolveDate(reading, ctx));
}

function resolveDate(reading: Reading, ctx: ResolveContext): Resolution {
  const { dct } = ctx;
  if (reading.easter) return resolveEasterFeast(reading, ctx);
  if (reading.century !== undefined) {
    const c = reading.century;
    return {
      value: centuryValue(c, ctx),
      interval: yearsInterval(c * 100, c * 100 + 99),
      precision: 'century',
      explanation: `the ${c * 100}s (century) as written`,
      explain: ex('century.written', { century: c }),
    };
  }
  if (reading.decade !== undefined) {
    const d = reading.decade;
    return {
      value: decadeValue(d, ctx),
      interval: yearsInterval(d * 10, d * 10 + 9),
      precision: 'decade',
      explanation: `the ${d * 10}s as written`,
      explain: ex('decade.written', { decade: d }),
    };
  }
  if (reading.year !== undefined) {
    let year = reading.year;
    if (reading.yearTwoDigits) {
      // « octobre 98 »: the century that puts the year closest to (and preferably before) the publication year.
      const base = dct ? dct.getFullYear() : 2000;
      year = Math.floor(base / 100) * 100 + year;
      if (year > base + 20) year -= 100;
    }
    return (
      yearPart(reading, year) ??
      x(`${pad(year, 4)}-XX-XX`, 'impossible date as written', 'day', ex('impossible.written'))
    );
  }
  if (reading.generic && reading.partOfDay && reading.weekday === undefined && !reading.shift) {
    return x(
      `T${reading.partOfDay}`,
      'a part of day in general, on no particular day',
      'partOfDay',
      ex('partOfDay.generic'),
    );
  }
  if (reading.shift) return resolveShift(reading, ctx);
  if (reading.yearShift !== undefined && dct) {
    // "June last year", "this year's third quarter", "the spring of next year": the year is the anchor's, shifted.
    const year = dct.getFullYear() + reading.yearShift;
    const r = yearPart(reading, year);
    const how =
      reading.yearShift === 0
        ? 'the publication year'
        : `${Math.abs(reading.yearShift)} year${Math.abs(reading.yearShift) > 1 ? 's' : ''} ${reading.yearShift < 0 ? 'before' : 'after'} the publication year`;
    if (r)
      return {
        ...r,
        explanation: `${how} (${year}) → ${r.value}`,
        explain: gives(ex('yearShift', { shift: reading.yearShift, year }), val(r.value)),
      };
  }
  if (reading.quarter !== undefined || reading.half !== undefined) return resolveQuarterOrHalf(reading, ctx);
  if (reading.month !== undefined) return resolveYearless(reading, ctx);
  if (reading.weekday !== undefined) return resolveWeekday(reading, ctx);
  if (reading.season) return resolveSeason(reading, ctx);
  if (reading.day !== undefined) return resolveDayOfMonth(reading, ctx);
  // A bare time or part of day: on the day the text is talking about, else the publication day.
  if (ctx.previous) {
    return dayResult(
      ctx.previous.day,
      `on the day of « ${ctx.previous.text} » (${dayLabel(ctx.previous.day)})`,
      undefined,
      ex('onDayOf', { text: ctx.previous.text, day: dayOf(ctx.previous.day) }),
    );
  }
  if (!dct) return x('XXXX-XX-XX', 'time of an unknown day (no publication date)', 'day', ex('time.noDct'));
  return dayResult(
    dct,
    `no day named nearby → the publication date ${dayLabel(dct)}`,
    undefined,
    ex('noDayNearby', { day: dayOf(dct) }),
  );
}

/** « le 6 » after « du mois » or in « les 6 et 13 avril »: day of the anchor's month. */
function resolveDayOfMonth(reading: Reading, ctx: ResolveContext): Resolution {
  const base = ctx.previous?.day ?? ctx.dct;
  const day = reading.day ?? 1;
  if (!base) return x(`XXXX-XX-${pad(day, 2)}`, 'day of an unknown month', 'day', ex('dayOfMonth.noDct'));
  const d = makeDay(base.getFullYear(), base.getMonth() + 1, day);
  return d
    ? dayResult(
        d,
        `day ${day} of the month in context (${dayLabel(d)})`,
        undefined,
        ex('dayOfMonth', { n: day, day: dayOf(d) }),
      )
    : x(`XXXX-XX-${pad(day, 2)}`, 'impossible day', 'day', ex('impossible.day'));
}

function withTime(reading: Reading, r: Resolution): Resolution {
  const hasTime = reading.hour !== undefined || reading.partOfDay !== undefined;
  if (!hasTime) return r;
  // Times attach to a day; a week, month or year with « soir » keeps its own value.
  if (r.precision !== 'day') return r;
  const suffix =
    reading.hour !== undefined
      ? `T${pad(reading.hour, 2)}:${pad(reading.minute ?? 0, 2)}`
      : `T${reading.partOfDay}`;
  const alt = r.alternative ? { ...r.alternative, value: r.alternative.value + suffix } : undefined;
  return {
    ...r,
    value: r.value + suffix,
    precision: reading.hour !== undefined ? 'time' : 'partOfDay',
    alternative: alt,
  };
}
