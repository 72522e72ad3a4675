// Sets (repetitions): « chaque mardi » / « tous les jeudis » → XXXX-WXX-n; « chaque année », « tous les ans »,
// « annuel » → P1Y; « chaque jour » → P1D; « tous les deux ans » → P2Y; « par an » → the unit alone, as in French TimeBank.

import { alternation, lookup, rule } from '../../../regex';
import { parseNumber } from '../../../numbers';
import type { Parser, Reading, Unit } from '../../../types';
import { FR_NUMBERS, WEEKDAYS, WEEKDAYS_PLURAL } from '../constants';
import { NUMBER, SP } from '../patterns';

const SET_UNITS: Record<string, Unit> = {
  semestre: 'half',
  trimestre: 'quarter',
  jour: 'day',
  jours: 'day',
  semaine: 'week',
  semaines: 'week',
  mois: 'month',
  an: 'year',
  ans: 'year',
  année: 'year',
  années: 'year',
};

const ADJECTIVES: Record<string, Unit> = {
  annuel: 'year',
  annuels: 'year',
  annuelle: 'year',
  annuelles: 'year',
  mensuel: 'month',
  mensuels: 'month',
  mensuelle: 'month',
  mensuelles: 'month',
  hebdomadaire: 'week',
  hebdomadaires: 'week',
};

const ALL_WEEKDAYS = { ...WEEKDAYS, ...WEEKDAYS_PLURAL };

export const set: Parser = {
  name: 'fr/set',
  pattern: rule(
    `(?:chaque|tous${SP}les|toutes${SP}les)${SP}(?:(?<n>${NUMBER})${SP})?(?:(?<weekday>${alternation(Object.keys(ALL_WEEKDAYS))})|(?<unit>${alternation(Object.keys(SET_UNITS))}))` +
      `|(?<=par[\\s\\u00a0\\u202f])(?<per>an|jour|semaine|mois|année|semestre|trimestre)` +
      `|(?<adj>${alternation(Object.keys(ADJECTIVES))})` +
      `|(?<plural>${alternation(Object.keys(WEEKDAYS_PLURAL))})`,
  ),
  extract(match) {
    const g = match.groups ?? {};
    const wd = lookup(ALL_WEEKDAYS, g.weekday ?? g.plural);
    if (wd !== undefined) {
      if (g.plural && !/s$/i.test(g.plural)) return null;
      return { type: 'SET', weekday: wd, set: { quant: g.plural ? undefined : 'EACH' } };
    }
    const unit = lookup(SET_UNITS, g.unit ?? g.per) ?? lookup(ADJECTIVES, g.adj);
    if (!unit) return null;
    const amount = g.n ? parseNumber(g.n, FR_NUMBERS) : 1;
    if (amount === null) return null;
    const reading: Reading = {
      type: 'SET',
      duration: { unit, amount },
      set: { quant: g.per ? undefined : 'EACH' },
    };
    return reading;
  },
};
