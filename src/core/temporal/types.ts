// The contract between locales (what the text says) and the resolver (what it means on the calendar).
// A locale is an ordered list of small parsers plus a tense reader; parsers only read the text into a
// `Reading`, they never look at the publication date. The resolver turns a Reading plus an anchor and
// a tense into a TIMEX3 value, an interval and an explanation.
// Extend by adding optional fields only: both locales and the resolver depend on this file.

import type { Lang } from '../../shared/timeline';

export type { Lang };

export type Tense = 'past' | 'present' | 'future';

export type Unit =
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'weekend'
  | 'month'
  | 'quarter'
  | 'half'
  | 'season'
  | 'year'
  | 'decade'
  | 'century';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** TIMEX3 parts of day: morning, midday, afternoon, evening, night, daytime. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

export type Mod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

/**
 * What a parser read in the text, before any anchor is applied. Only what the text states is set.
 * Examples (fields not shown are undefined):
 *   « le 24 février »          → { type: 'DATE', month: 2, day: 24 }
 *   « mardi »                  → { type: 'DATE', weekday: 2 }
 *   « mercredi dernier »       → { type: 'DATE', weekday: 3, direction: 'past' }
 *   « hier »                   → { type: 'DATE', shift: { unit: 'day', offset: -1 } }
 *   "last month"               → { type: 'DATE', shift: { unit: 'month', offset: -1 } }
 *   « cet hiver »              → { type: 'DATE', season: 'WI', direction: 'this' }
 *   « l'hiver 2019 »           → { type: 'DATE', season: 'WI', year: 2019 }
 *   « il y a trois ans »       → { type: 'DATE', shift: { unit: 'year', offset: -3 } }
 *   « quatre jours »           → { type: 'DURATION', duration: { unit: 'day', amount: 4 } }
 *   "several weeks"            → { type: 'DURATION', duration: { unit: 'week', amount: null } }
 *   « à 18 heures »            → { type: 'TIME', hour: 18, minute: 0 }
 *   « samedi soir »            → { type: 'TIME', weekday: 6, partOfDay: 'EV' }
 *   « fin avril »              → { type: 'DATE', month: 4, mod: 'END' }
 *   "the 1990s"                → { type: 'DATE', decade: 199 }
 *   « actuellement »           → { type: 'DATE', ref: 'PRESENT_REF' }
 *   « chaque mardi »           → { type: 'SET', weekday: 2, set: { quant: 'EACH' } }
 *   "every year"               → { type: 'SET', duration: { unit: 'year', amount: 1 }, set: { quant: 'EVERY' } }
 */
