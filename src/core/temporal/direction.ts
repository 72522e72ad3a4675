// Which way an underspecified date points — a bare weekday, a year-less date or month, a season — from the tense
// of its clause, an explicit word, a forward cue or a year stated nearby (rules in the header of resolve.ts).

import { addDays, dayInterval, dayLabel, getISODay, isoDay, makeDay, pad, seasonOf } from './calendar';
import type { ResolveContext, Resolution } from './resolution';
import type { Explain } from '../../shared/timeline';
import { ex, gives, val } from './explain';
import {
  describeTense,
  describeTenseEx,
  dayOf,
  dayResult,
  MONTH_NAMES,
  SEASON_NAMES,
  WEEKDAY_NAMES,
  x,
  yearPart,
  yearPartWith,
} from './resolution';
import type { Reading } from './types';

type Direction = 'past' | 'future' | 'closest';

/**
 * A year-less date in a past-tense clause is the latest past occurrence only up to this many months back; further
 * back, the closest occurrence (which may be ahead of the publication date). Measured on the English dev corpora.
 */
export const MAX_PAST_MONTHS = 9;

/** Which way to look from the anchor, and why. `strict`: the anchor's own day/month does not count. */
function direction(
  reading: Reading,
  ctx: ResolveContext,
  noCue: Direction,
): { dir: Direction; strict: boolean; why: string; whyEx: Explain } {
  if (ctx.forwardFrom?.lenient)
    return { dir: 'future', strict: false, why: 'counting forward (from / until)', whyEx: ex('dir.lenient') };
  if (ctx.forwardFrom)
    return {
      dir: 'future',
      strict: true,
      why: `counting forward from « ${ctx.forwardFrom.text} »`,
      whyEx: ex('dir.forwardFrom', { text: ctx.forwardFrom.text }),
    };
  if (reading.direction === 'past')
    return { dir: 'past', strict: true, why: 'stated as past', whyEx: ex('dir.statedPast') };
  if (reading.direction === 'future')
    return { dir: 'future', strict: true, why: 'stated as next', whyEx: ex('dir.statedNext') };
  const t = ctx.tense;
  if (t?.tense === 'past')
    return { dir: 'past', strict: false, why: describeTense(ctx), whyEx: describeTenseEx(ctx) };
  // Future tense: the anchor's own day or month still counts (« samedi 4 janvier » written that Saturday); only
  // a bare weekday equal to the anchor's weekday moves a week on (see resolveWeekday).
  if (t?.tense === 'future')
    return { dir: 'future', strict: false, why: describeTense(ctx), whyEx: describeTenseEx(ctx) };
  if (t?.tense === 'present')
    return {
      dir: 'future',
      strict: false,
      why: `${describeTense(ctx)} (upcoming)`,
      whyEx: ex('dir.upcoming', { tense: describeTenseEx(ctx) }),
    };
  return { dir: noCue, strict: false, why: 'no tense cue', whyEx: ex('tense.none') };
}

