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
// Without a publication date nothing relative is guessed: X placeholders and a null interval.

import type { AlternativeReading, DayInterval, Precision } from '../../shared/timeline';
import {
  addDays,
  addMonths,
  addYears,
  dayInterval,
  dayLabel,
  getISODay,
  isoDay,
  isoWeekInterval,
  isoWeekValue,
  makeDay,
  monthInterval,
  monthsInterval,
  pad,
  seasonInterval,
  seasonOf,
  span,
  weekendInterval,
  yearsInterval,
} from './calendar';
import type { Locale, Reading, Tense, Unit } from './types';

export interface TenseCue {
  tense: Tense;
  cue: string;
}

/** A day the text has already placed, quoted in explanations by its words. */
export interface DayAnchor {
  day: Date;
  text: string;
  /**
   * Forward from the publication date rather than from a narrated day (« jusqu'au 30 juin », "from April 21 to
   * 24"): a date up to a month back still counts (the period may have begun), anything earlier is next year's.
   */
  lenient?: boolean;
}

export interface ResolveContext {
  /** Publication date (document creation time), or null when unknown. */
  dct: Date | null;
  tense: TenseCue | null;
  /** The last day placed earlier in the text: the base of « le lendemain » and of a bare « 18 h ». */
  previous: DayAnchor | null;
  /** Set when the text counts forward from a narrated date (« à partir de jeudi » after « Mardi, … »). */
  forwardFrom?: DayAnchor | null;
  valueStyle?: Locale['valueStyle'];
  /** A year stated just before in the same sentence: « deux ruptures en 97 (en janvier …) » → January 1997. */
  yearFrom?: { year: number; text: string } | null;
}

export interface Resolution {
  value: string;
  interval: DayInterval | null;
  explanation: string;
  precision: Precision;
  alternative?: AlternativeReading;
  /** The single day this mention pins, if any: later mentions may anchor on it. */
  day?: Date;
}

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SEASON_NAMES = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' } as const;

export function resolve(reading: Reading, ctx: ResolveContext): Resolution {
  if (reading.type === 'DURATION') return resolveDuration(reading);
  if (reading.type === 'SET') return resolveSet(reading);
  if (reading.ref) return resolveRef(reading, ctx);
  return withTime(reading, resolveDate(reading, ctx));
}

// ---------------------------------------------------------------- durations and sets

const DURATION_LETTERS: Partial<Record<Unit, { letter: string; time?: boolean; factor?: number }>> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D' },
  week: { letter: 'W' },
  weekend: { letter: 'WE' },
  month: { letter: 'M' },
  quarter: { letter: 'M', factor: 3 },
  half: { letter: 'M', factor: 6 },
  season: { letter: 'M', factor: 3 },
  year: { letter: 'Y' },
  decade: { letter: 'Y', factor: 10 },
  century: { letter: 'Y', factor: 100 },
};

/** « quatre jours » → P4D; « plusieurs semaines » → PXW; « 30,4 secondes » → PT30.4S; « une décennie » → P10Y. */
export function durationValue(duration: { unit: Unit; amount: number | null }): string {
  const spec = DURATION_LETTERS[duration.unit] ?? { letter: 'D' };
  const amount =
    duration.amount === null ? 'X' : String(Math.round(duration.amount * (spec.factor ?? 1) * 1000) / 1000);
  const letter =
    duration.amount === null && spec.factor
      ? duration.unit === 'decade'
        ? 'DE'
        : duration.unit === 'century'
          ? 'CE'
          : spec.letter
      : spec.letter;
  return `P${spec.time ? 'T' : ''}${amount}${letter}`;
}

function resolveDuration(reading: Reading): Resolution {
  const duration = reading.duration ?? { unit: 'day', amount: null };
  const value = durationValue(duration);
  return {
    value,
    interval: null,
    precision: 'duration',
    explanation: `duration ${value}, not placed on the calendar by itself`,
  };
}

function resolveSet(reading: Reading): Resolution {
  if (reading.weekday !== undefined) {
    const value = `XXXX-WXX-${reading.weekday}`;
    return {
      value,
      interval: null,
      precision: 'set',
      explanation: `every ${WEEKDAY_NAMES[reading.weekday]} (${value})`,
    };
  }
  const value = durationValue(reading.duration ?? { unit: 'day', amount: 1 });
  return { value, interval: null, precision: 'set', explanation: `repeats every ${value}` };
}

