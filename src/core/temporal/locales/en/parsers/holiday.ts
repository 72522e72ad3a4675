// Holidays on a fixed calendar day: "Christmas", "Christmas Eve", "New Year's Day", "New Year's Eve",
// "Independence Day", "the Fourth of July", "Halloween", "Valentine's Day", "Veterans Day", "Boxing Day".
// US movable feasts fixed by a weekday ("Thanksgiving", "Election Day", "Labor Day", "Memorial Day") give the
// earliest day they can fall on and the weekday (`onWeekday`); the resolver finds the day once it picks the year.
// "last Thanksgiving", "next Christmas": the direction word picks the occurrence. Easter and the feasts counted from it come from the shared calendar (holidays.ts).

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

// [month, earliest day, ISO weekday]: the first such weekday on or after that day.
const MOVABLE: Record<string, [number, number, number]> = {
  thanksgiving: [11, 22, 4],
  'thanksgiving day': [11, 22, 4],
  'election day': [11, 2, 2],
  'labor day': [9, 1, 1],
  'memorial day': [5, 25, 1],
  'martin luther king day': [1, 15, 1],
  "presidents' day": [2, 15, 1],
  'presidents day': [2, 15, 1],
  'columbus day': [10, 8, 1],
  "mother's day": [5, 8, 7],
  "father's day": [6, 15, 7],
  'black friday': [11, 23, 5],
  'early may bank holiday': [5, 1, 1],
  'may day bank holiday': [5, 1, 1],
  'spring bank holiday': [5, 25, 1],
  'summer bank holiday': [8, 25, 1],
};

// Feasts counted from Easter (holidays.ts computes Easter for any year, Gregorian and Orthodox).
const EASTER: Record<string, { offset: number; orthodox?: boolean }> = {
  easter: { offset: 0 },
  'easter sunday': { offset: 0 },
  'easter monday': { offset: 1 },
  'good friday': { offset: -2 },
  'maundy thursday': { offset: -3 },
  'palm sunday': { offset: -7 },
  'ascension day': { offset: 39 },
  pentecost: { offset: 49 },
  'whit sunday': { offset: 49 },
  'whit monday': { offset: 50 },
  'orthodox easter': { offset: 0, orthodox: true },
};
const DIRECTION = { last: 'past', next: 'future', this: 'this' } as const;

export const holiday: Parser = {
  name: 'en/holiday',
  pattern: rule(
    `(?:(?<rel>last|next|this)${SP})?(?<name>${alternation([...Object.keys(HOLIDAYS), ...Object.keys(MOVABLE), ...Object.keys(EASTER)])})(?:${SP}(?<year>${YEAR4})(?![,.]?\\d))?`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    // "the Good Friday Agreement", "the Easter Rising", "Christmas Island": a name that holds a feast's.
    if (/^[\s\u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)))
      return null;
    const fixed = lookup(HOLIDAYS, g.name);
    const movable = lookup(MOVABLE, g.name);
    const easter = lookup(EASTER, g.name);
    // Holiday names are proper nouns: "christmas" in lower case is rare and "halloween costume" still counts.
    if ((!fixed && !movable && !easter) || !/^(?:the\s+)?\p{Lu}/u.test(g.name)) return null;
    const direction = g.rel ? DIRECTION[g.rel.toLowerCase() as keyof typeof DIRECTION] : undefined;
    return {
      type: 'DATE',
      ...(fixed ? { month: fixed[0], day: fixed[1] } : {}),
      ...(movable ? { month: movable[0], day: movable[1], onWeekday: movable[2] } : {}),
      ...(easter ? { easter, holidayName: g.name } : {}),
      ...(g.year ? { year: +g.year } : {}),
      ...(direction && !g.year ? { direction } : {}),
    };
  },
};
