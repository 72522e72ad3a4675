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

export const duration: Parser = {
  name: 'fr/duration',
  pattern: rule(
    `(?:(?<mod>${alternation(Object.keys(DURATION_MODS))})${SP})?` +
      `(?:(?:(?<last>ces|les)${SP}(?:derniers|dernières|prochains|prochaines)${SP})(?:(?<n2>${NUMBER})${SP})?|(?<vague>${alternation(VAGUE_QUANTITIES)})${SP}|(?<n>${NUMBER})${SP})` +
      `(?<unit>${UNIT})` +
      `|(?:(?:un|une|le|son|sa|ce|cet)${SP})?(?<noun>${alternation(Object.keys(DURATION_NOUNS))})`,
  ),
  extract(match) {
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
    if (
      g.vague &&
      /^des$/i.test(g.vague) &&
      /^(?:h|min|seconde|minute|heure|jour|semaine|an|année|mois)$/i.test(g.unit)
    )
      return null;
    const reading: Reading = { type: 'DURATION', duration: { unit, amount } };
    const mod = lookup(DURATION_MODS, g.mod);
    if (mod) reading.mod = mod;
    return reading;
  },
};
