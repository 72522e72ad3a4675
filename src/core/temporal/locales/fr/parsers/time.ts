// Clock times: « 8h30 », « 18 h 45 », « à 18 heures » (the « à » stays out, as in French TimeBank), « vers 0 h 40 »
// (« vers » stays in, mod APPROX). « pendant 18 heures », « en 2 h » are durations, left to the duration parser.

import { rule } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { SP, SP0 } from '../patterns';

const DURATION_BEFORE =
  /(?:pendant|durant|en|depuis|plus\s+de|moins\s+de|près\s+de|environ|dernières|premières|les|des|toutes\s+les|chaque|quelque)[\s\u00a0\u202f]*$/iu;
const CLOCK_BEFORE =
  /(?:à|a|vers|dès|jusqu['’]à|avant|après|de|entre|et|depuis|partir\s+de)[\s\u00a0\u202f]*$/iu;

export const time: Parser = {
  name: 'fr/time',
  pattern: rule(
    `(?:(?<approx>vers)${SP})?(?<hour>[01]?\\d|2[0-3])${SP0}(?<unit>h|heures?)(?:${SP0}(?<minute>[0-5]\\d)(?:${SP0}min)?)?(?:${SP}(?<local>locales?))?`,
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const before = text.slice(Math.max(0, match.index - 14), match.index);
    if (!g.approx && DURATION_BEFORE.test(before)) return null;
    // « 18 heures » without « à »/« vers » reads as a duration (« 18 heures de garde à vue »).
    if (g.unit.toLowerCase() !== 'h' && !g.minute && !g.approx && !CLOCK_BEFORE.test(before)) return null;
    const reading: Reading = { type: 'TIME', hour: Number(g.hour), minute: g.minute ? Number(g.minute) : 0 };
    if (g.approx) reading.mod = 'APPROX';
    return reading;
  },
};