function resolveRef(reading: Reading, ctx: ResolveContext): Resolution {
  const ref = reading.ref ?? 'PRESENT_REF';
  if (ref === 'PRESENT_REF' && ctx.dct) {
    return {
      value: ref,
      interval: dayInterval(ctx.dct),
      precision: 'ref',
      explanation: `now: the publication date ${dayLabel(ctx.dct)}`,
    };
  }
  const what =
    ref === 'PRESENT_REF'
      ? 'now (no publication date)'
      : ref === 'PAST_REF'
        ? 'some time in the past'
        : 'some time in the future';
  return { value: ref, interval: null, precision: 'ref', explanation: what };
}

// ---------------------------------------------------------------- dates

function describeTense(ctx: ResolveContext): string {
  if (!ctx.tense) return 'no tense cue';
  return `${ctx.tense.tense} tense « ${ctx.tense.cue} »`;
}

function dayResult(day: Date, explanation: string, alternative?: AlternativeReading): Resolution {
  return { value: isoDay(day), interval: dayInterval(day), precision: 'day', explanation, alternative, day };
}

function x(value: string, explanation: string, precision: Precision): Resolution {
  return { value, interval: null, precision, explanation };
}

function centuryValue(century: number, ctx: ResolveContext): string {
  return ctx.valueStyle?.century === 'YYXX' ? `${pad(century, 2)}XX` : pad(century, 2);
}

function decadeValue(decade: number, ctx: ResolveContext): string {
  return ctx.valueStyle?.decade === 'YYYX' ? `${pad(decade, 3)}X` : pad(decade, 3);
}

function yearPart(reading: Reading, year: number): Resolution | null {
  const y = pad(year, 4);
  if (reading.month !== undefined && reading.day !== undefined) {
    const d = makeDay(year, reading.month, reading.day);
    return d ? dayResult(d, `date as written: ${dayLabel(d)}`) : null;
  }
  if (reading.month !== undefined) {
    return {
      value: `${y}-${pad(reading.month, 2)}`,
      interval: monthInterval(year, reading.month),
      precision: 'month',
      explanation: `${MONTH_NAMES[reading.month]} ${year} as written`,
    };
  }
  if (reading.season) {
    return {
      value: `${y}-${reading.season}`,
      interval: seasonInterval(year, reading.season),
      precision: 'season',
      explanation: `${SEASON_NAMES[reading.season]} ${year} (astronomical dates, northern hemisphere)`,
    };
  }
  if (reading.quarter) {
    const q = reading.quarter;
    return {
      value: `${y}-Q${q}`,
      interval: monthsInterval(year, 3 * q - 2, 3 * q),
      precision: 'quarter',
      explanation: `quarter ${q} of ${year}`,
    };
  }
  if (reading.half) {
    const h = reading.half;
    return {
      value: `${y}-H${h}`,
      interval: monthsInterval(year, 6 * h - 5, 6 * h),
      precision: 'half',
      explanation: `half ${h} of ${year}`,
    };
  }
  return {
    value: y,
    interval: yearsInterval(year, year),
    precision: 'year',
    explanation: `the year ${year}`,
  };
}