export function resolveWeekday(reading: Reading, ctxIn: ResolveContext): Resolution {
  // « dès mardi soir » with no narrated day: the tense decides (« interpellés dès mardi soir » is past).
  const ctx = ctxIn.forwardFrom?.lenient ? { ...ctxIn, forwardFrom: null } : ctxIn;
  const wd = reading.weekday ?? 1;
  const name = WEEKDAY_NAMES[wd];
  const anchor = ctx.forwardFrom ?? (ctx.dct ? { day: ctx.dct, text: 'the publication date' } : null);
  if (!anchor) {
    return x(
      `XXXX-WXX-${wd}`,
      `${name}, but no publication date to place it`,
      'day',
      ex('weekday.noDct', { weekday: wd }),
    );
  }
  const base = anchor.day;
  const d = direction(reading, ctx, 'past');
  const { dir, why, whyEx } = d;
  // « se rendra à Moscou vendredi » written on a Friday: next week's Friday (French names today « aujourd'hui »,
  // « ce vendredi »); "Crews will work Wednesday" written on a Wednesday is today (English wire style).
  const strict =
    d.strict ||
    (ctx.tense?.tense === 'future' &&
      reading.direction !== 'this' &&
      // « continueront jusqu'à vendredi » on a Friday: counting forward, the Friday to come.
      (!ctx.weekdayIsToday || Boolean(ctxIn.forwardFrom)));
  const delta = (wd - getISODay(base) + 7) % 7; // days forward to the next such weekday (0 = same day)
  const onOrBefore = addDays(base, delta === 0 ? 0 : delta - 7);
  const before = delta === 0 ? addDays(base, -7) : onOrBefore;
  const onOrAfter = addDays(base, delta);
  const after = delta === 0 ? addDays(base, 7) : onOrAfter;
  const ref = ctx.forwardFrom ? `« ${anchor.text} » (${dayLabel(base)})` : dayLabel(base);
  const refEx = ctx.forwardFrom ? ex('quoteDay', { text: anchor.text, day: dayOf(base) }) : dayOf(base);
  let chosen: Date;
  let other: Date;
  let label: string;
  let key: string;
  if (reading.direction === 'this' && delta === 0) {
    chosen = base;
    other = dir === 'past' ? before : after;
    label = `this ${name}: ${ref} itself`;
    key = 'weekday.this';
  } else if (dir === 'future') {
    chosen = strict ? after : onOrAfter;
    other = strict ? onOrBefore : before;
    const itself = chosen.getTime() === base.getTime();
    label = itself ? `${name} = the day of ${ref} itself` : `next ${name} after ${ref}`;
    key = itself ? 'weekday.itself' : 'weekday.next';
  } else {
    chosen = strict ? before : onOrBefore;
    other = strict ? onOrAfter : after;
    const itself = chosen.getTime() === base.getTime();
    label = itself
      ? `${name} = the day of ${ref} itself`
      : `last ${name} ${strict ? 'before' : 'on or before'} ${ref}`;
    key = itself ? 'weekday.itself' : strict ? 'weekday.last' : 'weekday.lastOnOrBefore';
  }
  return dayResult(
    chosen,
    `${why} → ${label}`,
    {
      value: isoDay(other),
      interval: dayInterval(other),
      explanation: `the ${name} ${other < chosen ? 'before' : 'after'}: ${dayLabel(other)}`,
      explain: ex(other < chosen ? 'weekday.otherBefore' : 'weekday.otherAfter', {
        weekday: wd,
        day: dayOf(other),
      }),
    },
    gives(whyEx, ex(key, { weekday: wd, ref: refEx })),
  );
}

