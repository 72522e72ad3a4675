// Holidays on a fixed calendar day: "Christmas", "Christmas Eve", "New Year's Day", "New Year's Eve",
// "Independence Day", "the Fourth of July", "Halloween", "Valentine's Day", "Veterans Day", "Boxing Day".
// Movable feasts (Thanksgiving, Easter, Election Day) need the year's calendar and are left out.

import { alternation, lookup, rule, SP } from '../../../regex';
import type { Parser } from '../../../types';
import { YEAR4 } from '../patterns';

const HOLIDAYS: Record<string, [number, number]> = {
  christmas: [12, 25],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'independence day': [7, 4],
  'the fourth of july': [7, 4],
  'fourth of july': [7, 4],
  halloween: [10, 31],
  "valentine's day": [2, 14],
  'veterans day': [11, 11],
  "veterans' day": [11, 11],
  'boxing day': [12, 26],
};

export const holiday: Parser = {
  name: 'en/holiday',
  pattern: rule(`(?<name>${alternation(Object.keys(HOLIDAYS))})(?:${SP}(?<year>${YEAR4})(?![,.]?\\d))?`),
  extract(m) {
    const g = m.groups ?? {};
    const day = lookup(HOLIDAYS, g.name);
    // Holiday names are proper nouns: "christmas" in lower case is rare and "halloween costume" still counts.
    if (!day || !/^(?:the\s+)?\p{Lu}/u.test(g.name)) return null;
    return { type: 'DATE', month: day[0], day: day[1], ...(g.year ? { year: +g.year } : {}) };
  },
};
