// French pattern pieces shared by the parsers, built once from the lexicon tables (constants.ts).

import { numberWordPattern } from '../../numbers';
import { alternation, APOS, lookup, SP, SP0 } from '../../regex';
import type { Reading } from '../../types';
import {
  DIRECTIONS,
  FR_NUMBERS,
  MONTHS,
  MONTHS_FULL,
  PARTS_OF_DAY,
  QUANTITY_NOUNS,
  SEASONS,
  WEEKDAYS,
} from './constants';

export { APOS, SP, SP0 };

export const MONTH = alternation(Object.keys(MONTHS));
export const MONTH_FULL = alternation(MONTHS_FULL);
export const WEEKDAY = alternation(Object.keys(WEEKDAYS));
export const SEASON = alternation(Object.keys(SEASONS));
export const PART_OF_DAY = alternation(Object.keys(PARTS_OF_DAY));
export const DIRECTION = alternation(Object.keys(DIRECTIONS));
/** A written number (« quatre », « vingt-et-un ») or digits (« 24 », « 30,4 »). */
export const NUMBER = `(?:\\d+(?:[.,]\\d+)?|${numberWordPattern(FR_NUMBERS)})`;
/** Day of month: « 1er », « premier », « 24 ». */
export const DAY = '(?:1er|premier|[12]\\d|3[01]|0?[1-9])';
/** A following word that makes a number a quantity: « 12 millions », « 300 kilomètres », « 15 % ». */
export const NOT_QUANTITY = `(?!${SP0}%)(?!${SP}${alternation(QUANTITY_NOUNS)}(?![\\p{L}]))(?![.,]\\d)(?!${SP}\\d{3}(?!\\d))`;
/** A year written after a month: four digits, or two (« octobre 98 », « novembre 93 »), not a quantity. */
export const YEAR_AFTER = `(?:\\d{4}|${APOS}?\\d{2})(?!\\d)${NOT_QUANTITY}(?!${SP}(?:h|heures?)(?![\\p{L}]))`;

/** « 1er » / « premier » → 1. */
export function dayNumber(written: string): number {
  return /^\d+$/.test(written) ? Number(written) : 1;
}

/** '98 or 1998 → { year, twoDigits }. */
export function yearNumber(written: string): { year: number; twoDigits: boolean } {
  const digits = written.replace(/\D/g, '');
  return { year: Number(digits), twoDigits: digits.length === 2 };
}

/** The year or direction word written after a month (« mars 2019 », « mars 98 », « mars dernier »). */
export function yearAndDirection(g: {
  year?: string;
  dir?: string;
}): Pick<Reading, 'year' | 'yearTwoDigits' | 'direction'> {
  const out: Pick<Reading, 'year' | 'yearTwoDigits' | 'direction'> = {};
  if (g.year) {
    const y = yearNumber(g.year);
    out.year = y.year;
    if (y.twoDigits) out.yearTwoDigits = true;
  }
  const dir = lookup(DIRECTIONS, g.dir);
  if (dir) out.direction = dir;
  return out;
}