/** « le 24 février », « en septembre », « juin prochain »: the year comes from the tense. */
export function resolveYearless(reading: Reading, ctx: ResolveContext): Resolution {
  const month = reading.month ?? 1;
  const day = reading.day;
  const forward = ctx.forwardFrom?.lenient
    ? { ...ctx.forwardFrom, day: addDays(ctx.forwardFrom.day, -31) }
    : ctx.forwardFrom;
  const anchor = forward ?? (ctx.dct ? { day: ctx.dct, text: 'the publication date' } : null);
  const mm = pad(month, 2);
  if (!anchor) {
    return day !== undefined
      ? x(
          `XXXX-${mm}-${pad(day, 2)}`,
          `${day} ${MONTH_NAMES[month]}, year unknown (no publication date)`,
          'day',
          ex('yearUnknown', { what: ex('dayMonth', { n: day, month }) }),
        )
      : x(
          `XXXX-${mm}`,
          `${MONTH_NAMES[month]}, year unknown (no publication date)`,
          'month',
          ex('yearUnknown', { what: ex('month', { month }) }),
        );
  }
  const base = anchor.day;
  const y = base.getFullYear();
  const stated = ctx.yearFrom && !ctx.forwardFrom && !reading.direction ? ctx.yearFrom : null;
  if (day !== undefined && reading.weekday !== undefined) {
    // « le jeudi 16 septembre »: the stated weekday picks the year (the nearest year where it falls on that day).
    const years = stated ? [stated.year, y, y + 1, y - 1] : [y, y + 1, y - 1];
    for (const yy of years) {
      const d = makeDay(yy, month, day);
      if (d && getISODay(d) === reading.weekday) {
        return dayResult(
          d,
          `weekday and date as written fall together in ${yy} → ${dayLabel(d)}`,
          undefined,
          gives(ex('weekdayDate.year', { year: yy }), dayOf(d)),
        );
      }
    }
  }
  if (stated) {
    const r = yearPart({ ...reading, year: stated.year }, stated.year);
    if (r)
      return {
        ...r,
        explanation: `year from « ${stated.text} » earlier in the sentence → ${r.value}`,
        explain: gives(ex('year.fromSentence', { text: stated.text }), val(r.value)),
      };
  }
  const story = ctx.storyYear && !ctx.forwardFrom && !reading.direction ? ctx.storyYear : null;
  if (story && ctx.tense?.tense !== 'future' && (story.near || ctx.tense?.tense !== 'present')) {
    // "In March" after "in 1942", « le 21 juillet » in a piece about 1969: the story's year, not the page's.
    const r = yearPart({ ...reading, year: story.year }, story.year);
    if (r)
      return {
        ...r,
        explanation: `the year the story is in, from « ${story.text} » → ${r.value}`,
        explain: gives(ex('year.story', { text: story.text }), val(r.value)),
      };
  }
  if (reading.direction === 'this' && !ctx.forwardFrom) {
    // « ce mois de septembre », "this September": the publication year's.
    const r = yearPart({ ...reading, year: y }, y);
    if (r)
      return {
        ...r,
        explanation: `this ${MONTH_NAMES[month]}: the publication year's → ${r.value}`,
        explain: gives(ex('month.this', { month }), val(r.value)),
      };
  }
  const { dir, strict, why, whyEx } = direction(reading, ctx, 'closest');
  // Compare (month, day) keys; a month alone compares by month.
  const key = (m: number, d: number) => m * 100 + d;
  const here = day !== undefined ? key(base.getMonth() + 1, base.getDate()) : key(base.getMonth() + 1, 0);
  const there = key(month, day ?? 0);
  const pastYear = there < here || (there === here && !(strict && dir === 'past')) ? y : y - 1;
  const futureYear = there > here || (there === here && !(strict && dir === 'future')) ? y : y + 1;
  const make = (year: number): Resolution | null => yearPart({ ...reading, year }, year);
  // Distance from the anchor to that date in `yy`, in months (for a day, a fraction of a month per day).
  const dayPart = (d: number) => (day !== undefined ? (d - 1) / 31 : 0);
  const monthsTo = (yy: number) =>
    Math.abs(yy * 12 + month - 1 + dayPart(day ?? 1) - (y * 12 + base.getMonth() + dayPart(base.getDate())));
  // News leaves out the year of a date near the publication date: a past tense takes the latest past occurrence
  // only when it is recent, else the closest one (« the deadline was extended to Nov. 20 » written on 2 Nov).
  const tensePast = dir === 'past' && !reading.direction && !ctx.forwardFrom;
  const recent = !tensePast || monthsTo(pastYear) <= MAX_PAST_MONTHS;
  let year: number;
  let otherYear: number;
  if (dir === 'past' && recent) [year, otherYear] = [pastYear, futureYear === pastYear ? y + 1 : futureYear];
  else if (dir === 'future') [year, otherYear] = [futureYear, pastYear === futureYear ? y - 1 : pastYear];
  else {
    // Closest occurrence: compare distances in months.
    year = monthsTo(futureYear) < monthsTo(pastYear) ? futureYear : pastYear;
    otherYear = year === pastYear ? futureYear : pastYear;
    if (otherYear === year) otherYear = year + 1;
  }
  const chosen = make(year);
  const other = make(otherYear);
  if (!chosen) return x(`XXXX-${mm}-${pad(day ?? 0, 2)}`, 'impossible date', 'day', ex('impossible.date'));
  const what = day !== undefined ? `${day} ${MONTH_NAMES[month]}` : MONTH_NAMES[month];
  const whatEx = day !== undefined ? ex('dayMonth', { n: day, month }) : ex('month', { month });
  const rel =
    dir === 'past' && recent
      ? 'latest'
      : dir === 'future'
        ? 'next'
        : tensePast
          ? `closest (the past one is over ${MAX_PAST_MONTHS} months back)`
          : 'closest';
  const ref = ctx.forwardFrom ? `« ${anchor.text} »` : dayLabel(base);
  const relKey =
    dir === 'past' && recent ? 'latest' : dir === 'future' ? 'next' : tensePast ? 'closestFar' : 'closest';
  const refEx = ctx.forwardFrom ? ex('quote', { text: anchor.text }) : dayOf(base);
  return {
    ...chosen,
    explanation: `${why} → the ${rel} ${what} from ${ref}: ${chosen.value}`,
    explain: gives(
      whyEx,
      ex('yearless.pick', {
        rel: relKey,
        months: MAX_PAST_MONTHS,
        what: whatEx,
        ref: refEx,
        value: chosen.value,
      }),
    ),
    alternative: other
      ? {
          value: other.value,
          interval: other.interval,
          explanation: `the ${what} of ${otherYear} instead`,
          explain: ex('yearless.other', { what: whatEx, year: otherYear }),
        }
      : undefined,
  };
}

