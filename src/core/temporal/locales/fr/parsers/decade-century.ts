// Decades and centuries: « les années 1990 », « les années 60 », « début des années 60 », « le XXe siècle »,
// « la fin du XIXe siècle ». French TimeBank writes a decade 196X and a century 18XX (locale valueStyle).
// « les années de plomb » has no digits and is not a date.

import { lookup, rule } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { POSITION_MODS } from '../constants';
import { SP } from '../patterns';

const POSITION = `(?:(?:la|le)${SP})?(?<pos>début|fin|milieu)${SP}(?:des|du)${SP}`;

export const decade: Parser = {
  name: 'fr/decade',
  pattern: rule(`(?:${POSITION}|les${SP})?années${SP}(?<digits>1[0-9][0-9]0|20[0-9]0|[0-9]0)(?![\\d%])`),
  extract(match) {
    const g = match.groups ?? {};
    const digits = g.digits;
    const decade = digits.length === 4 ? Number(digits.slice(0, 3)) : 190 + Number(digits[0]);
    const reading: Reading = { type: 'DATE', decade };
    const pos = lookup(POSITION_MODS, g.pos);
    if (pos) reading.mod = pos;
    return reading;
  },
};

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** « XIX » → 19. */
export function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN[roman[i].toUpperCase()] ?? 0;
    const next = ROMAN[roman[i + 1]?.toUpperCase() ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export const century: Parser = {
  name: 'fr/century',
  pattern: rule(`(?:${POSITION}|le${SP})?(?<roman>[XVI]{1,6})(?:e|è|ème|eme)${SP}siècle`),
  extract(match) {
    const g = match.groups ?? {};
    if (!/^[XVI]+$/.test(g.roman)) return null; // « vie siècle »: lower-case is not a numeral
    const ordinal = romanValue(g.roman);
    if (ordinal < 1 || ordinal > 21) return null;
    const reading: Reading = { type: 'DATE', century: ordinal - 1 };
    const pos = lookup(POSITION_MODS, g.pos);
    if (pos) reading.mod = pos;
    return reading;
  },
};
