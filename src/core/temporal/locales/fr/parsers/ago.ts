// Dates counted from the publication date by a duration: « il y a trois ans » (past), « dans trois jours »
// (future). French TimeBank keeps « il y a » inside the extent and gives a week ago as a day.

import { alternation, lookup, rule } from '../../../regex';
import { parseNumber } from '../../../numbers';
import type { Parser, Reading } from '../../../types';
import { FR_NUMBERS, UNITS } from '../constants';
import { NUMBER, SP } from '../patterns';

export const ago: Parser = {
  name: 'fr/ago',
  pattern: rule(
    `(?:(?<ago>il${SP}y${SP}a)|(?<in>dans))${SP}(?:(?<approx>environ|près${SP}de|plus${SP}de)${SP})?(?<n>${NUMBER})${SP}(?<unit>${alternation(Object.keys(UNITS))})`,
  ),
  extract(match) {
    const g = match.groups ?? {};
    const unit = lookup(UNITS, g.unit);
    const n = parseNumber(g.n, FR_NUMBERS);
    if (!unit || n === null || !Number.isInteger(n) || unit === 'minute' || unit === 'hour') return null;
    // « dans un jour de grande maîtrise »: « dans un jour » is rarely « in one day ».
    if (n === 1 && unit === 'day' && g.in) return null;
    const sign = g.ago ? -1 : 1;
    const reading: Reading =
      unit === 'week'
        ? { type: 'DATE', shift: { unit: 'day', offset: sign * 7 * n } }
        : { type: 'DATE', shift: { unit, offset: sign * n } };
    if (g.approx) reading.mod = 'APPROX';
    return reading;
  },
};