/** « cet hiver », « l'été dernier », « au printemps ». */
export function resolveSeason(reading: Reading, ctx: ResolveContext): Resolution {
  const season = reading.season ?? 'SU';
  if (reading.generic && (!ctx.tense || ctx.tense.tense === 'present'))
    return x(
      `XXXX-${season}`,
      `${SEASON_NAMES[season]} in general (« en été » in a present-tense clause)`,
      'season',
      ex('season.generic', { season }),
    );
  if (!ctx.dct)
    return x(
      `XXXX-${season}`,
      `${SEASON_NAMES[season]}, year unknown (no publication date)`,
      'season',
      ex('yearUnknown', { what: ex('season', { season }) }),
    );
  const now = seasonOf(ctx.dct);
  const order = { SP: 1, SU: 2, FA: 3, WI: 4 } as const;
  const current = now.year * 10 + order[now.season];
  // « à l'automne » with no « dernier / prochain / cet »: that season of the publication year, whatever the tense
  // of a reporting verb (« l'hypothèse d'élections à l'automne semblait tenir » in May → this autumn).
  // « cet été », "this summer": also the publication year's. Winter straddles the new year: while it lasts it is
  // the current one, and in the spring a past clause (« il a beaucoup neigé cet hiver ») means the one just gone.
  if ((!reading.direction || reading.direction === 'this') && !ctx.forwardFrom) {
    let yy = ctx.dct.getFullYear();
    if (season === 'WI' && now.season === 'WI') yy = now.year;
    else if (season === 'WI' && ctx.dct.getMonth() < 6 && ctx.tense?.tense === 'past') yy -= 1;
    const r = yearPart({ type: 'DATE', season }, yy)!;
    return {
      ...r,
      explanation: `${SEASON_NAMES[season]} of the publication year ${yy} (astronomical dates, northern hemisphere)`,
      explain: ex('season.pubYear', { season, year: yy }),
    };
  }
  const { dir, strict, why, whyEx } = direction(reading, ctx, 'closest');
  const candidates = [now.year - 1, now.year, now.year + 1].map((yy) => ({ yy, k: yy * 10 + order[season] }));
  let pick = candidates.find((c) => c.k === current) ?? null;
  if (dir === 'past' && (strict || !pick))
    pick = [...candidates].reverse().find((c) => c.k < current) ?? candidates[0];
  if (dir === 'future' && (strict || !pick)) pick = candidates.find((c) => c.k > current) ?? candidates[2];
  if (!pick) pick = candidates.reduce((a, b) => (Math.abs(b.k - current) < Math.abs(a.k - current) ? b : a));
  const r = yearPart({ type: 'DATE', season }, pick.yy)!;
  return {
    ...r,
    explanation: `${why} → ${SEASON_NAMES[season]} ${pick.yy} (astronomical dates, northern hemisphere)`,
    explain: gives(whyEx, ex('season.year', { season, year: pick.yy })),
  };
}

/**
 * « le premier semestre », "the fourth quarter" without a year: the same direction as a year-less month. Past
 * tense → the latest such quarter on or before the anchor (profit "fell in the fourth quarter" on 8 Jan 1998 →
 * 1997-Q4); future or headline present → the next one on or after it, except the one that has just ended
 * (results are reported after the quarter closes); no cue → the closest (ties: the anchor's year). A year
 * stated just before in the sentence wins.
 */
