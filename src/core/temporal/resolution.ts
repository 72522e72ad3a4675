// What the resolver works with and returns, and the small value builders every resolution step shares.

import { monthNames, weekdayNames } from '../../shared/calendarNames';
import type { AlternativeReading, DayInterval, Explain, Precision } from '../../shared/timeline';
import { day as dayEx, ex, gives, val } from './explain';
import {
  dayInterval,
  dayLabel,
  isoDay,
  makeDay,
  monthInterval,
  monthsInterval,
  pad,
  seasonInterval,
  yearsInterval,
} from './calendar';
import type { Locale, Reading, Tense } from './types';

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
  weekdayIsToday?: boolean;
  /** A year stated just before in the same sentence: « deux ruptures en 97 (en janvier …) » → January 1997. */
  yearFrom?: { year: number; text: string } | null;
  /**
   * The year the story is in, when it is not the publication year's: the last year written out before, in a
   * narrative text (history, anniversaries) or earlier in the same paragraph (« En 1969, … Le 21 juillet, … »).
   */
  storyYear?: {
    year: number;
    text: string;
    /** Written just before, with nothing dated from the publication day between: the historical present too. */
    near?: boolean;
  } | null;
}

export interface Resolution {
  value: string;
  interval: DayInterval | null;
  explanation: string;
  /** The explanation as data (explain.ts), for the interface's language. */
  explain?: Explain;
  precision: Precision;
  alternative?: AlternativeReading;
  /** The single day this mention pins, if any: later mentions may anchor on it. */
  day?: Date;
}

export const WEEKDAY_NAMES = weekdayNames('en');
export const MONTH_NAMES = monthNames('en');
export const SEASON_NAMES = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' } as const;
export function describeTense(ctx: ResolveContext): string {
  if (!ctx.tense) return 'no tense cue';
  return `${ctx.tense.tense} tense « ${ctx.tense.cue} »`;
}

export function describeTenseEx(ctx: ResolveContext): Explain {
  return ctx.tense ? ex('tense', { tense: ctx.tense.tense, cue: ctx.tense.cue }) : ex('tense.none');
}

/** A day for explanations: `Fri 22 Apr 2022`, as data. */
export function dayOf(d: Date): Explain {
  return dayEx(isoDay(d));
}

export function dayResult(
  day: Date,
  explanation: string,
  alternative?: AlternativeReading,
  explain?: Explain,
): Resolution {
  return {
    value: isoDay(day),
    interval: dayInterval(day),
    precision: 'day',
    explanation,
    explain,
    alternative,
    day,
  };
}

export function x(value: string, explanation: string, precision: Precision, explain?: Explain): Resolution {
  return { value, interval: null, precision, explanation, explain };
}

export function centuryValue(century: number, ctx: ResolveContext): string {
  return ctx.valueStyle?.century === 'YYXX' ? `${pad(century, 2)}XX` : pad(century, 2);
}

export function decadeValue(decade: number, ctx: ResolveContext): string {
  return ctx.valueStyle?.decade === 'YYYX' ? `${pad(decade, 3)}X` : pad(decade, 3);
}

export function yearPart(reading: Reading, year: number): Resolution | null {
  const y = pad(year, 4);
  if (reading.month !== undefined && reading.day !== undefined) {
    let d = makeDay(year, reading.month, reading.day);
    if (d && reading.onWeekday !== undefined) {
      // A movable feast: the first such weekday on or after the written day.
      const shift = (reading.onWeekday - (d.getDay() || 7) + 7) % 7;
      d = makeDay(year, reading.month, reading.day + shift);
    }
    return d
      ? dayResult(d, `date as written: ${dayLabel(d)}`, undefined, ex('asWritten', { day: isoDay(d) }))
      : null;
  }
  if (reading.month !== undefined) {
    return {
      value: `${y}-${pad(reading.month, 2)}`,
      interval: monthInterval(year, reading.month),
      precision: 'month',
      explanation: `${MONTH_NAMES[reading.month]} ${year} as written`,
      explain: ex('month.written', { month: reading.month, year }),
    };
  }
  if (reading.season) {
    return {
      value: `${y}-${reading.season}`,
      interval: seasonInterval(year, reading.season),
      precision: 'season',
      explanation: `${SEASON_NAMES[reading.season]} ${year} (astronomical dates, northern hemisphere)`,
      explain: ex('season.year', { season: reading.season, year }),
    };
  }
  if (reading.quarter) {
    const q = reading.quarter;
    return {
      value: `${y}-Q${q}`,
      interval: monthsInterval(year, 3 * q - 2, 3 * q),
      precision: 'quarter',
      explanation: `quarter ${q} of ${year}`,
      explain: ex('quarter.of', { n: q, year }),
    };
  }
  if (reading.half) {
    const h = reading.half;
    return {
      value: `${y}-H${h}`,
      interval: monthsInterval(year, 6 * h - 5, 6 * h),
      precision: 'half',
      explanation: `half ${h} of ${year}`,
      explain: ex('half.of', { n: h, year }),
    };
  }
  return {
    value: y,
    interval: yearsInterval(year, year),
    precision: 'year',
    explanation: `the year ${year}`,
    explain: ex('year.the', { year }),
  };
}

export function yearPartWith(
  parts: Partial<Reading>,
  year: number,
  explanation: string,
  explain?: Explain,
): Resolution {
  const r = yearPart({ type: 'DATE', ...parts }, year)!;
  return {
    ...r,
    explanation: `${explanation} → ${r.value}`,
    explain: explain && gives(explain, val(r.value)),
  };
}
