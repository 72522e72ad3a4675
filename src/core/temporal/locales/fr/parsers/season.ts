// Seasons: « l'hiver 2019 », « cet hiver », « l'été dernier », « au printemps », « l'automne ».
// « été » is also the participle of être (« a été », « ont été »): bare, it needs an article or « en ».

import { lookup, rule } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { DIRECTIONS, POSITION_MODS, SEASONS } from '../constants';
import { APOS, DIRECTION, SEASON, SP, SP0 } from '../patterns';

export const season: Parser = {
  name: 'fr/season',
  pattern: rule(
    `(?:(?<pos>début|fin|milieu)${SP}(?:de${SP}l${APOS}|du|de${SP}cet|de${SP}ce)${SP0})?` +
      `(?:(?<det>l${APOS}|(?:le|cet|ce|cette)${SP})${SP0})?(?<season>${SEASON})` +
      `(?:${SP}(?<dir>${DIRECTION}))?(?:${SP}(?<year>1\\d{3}|20\\d{2})(?!\\d))?`,
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const s = lookup(SEASONS, g.season);
    if (!s) return null;
    const det = g.det?.toLowerCase().trim();
    if (s === 'SU' && !det && !g.pos && !g.year && !g.dir) {
      const before = text.slice(Math.max(0, match.index - 6), match.index);
      if (!/(?:en|d['’])\s*$/iu.test(before)) return null;
    }
    const before = text.slice(Math.max(0, match.index - 4), match.index);
    // « les Jeux d'hiver », « des vêtements d'été », « le Printemps de Bourges »: a kind of thing, not a date.
    if (!det && !g.year && !g.dir && /(?:d['’]|de\s)$/iu.test(before)) return null;
    // « le Printemps de Bourges », « au printemps de l'environnement », « l'automne du patriarche »: a name.
    if (
      !g.year &&
      !g.dir &&
      /^[\s\u00a0]+(?:de[\s\u00a0]+l|du[\s\u00a0]|des[\s\u00a0]|de[\s\u00a0]+\p{Lu})/u.test(
        text.slice(match.index + match[0].length, match.index + match[0].length + 6),
      )
    )
      return null;
    const reading: Reading = { type: 'DATE', season: s };
    // « en été » without year or article: every summer, unless the clause's tense places it.
    if (!det && !g.year && !g.dir && !g.pos && /en[\s\u00a0]+$/iu.test(before)) reading.generic = true;
    if (g.year) reading.year = Number(g.year);
    const dir = lookup(DIRECTIONS, g.dir);
    if (dir) reading.direction = dir;
    else if (det === 'ce' || det === 'cet' || det === 'cette') reading.direction = 'this';
    const pos = lookup(POSITION_MODS, g.pos);
    if (pos) reading.mod = pos;
    return reading;
  },
};