export function resolveQuarterOrHalf(reading: Reading, ctx: ResolveContext): Resolution {
  const isQuarter = reading.quarter !== undefined;
  const n = isQuarter ? (reading.quarter ?? 1) : (reading.half ?? 1);
  const what = isQuarter ? `quarter ${n}` : `half ${n}`;
  const whatEx = ex(isQuarter ? 'quarter' : 'half', { n });
  const base = ctx.forwardFrom?.day ?? ctx.dct;
  if (!base)
    return x(
      isQuarter ? `XXXX-Q${n}` : `XXXX-H${n}`,
      `${what}, year unknown (no publication date)`,
      'quarter',
      ex('yearUnknown', { what: whatEx }),
    );
  const parts = isQuarter ? { quarter: n } : { half: n };
  if (ctx.yearFrom && !ctx.forwardFrom) {
    return yearPartWith(
      parts,
      ctx.yearFrom.year,
      `year from « ${ctx.yearFrom.text} » earlier in the sentence`,
      ex('year.fromSentence', { text: ctx.yearFrom.text }),
    );
  }
  const perYear = isQuarter ? 4 : 2;
  const y = base.getFullYear();
  const current = Math.floor(base.getMonth() / (12 / perYear)) + 1;
  const cue = direction(reading, ctx, 'closest');
  // Results are reported after a quarter closes: "will report third-quarter results" in October is the quarter
  // just ended, not next year's. A future cue therefore still takes the period right before the anchor's when it
  // closed less than three months ago.
  const justEnded = (current - n + perYear) % perYear === 1 && base.getMonth() % (12 / perYear) < 3;
  const { dir, why, whyEx } =
    cue.dir === 'future' && !reading.direction && !ctx.forwardFrom && justEnded
      ? {
          ...cue,
          dir: 'past' as Direction,
          why: `${cue.why}, but ${what} has just ended`,
          whyEx: ex('part.justEnded', { why: cue.whyEx, what: whatEx }),
        }
      : cue;
  const pastYear = n <= current ? y : y - 1;
  const futureYear = n >= current ? y : y + 1;
  let year: number;
  if (dir === 'past') year = pastYear;
  else if (dir === 'future') year = futureYear;
  else {
    const dist = (yy: number) => Math.abs(yy * perYear + n - (y * perYear + current));
    year = dist(pastYear) < dist(futureYear) ? pastYear : dist(futureYear) < dist(pastYear) ? futureYear : y;
  }
  const rel = dir === 'past' ? 'latest' : dir === 'future' ? 'next' : 'closest';
  const other = year === pastYear ? (futureYear === year ? y + 1 : futureYear) : pastYear;
  const r = yearPartWith(
    parts,
    year,
    `${why} → the ${rel} ${what} from ${dayLabel(base)}`,
    gives(whyEx, ex('part.pick', { rel, what: whatEx, ref: dayOf(base) })),
  );
  const alt = yearPart({ type: 'DATE', ...parts }, other)!;
  return {
    ...r,
    alternative: {
      value: alt.value,
      interval: alt.interval,
      explanation: `${what} of ${other} instead`,
      explain: ex('part.other', { what: whatEx, year: other }),
    },
  };
}

/** A few days the text has announced as one stretch: « les 12, 13 et 14 mai », "April 5-7", « ce week-end ». */
export interface DaySpan {
  start: Date;
  end: Date;
  text: string;
}

/**
 * A bare weekday inside a stretch of days announced just before: the festival « les 12, 13 et 14 mai » then
 * « le vendredi à partir de 19 h 30 » is Friday the 12th, whatever the tense around it. Null when the stretch
 * holds no such weekday, or the weekday carries its own direction (« vendredi dernier »).
 */
export function weekdayWithin(reading: Reading, span: DaySpan): Date | null {
  if (reading.weekday === undefined || reading.direction !== undefined || reading.shift) return null;
  if (reading.day !== undefined || reading.month !== undefined || reading.year !== undefined) return null;
  for (let d = span.start; d <= span.end; d = addDays(d, 1)) if (getISODay(d) === reading.weekday) return d;
  return null;
}

/** The explanation of a weekday placed by `weekdayWithin`. */
export function withinExplanation(
  reading: Reading,
  span: DaySpan,
  d: Date,
): { text: string; explain: Explain } {
  const wd = reading.weekday ?? 1;
  return {
    text: `${WEEKDAY_NAMES[wd]} within « ${span.text} » → ${dayLabel(d)}`,
    explain: ex('weekday.within', { weekday: wd, text: span.text, day: dayOf(d) }),
  };
}
