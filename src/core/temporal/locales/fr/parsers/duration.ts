// Durations: « quatre jours » P4D, « 30,4 secondes » PT30.4S, « plus de vingt ans » P20Y (mod MORE_THAN, the
// words stay in the extent as in French TimeBank), « plusieurs semaines » PXW, « ces derniers jours » PXD,
// « ces dernières 24 heures » PT24H, « un demi-siècle » P50Y, « le quinquennat » P5Y.
// Not durations: « 300 kilomètres », « 12 millions » (no time unit), « un jour » (« someday »).

import { alternation, lookup, rule } from '../../../regex';
import { parseNumber } from '../../../numbers';
import type { Parser, Reading } from '../../../types';
import { DURATION_MODS, DURATION_NOUNS, DURATION_UNITS, FR_NUMBERS, VAGUE_QUANTITIES } from '../constants';
import { NUMBER, SP } from '../patterns';

const UNIT = alternation(Object.keys(DURATION_UNITS));

/**
 * Ages are not durations in French TimeBank: « Jean Burget, 87 ans, a été heurté », « âgée de 17 ans »,
 * « une fillette de 6 ans s'est noyée », « les 6-16 ans », « les moins de 17 ans ». A period stays one:
 * « une peine de 2 ans de prison », « six ans après sa victoire », « depuis 1945, … ».
 */
function isAge(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 10);
  if (/(?:âgée?s?|l['’]âge)[\s\u00a0]+de[\s\u00a0]+$/iu.test(before)) return true;
  if (/(?:\d[\s\u00a0]*[-–]|\d[\s\u00a0]+à)[\s\u00a0]*$/u.test(before)) return true;
  if (
    /^(?:moins|plus)[\s\u00a0]+de/iu.test(text.slice(start, start + 10)) &&
    /les[\s\u00a0]+$/iu.test(before)
  )
    return true;
  if (/[,(][\s\u00a0]*$/u.test(before) && /^[\s\u00a0]*[,.;)]/u.test(after)) return true;
  if (
    /de[\s\u00a0]+$/iu.test(before) &&
    /^[\s\u00a0]*(?:[,.;)]|se[\s\u00a0]|s['’]|a[\s\u00a0]|est[\s\u00a0]|qui[\s\u00a0]|était|avait)/iu.test(
      after,
    )
  )
    return true;
  return false;
}

export const duration: Parser = {
  name: 'fr/duration',
  pattern: rule(
    `(?:(?<mod>${alternation(Object.keys(DURATION_MODS))})${SP})?` +
      `(?:(?:(?<last>ces|les)${SP}(?:derniers|dernières|prochains|prochaines)${SP})(?:(?<n2>${NUMBER})${SP})?|(?<vague>${alternation(VAGUE_QUANTITIES)})${SP}|(?<n>${NUMBER})${SP})` +
      `(?<unit>${UNIT})` +
      `|(?:(?:un|une|le|son|sa|ce|cet)${SP})?(?<noun>${alternation(Object.keys(DURATION_NOUNS))})`,
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    if (g.noun) {
      const d = lookup(DURATION_NOUNS, g.noun);
      return d ? { type: 'DURATION', duration: { unit: d.unit, amount: d.amount } } : null;
    }
    const unit = lookup(DURATION_UNITS, g.unit);
    if (!unit) return null;
    const written = g.n ?? g.n2;
    const amount = written ? parseNumber(written, FR_NUMBERS) : null;
    if (written && amount === null) return null;
    if (g.unit.toLowerCase() === 'h' && !written) return null;
    // « un jour » is « someday », « une fois »-like, not a duration of one day.
    if (amount === 1 && /^jour$/i.test(g.unit) && !g.mod) return null;
    // « des heures scolaires »: « des » + a clock unit is rarely a duration.
    if (g.vague && /^des$/i.test(g.vague) && /^(?:h|min|secondes?|minutes?|heures?)$/i.test(g.unit))
      return null;
    // « une seconde fois »: the ordinal, not a unit.
    if (/^seconde$/i.test(g.unit) && /^[\s\u00a0]+fois/iu.test(text.slice(match.index + match[0].length)))
      return null;
    if (unit === 'year' && isAge(text, match.index, match.index + match[0].length)) return null;
    const reading: Reading = { type: 'DURATION', duration: { unit, amount } };
    const mod = lookup(DURATION_MODS, g.mod);
    if (mod) reading.mod = mod;
    return reading;
  },
};
