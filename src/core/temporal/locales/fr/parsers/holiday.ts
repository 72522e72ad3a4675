// Jours fériés et fêtes : « Noël », « le jour de l'An », « la Saint-Sylvestre », « la Toussaint », « le 11-Novembre »,
// « le 14-Juillet », « la fête du Travail » ; et les fêtes mobiles comptées depuis Pâques (calendrier commun,
// holidays.ts) : « Pâques », « le lundi de Pâques », « le vendredi saint », « l'Ascension », « la Pentecôte »,
// « la Pâque orthodoxe ». « Noël dernier », « à Pâques prochain », « Pâques 2019 » : direction ou année écrite.

import { alternation, lookup, rule, SP } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { DIRECTIONS } from '../constants';
import { DIRECTION } from '../patterns';

const FIXED: Record<string, [number, number]> = {
  noël: [12, 25],
  'jour de noël': [12, 25],
  'veille de noël': [12, 24],
  'réveillon de noël': [12, 24],
  "jour de l'an": [1, 1],
  'jour de l’an': [1, 1],
  'nouvel an': [1, 1],
  'saint-sylvestre': [12, 31],
  'réveillon du nouvel an': [12, 31],
  'réveillon de la saint-sylvestre': [12, 31],
  toussaint: [11, 1],
  '11-novembre': [11, 11],
  '14-juillet': [7, 14],
  '8-mai': [5, 8],
  '1er-mai': [5, 1],
  'fête du travail': [5, 1],
  'fête nationale': [7, 14],
  assomption: [8, 15],
  'saint-valentin': [2, 14],
  halloween: [10, 31],
};

const EASTER: Record<string, { offset: number; orthodox?: boolean }> = {
  pâques: { offset: 0 },
  'dimanche de pâques': { offset: 0 },
  'lundi de pâques': { offset: 1 },
  'vendredi saint': { offset: -2 },
  'jeudi saint': { offset: -3 },
  'dimanche des rameaux': { offset: -7 },
  ascension: { offset: 39 },
  "jeudi de l'ascension": { offset: 39 },
  'jeudi de l’ascension': { offset: 39 },
  pentecôte: { offset: 49 },
  'lundi de pentecôte': { offset: 50 },
  'pâque orthodoxe': { offset: 0, orthodox: true },
  'pâques orthodoxe': { offset: 0, orthodox: true },
  'pâques orthodoxes': { offset: 0, orthodox: true },
};

export const holiday: Parser = {
  name: 'fr/holiday',
  pattern: rule(
    `(?<name>${alternation([...Object.keys(FIXED), ...Object.keys(EASTER)])})(?:${SP}(?<dir>${DIRECTION}))?(?:${SP}(?<year>1\\d{3}|20\\d{2})(?!\\d))?`,
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const key = g.name.toLowerCase();
    const fixed = lookup(FIXED, key);
    const easter = lookup(EASTER, key);
    if (!fixed && !easter) return null;
    // Names of feasts are capitalised: « l'ascension du Mont-Blanc », « une fête nationale » are not dates.
    if (!/\p{Lu}/u.test(g.name) && !/^\d/u.test(g.name)) return null;
    // « la fête nationale » of another country, « Saint-Sylvestre » as a town: only with an article or « à ».
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    // « l'accord du Vendredi saint », « les vacances de Pâques », « le marché de Noël » name a thing or a period;
    // « le week-end de Pâques », « la veille de Noël », « à Noël » are the feast.
    if (
      /(?:^|\s)(?:de|du|d['’])\s*$/iu.test(before) &&
      !/(?:week-end|pont|veille|lendemain|jour)\s+(?:de|du|d['’])\s*$/iu.test(before)
    )
      return null;
    if (key === 'fête nationale' && !/la\s+$/iu.test(before)) return null;
    const reading: Reading = { type: 'DATE', holidayName: g.name };
    if (fixed) [reading.month, reading.day] = fixed;
    if (easter) reading.easter = easter;
    if (g.year) reading.year = Number(g.year);
    else if (g.dir) {
      const dir = lookup(DIRECTIONS, g.dir);
      if (dir) reading.direction = dir;
    }
    return reading;
  },
};
