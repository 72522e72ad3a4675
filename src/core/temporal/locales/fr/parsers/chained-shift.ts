// Dates counted from the last day the text narrated (Reichenbach's reference time), not from the publication
// date: « deux jours plus tard », « une semaine plus tôt », « trois jours après. », « le mois suivant »,
// « l'année précédente », « cette année-là ». « deux jours avant l'élection » counts from an event, and « un an avant » is read as a
// comparison period in French TimeBank: both left to the duration parser.

import { alternation, lookup, rule } from '../../../regex';
import { parseNumber } from '../../../numbers';
import type { Parser, Reading } from '../../../types';
import { FR_NUMBERS, UNITS } from '../constants';
import { NUMBER, SP, SP0 } from '../patterns';

const LATER: Record<string, 1 | -1> = {
  'plus tard': 1,
  après: 1,
  'plus tôt': -1,
  auparavant: -1,
};

const NEXT_UNIT: Record<string, Reading['shift']> = {
  'le jour suivant': { unit: 'day', offset: 1 },
  'la semaine suivante': { unit: 'week', offset: 1 },
  'la semaine précédente': { unit: 'week', offset: -1 },
  'le mois suivant': { unit: 'month', offset: 1 },
  'le mois précédent': { unit: 'month', offset: -1 },
  "l'année suivante": { unit: 'year', offset: 1 },
  "l'année précédente": { unit: 'year', offset: -1 },
  "l'an suivant": { unit: 'year', offset: 1 },
  // « En 1988, il s'installe à Paris. Cette année-là, … »: the year (month, week) the text is narrating.
  'cette année-là': { unit: 'year', offset: 0 },
  'ce mois-là': { unit: 'month', offset: 0 },
  'cette semaine-là': { unit: 'week', offset: 0 },
};

export const chainedShift: Parser = {
  name: 'fr/chained-shift',
  pattern: rule(
    `(?<n>${NUMBER})${SP}(?<unit>${alternation(Object.keys(UNITS))})${SP}(?<later>${alternation(Object.keys(LATER))})` +
      `(?=${SP0}[,.;:!?)]|${SP0}$)` +
      `|(?<next>${alternation(Object.keys(NEXT_UNIT))})`,
  ),
  extract(match) {
    const g = match.groups ?? {};
    if (g.next) {
      const shift = lookup(NEXT_UNIT, g.next.replace(/l['’]\s*/i, "l'"));
      return shift ? { type: 'DATE', shift, anchor: 'previous' } : null;
    }
    const unit = lookup(UNITS, g.unit);
    const n = parseNumber(g.n, FR_NUMBERS);
    const sign = lookup(LATER, g.later);
    if (!unit || n === null || !sign || !Number.isInteger(n) || unit === 'hour' || unit === 'minute')
      return null;
    // « une semaine plus tard » lands on a day, as French TimeBank dates « il y a une semaine ».
    const shift =
      unit === 'week' ? { unit: 'day' as const, offset: sign * 7 * n } : { unit, offset: sign * n };
    return { type: 'DATE', shift, anchor: 'previous' };
  },
};