export interface Reading {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  year?: number;
  /** Two-digit year as written ('98) — the resolver picks the century. */
  yearTwoDigits?: boolean;
  month?: number; // 1–12
  day?: number; // 1–31
  weekday?: number; // ISO: 1 = Monday … 7 = Sunday
  decade?: number; // 199 for the 1990s
  century?: number; // 19 for the XXe siècle / 20th century (TIMEX3 value `19`)
  season?: Season;
  quarter?: number; // 1–4
  half?: number; // 1–2
  week?: number; // ISO week number when stated
  weekend?: boolean;
  partOfDay?: PartOfDay;
  hour?: number; // 0–23
  minute?: number;
  /** Relative to the anchor: « hier » day −1, « l'an dernier » year −1, « cette semaine » week 0. */
  shift?: { unit: Unit; offset: number };
  /** « il y a 50 ans jour pour jour », "a year ago to the day": the shifted day itself, not its year or month. */
  toTheDay?: boolean;
  /** Explicit direction word: dernier/last → past, prochain/next → future, ce/this → this. */
  direction?: 'past' | 'future' | 'this';
  duration?: { unit: Unit; amount: number | null };
  ref?: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
  mod?: Mod;
  set?: { quant?: string; freq?: string };
  /** A generic or underspecified expression the resolver must leave unplaced (value with X). */
  generic?: boolean;
  /**
   * Counted from the last date resolved earlier in the text rather than from the publication date:
   * « le lendemain » → { shift: { unit: 'day', offset: 1 }, anchor: 'previous' }.
   */
  anchor?: 'previous';
  /**
   * When one match yields several readings (« du 3 au 9 juin » → « 3 » and « 9 juin »), each reading's own
   * absolute span in the text. Unset: the reading spans the whole match.
   */
  extent?: { start: number; end: number };
  /**
   * (added for en) The year relative to the anchor's year, for a month/quarter/half/season that names its year
   * by a relative word: "June last year" → { month: 6, yearShift: -1 }; "this year's third quarter" →
   * { quarter: 3, yearShift: 0 }; "the spring of next year" → { season: 'SP', yearShift: 1 }.
   * Unlike `shift`, it does not replace the month/quarter: it only fixes their year.
   * (en also emits year-less quarters and halves, "the third quarter" → { quarter: 3 }: like a year-less
   * month, their year comes from the tense — TimeBank: DCT 1998-01-08 "the fourth quarter" → 1997-Q4.)
   */
  yearShift?: number;
  /**
   * (added for en) A movable feast: the date is the first such ISO weekday on or after `month`/`day`, in whatever
   * year the resolver picks. Thanksgiving (fourth Thursday of November) → { month: 11, day: 22, onWeekday: 4 };
   * Election Day (the Tuesday after the first Monday of November) → { month: 11, day: 2, onWeekday: 2 }.
   */
  onWeekday?: number;
  /** A feast counted from Easter: Good Friday { offset: -2 }, « la Pâque orthodoxe » { offset: 0, orthodox }. */
  easter?: { offset: number; orthodox?: boolean };
  /** The holiday's name for explanations (« Pâques », "Good Friday"). */
  holidayName?: string;
}

/** A parser match: where in the text (absolute offsets), and what it read. */
export interface ParsedMention {
  start: number;
  end: number;
  reading: Reading;
  rule: string;
  /** Same number for the readings of one match (« du 3 au 9 juin »): the range refiner links them. */
  group?: number;
}

/** One rule: a pattern (global, sticky-free; named groups only) and a pure extract function. */
export interface Parser {
  name: string; // `fr/weekday-bare`
  pattern: RegExp;
  /** Returns null to reject the match (e.g. « 12 millions »). */
  extract(match: RegExpExecArray, text: string): Reading | Reading[] | null;
}

export interface Locale {
  lang: Lang;
  /** Ordered: earlier parsers win overlaps of equal length; longer matches win over shorter ones. */
  parsers: Parser[];
  /**
   * Tense and status of the clause that holds the mention at [start, end): reads the verbs around it
   * (« se rendra » → future, « a demandé » → past, headline present → present). Null when no cue.
   */
  tenseAt(text: string, start: number, end: number): { tense: Tense; cue: string } | null;
  /**
   * Optional refiner hooks (see pipeline.ts). Each is tested against a short piece of the original text.
   * mergeGap: the gap that joins a day and a following part of day (« hier en début d'après-midi »).
   */
  mergeGap?: RegExp;
  /** Text just before the first date of a range (« du », « entre »), anchored at its end with `$`. */
  rangeBefore?: RegExp;
  /** The gap between the two dates of a range (« au », « et », « - »), anchored `^…$`. */
  rangeGap?: RegExp;
  /** Text just before a date that counts forward from the narrated anchor (« à partir de jeudi »), `…$`. */
  forwardCue?: RegExp;
  /** Gap between a duration and the date it starts from (« quatre jours, à partir de jeudi »), `^…$`. */
  durationStartGap?: RegExp;
  /**
   * Text just before a date that opens a period still running (« depuis 1945 », "since 1945"), `…$`: the date
   * is kept as written and the explanation says it is context, the start of a period up to the publication date.
   */
  sinceCue?: RegExp;
  /** Value forms where the locale's corpus differs from the default: decades `199` vs `199X`, centuries `19` vs `19XX`. */
  valueStyle?: { decade?: 'YYY' | 'YYYX'; century?: 'YY' | 'YYXX' };
  /**
   * A future-tense weekday equal to the publication day's is that day itself (English wire style: "Crews will
   * work Wednesday" written on a Wednesday), not the next week's (French: « se rendra vendredi » on a Friday).
   */
  weekdayIsToday?: boolean;
}
