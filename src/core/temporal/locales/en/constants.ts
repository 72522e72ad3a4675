// English word tables. Parsers build their alternations from these (longest first), so a new spelling is
// one line here. Keys are lower case; parsers match case-insensitively unless a table says otherwise.

import type { PartOfDay, Season, Unit } from '../../types';

/** Month names and their abbreviations, with or without the period ("Sept. 15", "Aug 9"). */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Full month names only: a bare month needs the full name ("in March"), never "Mar" or "Dec". */
export const MONTHS_FULL: Record<string, number> = Object.fromEntries(
  Object.entries(MONTHS).filter(([k]) => k.length > 4 || k === 'may' || k === 'june' || k === 'july'),
);

/** ISO weekday numbers; "Tues." and "Thurs." appear in wire copy. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tues: 2,
  tue: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thurs: 4,
  thu: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

/** Full weekday names: abbreviations alone ("Sat", "Sun", "Wed") are too often other words. */
export const WEEKDAYS_FULL: Record<string, number> = Object.fromEntries(
  Object.entries(WEEKDAYS).filter(([k]) => k.endsWith('day')),
);

export const SEASONS: Record<string, Season> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

/** Calendar units, singular and plural ("three weeks", "the past two years", "centuries"). */
export const UNITS: Record<string, Unit> = {
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  mins: 'minute',
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  year: 'year',
  years: 'year',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
};

/** Units a "last/this/next …" phrase can name ("next week", "this quarter", "last weekend"). */
export const CALENDAR_UNITS: Record<string, Unit> = {
  week: 'week',
  weekend: 'weekend',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  decade: 'decade',
  century: 'century',
};

/** Direction words before a unit or weekday. */
export const DIRECTIONS: Record<string, 'past' | 'future' | 'this'> = {
  last: 'past',
  past: 'past',
  previous: 'past',
  next: 'future',
  coming: 'future',
  following: 'future',
  this: 'this',
  current: 'this',
};

/** Unspecified amounts: "several months" → PXM. */
export const VAGUE_AMOUNTS = [
  'several',
  'a few',
  'few',
  'some',
  'many',
  'a couple of',
  'couple of',
  'a number of',
];

/** Modifiers that stay inside the extent ("nearly two years", "more than four hours"). */
export const AMOUNT_MODS: Record<
  string,
  'APPROX' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS'
> = {
  about: 'APPROX',
  around: 'APPROX',
  roughly: 'APPROX',
  approximately: 'APPROX',
  some: 'APPROX',
  nearly: 'LESS_THAN',
  almost: 'LESS_THAN',
  'just under': 'LESS_THAN',
  'less than': 'LESS_THAN',
  'fewer than': 'LESS_THAN',
  'more than': 'MORE_THAN',
  'just over': 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE',
  'up to': 'EQUAL_OR_LESS',
  'at most': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS',
  'not more than': 'EQUAL_OR_LESS',
  'no longer than': 'EQUAL_OR_LESS',
  'no less than': 'EQUAL_OR_MORE',
  'not less than': 'EQUAL_OR_MORE',
  'no fewer than': 'EQUAL_OR_MORE',
};

/** Position inside a period: "early 1998", "late on Saturday", "the end of the quarter". */
export const POSITION_MODS: Record<string, 'START' | 'MID' | 'END'> = {
  early: 'START',
  'the beginning of': 'START',
  'the start of': 'START',
  'the first days of': 'START',
  mid: 'MID',
  middle: 'MID',
  'the middle of': 'MID',
  late: 'END',
  'the end of': 'END',
  'the close of': 'END',
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};

/** Time zones that may follow a clock time ("10:30 a.m. EST"); they stay inside the extent. */
export const TIME_ZONES = [
  'est',
  'edt',
  'et',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
  'gmt',
  'utc',
  'bst',
  'cet',
];

/** Irregular past forms the tense reader counts as past cues (regular ones end in -ed). */
export const IRREGULAR_PAST = [
  'said',
  'told',
  'met',
  'went',
  'came',
  'took',
  'gave',
  'made',
  'saw',
  'began',
  'left',
  'held',
  'won',
  'lost',
  'fell',
  'rose',
  'sent',
  'spoke',
  'wrote',
  'found',
  'became',
  'brought',
  'bought',
  'sold',
  'thought',
  'kept',
  'paid',
  'ran',
  'knew',
  'led',
  'fled',
  'fought',
  'struck',
  'stood',
  'felt',
  'heard',
  'meant',
  'got',
  'broke',
  'chose',
  'drove',
  'flew',
  'grew',
  'hid',
  'shot',
  'sought',
  'spent',
  'stole',
  'swore',
  'taught',
  'threw',
  'understood',
  'woke',
  'wore',
  'withdrew',
  'overthrew',
  'forgot',
  'did',
  'was',
  'were',
  'had',
  'ago',
];