function resolveDate(reading: Reading, ctx: ResolveContext): Resolution {
  const { dct } = ctx;
  if (reading.century !== undefined) {
    const c = reading.century;
    return {
      value: centuryValue(c, ctx),
      interval: yearsInterval(c * 100, c * 100 + 99),
      precision: 'century',
      explanation: `the ${c * 100}s (century) as written`,
    };
  }
  if (reading.decade !== undefined) {
    const d = reading.decade;
    return {
      value: decadeValue(d, ctx),
      interval: yearsInterval(d * 10, d * 10 + 9),
      precision: 'decade',
      explanation: `the ${d * 10}s as written`,
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
    return yearPart(reading, year) ?? x(`${pad(year, 4)}-XX-XX`, 'impossible date as written', 'day');
  }
  if (reading.generic && reading.partOfDay && reading.weekday === undefined && !reading.shift) {
    return x(`T${reading.partOfDay}`, 'a part of day in general, on no particular day', 'partOfDay');
  }
  if (reading.shift) return resolveShift(reading, ctx);
  if (reading.quarter !== undefined || reading.half !== undefined) {
    // « le premier semestre » without a year: the publication year.
    if (!dct)
      return x(
        reading.quarter !== undefined ? `XXXX-Q${reading.quarter}` : `XXXX-H${reading.half}`,
        'year unknown (no publication date)',
        'quarter',
      );
    return yearPartWith(reading, dct.getFullYear(), 'in the publication year');
  }
  if (reading.month !== undefined) return resolveYearless(reading, ctx);
  if (reading.weekday !== undefined) return resolveWeekday(reading, ctx);
  if (reading.season) return resolveSeason(reading, ctx);
  if (reading.day !== undefined) return resolveDayOfMonth(reading, ctx);
  // A bare time or part of day: on the day the text is talking about, else the publication day.
  const base = ctx.previous ?? (dct ? { day: dct, text: 'the publication date' } : null);
  if (!base) return x('XXXX-XX-XX', 'time of an unknown day (no publication date)', 'day');
  return dayResult(base.day, `on the day of « ${base.text} » (${dayLabel(base.day)})`);
}

/** « le 6 » after « du mois » or in « les 6 et 13 avril »: day of the anchor's month. */
function resolveDayOfMonth(reading: Reading, ctx: ResolveContext): Resolution {
  const base = ctx.previous?.day ?? ctx.dct;
  const day = reading.day ?? 1;
  if (!base) return x(`XXXX-XX-${pad(day, 2)}`, 'day of an unknown month', 'day');
  const d = makeDay(base.getFullYear(), base.getMonth() + 1, day);
  return d
    ? dayResult(d, `day ${day} of the month in context (${dayLabel(d)})`)
    : x(`XXXX-XX-${pad(day, 2)}`, 'impossible day', 'day');
}

function resolveShift(reading: Reading, ctx: ResolveContext): Resolution {
  const shift = reading.shift ?? { unit: 'day', offset: 0 };
  const chained = reading.anchor === 'previous' && ctx.previous;
  const base = chained ? ctx.previous!.day : ctx.dct;
  const baseText = chained
    ? `« ${ctx.previous!.text} » (${dayLabel(ctx.previous!.day)})`
    : ctx.dct
      ? `the publication date ${dayLabel(ctx.dct)}`
      : '';
  const n = shift.offset;
  const how = n === 0 ? 'same' : n < 0 ? `${-n} before` : `${n} after`;
  if (!base) {
    const unknown: Partial<Record<Unit, string>> = {
      week: 'XXXX-WXX',
      weekend: 'XXXX-WXX-WE',
      month: 'XXXX-XX',
      year: 'XXXX',
      quarter: 'XXXX-QX',
      half: 'XXXX-HX',
    };
    return x(
      unknown[shift.unit] ?? 'XXXX-XX-XX',
      `relative (${shift.unit} ${how}) but no publication date to count from`,
      'day',
    );
  }
  switch (shift.unit) {
    case 'week':
    case 'weekend': {
      const weekend = reading.weekend || shift.unit === 'weekend';
      // « ce week-end » in a past clause written on a weekday is the weekend just gone (« a gagné ce week-end »).
      const back =
        weekend && n === 0 && ctx.tense?.tense === 'past' && !chained && getISODay(base) <= 5 ? -7 : 0;
      const d = addDays(base, 7 * n + back);
      const value = isoWeekValue(d) + (weekend ? '-WE' : '');
      return {
        value,
        interval: weekend ? weekendInterval(d) : isoWeekInterval(d),
        precision: 'week',
        explanation: `${weekend ? 'weekend' : 'week'} ${how} that of ${baseText}`,
      };
    }
    case 'month': {
      const d = addMonths(base, n);
      return yearPartWith({ month: d.getMonth() + 1 }, d.getFullYear(), `month ${how} that of ${baseText}`);
    }
    case 'quarter': {
      const d = addMonths(base, 3 * n);
      return yearPartWith(
        { quarter: Math.floor(d.getMonth() / 3) + 1 },
        d.getFullYear(),
        `quarter ${how} that of ${baseText}`,
      );
    }
    case 'half': {
      const d = addMonths(base, 6 * n);
      return yearPartWith(
        { half: d.getMonth() < 6 ? 1 : 2 },
        d.getFullYear(),
        `half-year ${how} that of ${baseText}`,
      );
    }
    case 'year':
      return yearPartWith({}, addYears(base, n).getFullYear(), `year ${how} that of ${baseText}`);
    case 'decade': {
      const decade = Math.floor(base.getFullYear() / 10) + n;
      return {
        value: decadeValue(decade, ctx),
        interval: yearsInterval(decade * 10, decade * 10 + 9),
        precision: 'decade',
        explanation: `decade ${how} that of ${baseText}`,
      };
    }
    case 'century': {
      const c = Math.floor(base.getFullYear() / 100) + n;
      return {
        value: centuryValue(c, ctx),
        interval: yearsInterval(c * 100, c * 100 + 99),
        precision: 'century',
        explanation: `century ${how} that of ${baseText}`,
      };
    }
    case 'season': {
      const s = seasonOf(base);
      return yearPartWith({ season: s.season }, s.year, `season of ${baseText}`);
    }
    default: {
      const d = addDays(base, n);
      const label =
        n === 0
          ? `the day of ${baseText}`
          : `${Math.abs(n)} day${Math.abs(n) > 1 ? 's' : ''} ${n < 0 ? 'before' : 'after'} ${baseText}`;
      return dayResult(d, `${label} → ${dayLabel(d)}`);
    }
  }
}

function yearPartWith(parts: Partial<Reading>, year: number, explanation: string): Resolution {
  const r = yearPart({ type: 'DATE', ...parts }, year)!;
  return { ...r, explanation: `${explanation} → ${r.value}` };
}

type Direction = 'past' | 'future' | 'closest';

/** Which way to look from the anchor, and why. `strict`: the anchor's own day/month does not count. */
function direction(
  reading: Reading,
  ctx: ResolveContext,
  noCue: Direction,
): { dir: Direction; strict: boolean; why: string } {
  if (ctx.forwardFrom?.lenient)
    return { dir: 'future', strict: false, why: 'counting forward (from / until)' };
  if (ctx.forwardFrom)
    return { dir: 'future', strict: true, why: `counting forward from « ${ctx.forwardFrom.text} »` };
  if (reading.direction === 'past') return { dir: 'past', strict: true, why: 'stated as past' };
  if (reading.direction === 'future') return { dir: 'future', strict: true, why: 'stated as next' };
  const t = ctx.tense;
  if (t?.tense === 'past') return { dir: 'past', strict: false, why: describeTense(ctx) };
  // Future tense: the anchor's own day or month still counts (« samedi 4 janvier » written that Saturday); only
  // a bare weekday equal to the anchor's weekday moves a week on (see resolveWeekday).
  if (t?.tense === 'future') return { dir: 'future', strict: false, why: describeTense(ctx) };
  if (t?.tense === 'present')
    return { dir: 'future', strict: false, why: `${describeTense(ctx)} (upcoming)` };
  return { dir: noCue, strict: false, why: 'no tense cue' };
}

function resolveWeekday(reading: Reading, ctxIn: ResolveContext): Resolution {
  // « dès mardi soir » with no narrated day: the tense decides (« interpellés dès mardi soir » is past).
  const ctx = ctxIn.forwardFrom?.lenient ? { ...ctxIn, forwardFrom: null } : ctxIn;
  const wd = reading.weekday ?? 1;
  const name = WEEKDAY_NAMES[wd];
  const anchor = ctx.forwardFrom ?? (ctx.dct ? { day: ctx.dct, text: 'the publication date' } : null);
  if (!anchor) {
    return x(`XXXX-WXX-${wd}`, `${name}, but no publication date to place it`, 'day');
  }
  const base = anchor.day;
  const d = direction(reading, ctx, 'past');
  const { dir, why } = d;
  // « se rendra à Moscou vendredi » written on a Friday: next week's Friday (a future event is not today's).
  const strict = d.strict || (ctx.tense?.tense === 'future' && reading.direction !== 'this');
  const delta = (wd - getISODay(base) + 7) % 7; // days forward to the next such weekday (0 = same day)
  const onOrBefore = addDays(base, delta === 0 ? 0 : delta - 7);
  const before = delta === 0 ? addDays(base, -7) : onOrBefore;
  const onOrAfter = addDays(base, delta);
  const after = delta === 0 ? addDays(base, 7) : onOrAfter;
  const ref = ctx.forwardFrom ? `« ${anchor.text} » (${dayLabel(base)})` : dayLabel(base);
  let chosen: Date;
  let other: Date;
  let label: string;
  if (reading.direction === 'this' && delta === 0) {
    chosen = base;
    other = dir === 'past' ? before : after;
    label = `this ${name}: ${ref} itself`;
  } else if (dir === 'future') {
    chosen = strict ? after : onOrAfter;
    other = strict ? onOrBefore : before;
    label = `next ${name} ${strict ? 'after' : 'on or after'} ${ref}`;
  } else {
    chosen = strict ? before : onOrBefore;
    other = strict ? onOrAfter : after;
    label =
      chosen.getTime() === base.getTime()
        ? `${name} = the day of ${ref} itself`
        : `last ${name} ${strict ? 'before' : 'on or before'} ${ref}`;
  }
  return dayResult(chosen, `${why} → ${label}`, {
    value: isoDay(other),
    interval: dayInterval(other),
    explanation: `the ${name} ${other < chosen ? 'before' : 'after'}: ${dayLabel(other)}`,
  });
}

/** « le 24 février », « en septembre », « juin prochain »: the year comes from the tense. */
function resolveYearless(reading: Reading, ctx: ResolveContext): Resolution {
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
        )
      : x(`XXXX-${mm}`, `${MONTH_NAMES[month]}, year unknown (no publication date)`, 'month');
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
        return dayResult(d, `weekday and date as written fall together in ${yy} → ${dayLabel(d)}`);
      }
    }
  }
  if (stated) {
    const r = yearPart({ ...reading, year: stated.year }, stated.year);
    if (r) return { ...r, explanation: `year from « ${stated.text} » earlier in the sentence → ${r.value}` };
  }
  if (reading.direction === 'this' && !ctx.forwardFrom) {
    // « ce mois de septembre », "this September": the publication year's.
    const r = yearPart({ ...reading, year: y }, y);
    if (r) return { ...r, explanation: `this ${MONTH_NAMES[month]}: the publication year's → ${r.value}` };
  }
  const { dir, strict, why } = direction(reading, ctx, 'closest');
  // Compare (month, day) keys; a month alone compares by month.
  const key = (m: number, d: number) => m * 100 + d;
  const here = day !== undefined ? key(base.getMonth() + 1, base.getDate()) : key(base.getMonth() + 1, 0);
  const there = key(month, day ?? 0);
  const pastYear = there < here || (there === here && !(strict && dir === 'past')) ? y : y - 1;
  const futureYear = there > here || (there === here && !(strict && dir === 'future')) ? y : y + 1;
  const make = (year: number): Resolution | null => yearPart({ ...reading, year }, year);
  let year: number;
  let otherYear: number;
  if (dir === 'past') [year, otherYear] = [pastYear, futureYear === pastYear ? y + 1 : futureYear];
  else if (dir === 'future') [year, otherYear] = [futureYear, pastYear === futureYear ? y - 1 : pastYear];
  else {
    // Closest occurrence: compare distances in months.
    const monthsTo = (yy: number) => Math.abs(yy * 12 + month - (y * 12 + base.getMonth() + 1));
    year = monthsTo(futureYear) < monthsTo(pastYear) ? futureYear : pastYear;
    otherYear = year === pastYear ? futureYear : pastYear;
    if (otherYear === year) otherYear = year + 1;
  }
  const chosen = make(year);
  const other = make(otherYear);
  if (!chosen) return x(`XXXX-${mm}-${pad(day ?? 0, 2)}`, 'impossible date', 'day');
  const what = day !== undefined ? `${day} ${MONTH_NAMES[month]}` : MONTH_NAMES[month];
  const rel = dir === 'past' ? 'latest' : dir === 'future' ? 'next' : 'closest';
  const ref = ctx.forwardFrom ? `« ${anchor.text} »` : dayLabel(base);
  return {
    ...chosen,
    explanation: `${why} → the ${rel} ${what} from ${ref}: ${chosen.value}`,
    alternative: other
      ? { value: other.value, interval: other.interval, explanation: `the ${what} of ${otherYear} instead` }
      : undefined,
  };
}

/** « cet hiver », « l'été dernier », « au printemps ». */
function resolveSeason(reading: Reading, ctx: ResolveContext): Resolution {
  const season = reading.season ?? 'SU';
  if (reading.generic && (!ctx.tense || ctx.tense.tense === 'present'))
    return x(
      `XXXX-${season}`,
      `${SEASON_NAMES[season]} in general (« en été » in a present-tense clause)`,
      'season',
    );
  if (!ctx.dct)
    return x(`XXXX-${season}`, `${SEASON_NAMES[season]}, year unknown (no publication date)`, 'season');
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
    };
  }
  const { dir, strict, why } = direction(reading, ctx, 'closest');
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
  };
}

// ---------------------------------------------------------------- times of day

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

export { span };
