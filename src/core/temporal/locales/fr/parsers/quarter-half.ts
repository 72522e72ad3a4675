// Quarters and halves: « le premier semestre 2023 », « au troisième trimestre », « le 2e trimestre 2021 ».

import { alternation, lookup, rule } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { ORDINALS } from '../constants';
import { SP } from '../patterns';

export const quarterHalf: Parser = {
  name: 'fr/quarter-half',
  pattern: rule(
    `(?:(?:le|ce)${SP})?(?<ord>${alternation(Object.keys(ORDINALS))})${SP}(?<unit>trimestre|semestre)` +
      `(?:${SP}(?:de${SP}l['’]année${SP}|)(?<year>1\\d{3}|20\\d{2})(?!\\d))?`,
  ),
  extract(match) {
    const g = match.groups ?? {};
    const n = lookup(ORDINALS, g.ord);
    if (n === undefined) return null;
    const isQuarter = g.unit.toLowerCase() === 'trimestre';
    if (!isQuarter && n > 2) return null;
    const reading: Reading = isQuarter ? { type: 'DATE', quarter: n } : { type: 'DATE', half: n };
    if (g.year) reading.year = Number(g.year);
    return reading;
  },
};
