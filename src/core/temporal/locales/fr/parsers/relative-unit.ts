// Calendar units named from the publication date: « la semaine dernière », « cette semaine », « ce week-end »,
// « le mois prochain », « l'an dernier », « cette année », « la fin de la semaine », « au début du mois prochain »,
// « la fin de l'année dernière ». Without a direction or a demonstrative (« la semaine ») it is not a date.

import { alternation, lookup, rule } from '../../../regex';
import type { Parser, Reading, Unit } from '../../../types';
import { DIRECTIONS, POSITION_MODS } from '../constants';
import { APOS, DIRECTION, SP, SP0 } from '../patterns';

const UNIT_WORDS: Record<string, Unit> = {
  semaine: 'week',
  'week-end': 'weekend',
  'week end': 'weekend',
  weekend: 'weekend',
  mois: 'month',
  an: 'year',
  année: 'year',
  trimestre: 'quarter',
  semestre: 'half',
  décennie: 'decade',
  siècle: 'century',
};

export const relativeUnit: Parser = {
  name: 'fr/relative-unit',
  pattern: rule(
    `(?:(?:(?:la|le)${SP})?(?<pos>début|fin|milieu|courant)${SP}(?:du|de${SP}la|de${SP}l${APOS}|de${SP}cette|de${SP}ce|de${SP}cet)${SP0})?` +
      `(?:(?<det>l${APOS}|(?:la|le|cette|ce|cet)${SP})${SP0})?(?<unit>${alternation(Object.keys(UNIT_WORDS))})` +
      `(?:${SP0}-${SP0}(?<ci>ci)|${SP}(?<dir>${DIRECTION})|${SP}(?<current>en${SP}cours))?`,
  ),
  extract(match) {
    const g = match.groups ?? {};
    const unit = lookup(UNIT_WORDS, g.unit);
    if (!unit) return null;
    const det = g.det?.toLowerCase().replace(/['’\s]/g, '');
    const demonstrative = det === 'ce' || det === 'cet' || det === 'cette' || !!g.ci || !!g.current;
    const dir = lookup(DIRECTIONS, g.dir);
    const pos = lookup(POSITION_MODS, g.pos === 'courant' ? 'milieu' : g.pos);
    if (!dir && !demonstrative && !pos) return null;
    if (!det && !g.pos) return null; // « semaine prochaine » without article is rare and often « la semaine prochaine »
    const offset = dir === 'past' ? -1 : dir === 'future' ? 1 : 0;
    const reading: Reading = { type: 'DATE', shift: { unit, offset } };
    if (unit === 'weekend') reading.weekend = true;
    if (pos) reading.mod = pos;
    return reading;
  },
};
