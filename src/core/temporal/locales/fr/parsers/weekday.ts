// Bare weekdays: « mardi », « mercredi dernier », « jeudi prochain », « ce dimanche ». Which Tuesday is the
// resolver's job (tense of the clause); a weekday followed by a day number is a full date (date-absolute).

import { lookup, rule } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { DIRECTIONS, WEEKDAYS } from '../constants';
import { DIRECTION, SP, WEEKDAY } from '../patterns';

export const weekday: Parser = {
  name: 'fr/weekday',
  pattern: rule(
    `(?:(?<this>ce|cette)${SP}(?:même${SP})?)?(?<weekday>${WEEKDAY})(?:${SP}(?<dir>${DIRECTION}))?(?!${SP}saint)`,
  ),
  extract(match) {
    const g = match.groups ?? {};
    const wd = lookup(WEEKDAYS, g.weekday);
    if (wd === undefined) return null;
    const reading: Reading = { type: 'DATE', weekday: wd };
    const dir = lookup(DIRECTIONS, g.dir);
    if (dir) reading.direction = dir;
    else if (g.this) reading.direction = 'this';
    return reading;
  },
};
