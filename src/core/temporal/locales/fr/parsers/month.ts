// Months: « en septembre », « avril 2001 », « octobre 98 », « fin avril », « début octobre », « mi-juillet »,
// « le mois de juin », « juin prochain », « septembre dernier ». The year of a bare month comes from the tense.
// A capitalised bare « Mars » / « Mai » is more often a name than a month, so it needs a year or a cue.

import { lookup, rule } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { MONTHS, POSITION_MODS } from '../constants';
import { APOS, DIRECTION, MONTH_FULL, SP, SP0, YEAR_AFTER, yearAndDirection } from '../patterns';

const POSITION = `(?<pos>début|debut|fin|courant|mi)(?:${SP0}-${SP0}|${SP}(?:de${SP}|d${APOS}${SP0})?)`;

export const month: Parser = {
  name: 'fr/month',
  pattern: rule(
    `(?:${POSITION})?(?<monthOf>(?:le${SP})?mois${SP}(?:de${SP}|d${APOS}${SP0}))?(?<month>${MONTH_FULL})` +
      `(?:${SP}(?<year>${YEAR_AFTER}))?(?:${SP}(?<dir>${DIRECTION}))?`,
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const m = lookup(MONTHS, g.month);
    if (m === undefined) return null;
    const reading: Reading = { type: 'DATE', month: m };
    Object.assign(reading, yearAndDirection(g));
    const pos = lookup(POSITION_MODS, g.pos === 'courant' ? 'milieu' : g.pos);
    if (pos) reading.mod = pos;
    const bare = !g.year && !reading.direction && !pos && !g.monthOf;
    if (bare && /^\p{Lu}/u.test(g.month)) {
      // « Mars » alone: a date only after « en » / « de » / « depuis » (« en Mars »), else a name.
      const before = text.slice(Math.max(0, match.index - 10), match.index);
      if (!/(?:en|de|depuis|d['’])\s*$/iu.test(before)) return null;
    }
    return reading;
  },
};
