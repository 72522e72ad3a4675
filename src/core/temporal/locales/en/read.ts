// Small readers shared by the English parsers: table look-ups of matched words and year parsing.

import { lookup } from '../../regex';
import type { Mod } from '../../types';
import { MONTHS, POSITION_MODS, WEEKDAYS } from './constants';

export function month(word: string | undefined): number | undefined {
  return lookup(MONTHS, word?.replace(/\.$/, ''));
}

export function weekday(word: string | undefined): number | undefined {
  return lookup(WEEKDAYS, word?.replace(/\.$/, ''));
}

/** "early" → START, "the end of" → END; undefined when no position word was matched. */
export function position(word: string | undefined): Mod | undefined {
  return lookup(POSITION_MODS, word);
}

/** Day of month from "4", "04", "4th". */
export function dayOfMonth(word: string): number {
  return parseInt(word, 10);
}

/** Only the fields that are set, so readings compare cleanly in tests. */
export function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
