// Pattern fragments shared by the English parsers, built once from the word tables in constants.ts.
// Each fragment is a plain source string; parsers wrap their full pattern with `rule()`.

import { alternation, SP } from '../../regex';
import {
  CALENDAR_UNITS,
  MONTHS,
  MONTHS_FULL,
  PARTS_OF_DAY,
  POSITION_MODS,
  SEASONS,
  TIME_ZONES,
  UNITS,
  WEEKDAYS_FULL,
} from './constants';

/** A month name or abbreviation, the abbreviation optionally with its period: "Sept.", "Aug", "August". */
// Only abbreviations take the period: "in March." must not swallow the full stop.
export const MONTH = `(?:${alternation(Object.keys(MONTHS_FULL))}|${alternation(Object.keys(MONTHS).filter((k) => !(k in MONTHS_FULL)))}\\.?)`;
/** Full month names only (bare months). */
export const MONTH_FULL = alternation(Object.keys(MONTHS_FULL));
export const WEEKDAY = alternation(Object.keys(WEEKDAYS_FULL));
export const SEASON = alternation(Object.keys(SEASONS));
export const PART_OF_DAY = alternation(Object.keys(PARTS_OF_DAY));
export const UNIT = alternation(Object.keys(UNITS));
export const CALENDAR_UNIT = alternation(Object.keys(CALENDAR_UNITS));
export const ZONE = alternation(TIME_ZONES);
/** Day of month, 1–31, with an optional ordinal suffix ("4th", "22nd"). */
export const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
/** A four-digit year 1000–2099. */
export const YEAR4 = '(?:1\\d{3}|20\\d{2})';
/** "Friday, " / "Friday " in front of a date ("Monday, March 4"). */
export const WEEKDAY_PREFIX = `(?:(?<weekday>${WEEKDAY}),?${SP})`;
/** "early", "late", "mid-", "the end of" … in front of a period; looked up in POSITION_MODS. */
export const POSITION = `(?<pos>${alternation(Object.keys(POSITION_MODS))})(?:-|${SP})`;
