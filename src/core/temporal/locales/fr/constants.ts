// French lexicon: every word the French parsers know, in one place. Keys are normalised (lower case,
// straight apostrophe, single spaces); regexes are built from them by ../../regex.ts, longest first.

import type { NumberTable } from '../../numbers';
import type { PartOfDay, Season, Unit } from '../../types';

export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  janv: 1,
  février: 2,
  fevrier: 2,
  févr: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  décembre: 12,
  decembre: 12,
  déc: 12,
};

/** Full month names only: abbreviations are too ambiguous without a day number (« sept » = seven). */
export const MONTHS_FULL: readonly string[] = Object.keys(MONTHS).filter(
  (m) => m.length > 4 || m === 'mars' || m === 'mai' || m === 'juin' || m === 'août' || m === 'aout',
);

export const WEEKDAYS: Readonly<Record<string, number>> = {
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
};

export const WEEKDAYS_PLURAL: Readonly<Record<string, number>> = {
  lundis: 1,
  mardis: 2,
  mercredis: 3,
  jeudis: 4,
  vendredis: 5,
  samedis: 6,
  dimanches: 7,
};

export const SEASONS: Readonly<Record<string, Season>> = {
  printemps: 'SP',
  été: 'SU',
  ete: 'SU',
  automne: 'FA',
  hiver: 'WI',
};

export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  matin: 'MO',
  matinée: 'MO',
  'après-midi': 'AF',
  'apres-midi': 'AF',
  soir: 'EV',
  soirée: 'EV',
  nuit: 'NI',
  journée: 'DT',
};

/** Directions written after the noun: « mardi dernier », « juin prochain », « 13 avril prochains ». */
export const DIRECTIONS: Readonly<Record<string, 'past' | 'future'>> = {
  dernier: 'past',
  dernière: 'past',
  derniers: 'past',
  dernières: 'past',
  passé: 'past',
  passée: 'past',
  précédent: 'past',
  précédente: 'past',
  prochain: 'future',
  prochaine: 'future',
  prochains: 'future',
  prochaines: 'future',
  suivant: 'future',
  suivante: 'future',
  'à venir': 'future',
};

/** Demonstratives: « ce mardi », « cette année », « cet hiver ». */
export const THIS_WORDS: readonly string[] = ['ce', 'cet', 'cette'];

/** Calendar units as nouns, singular and plural. */
export const UNITS: Readonly<Record<string, Unit>> = {
  minute: 'minute',
  minutes: 'minute',
  heure: 'hour',
  heures: 'hour',
  jour: 'day',
  jours: 'day',
  journée: 'day',
  journées: 'day',
  semaine: 'week',
  semaines: 'week',
  mois: 'month',
  trimestre: 'quarter',
  trimestres: 'quarter',
  semestre: 'half',
  semestres: 'half',
  an: 'year',
  ans: 'year',
  année: 'year',
  années: 'year',
  décennie: 'decade',
  décennies: 'decade',
  siècle: 'century',
  siècles: 'century',
};

/** Units for durations, with seconds kept apart (PTnS). */
export const DURATION_UNITS: Readonly<Record<string, Unit>> = {
  ...UNITS,
  seconde: 'second',
  secondes: 'second',
  h: 'hour',
  min: 'minute',
};

/** Nouns that are durations by themselves: « quinquennat » → P5Y. */
export const DURATION_NOUNS: Readonly<Record<string, { unit: Unit; amount: number }>> = {
  quinquennat: { unit: 'year', amount: 5 },
  septennat: { unit: 'year', amount: 7 },
  'demi-siècle': { unit: 'year', amount: 50 },
  'quart de siècle': { unit: 'year', amount: 25 },
  'demi-heure': { unit: 'minute', amount: 30 },
  "quart d'heure": { unit: 'minute', amount: 15 },
  décennie: { unit: 'decade', amount: 1 },
  'bonne décennie': { unit: 'decade', amount: 1 },
};

/** Vague quantities: « plusieurs jours » → PXD. */
export const VAGUE_QUANTITIES: readonly string[] = [
  'plusieurs',
  'quelques',
  'des',
  'de nombreux',
  'de nombreuses',
  'nombreux',
  'nombreuses',
  'certains',
  'certaines',
];

/** Words before a duration that set its mod, kept inside the extent as in French TimeBank (« plus de vingt ans »). */
export const DURATION_MODS: Readonly<
  Record<string, 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS'>
> = {
  environ: 'APPROX',
  'près de': 'APPROX',
  'pres de': 'APPROX',
  quelque: 'APPROX',
  'plus de': 'MORE_THAN',
  'moins de': 'LESS_THAN',
  'au moins': 'EQUAL_OR_MORE',
  'au plus': 'EQUAL_OR_LESS',
  'pas plus de': 'EQUAL_OR_LESS',
};

/** Position words for « début / fin / mi- » and what TIMEX3 mod they give. */
export const POSITION_MODS: Readonly<Record<string, 'START' | 'MID' | 'END'>> = {
  début: 'START',
  debut: 'START',
  commencement: 'START',
  milieu: 'MID',
  mi: 'MID',
  fin: 'END',
};

/** « le premier semestre », « le troisième trimestre ». */
export const ORDINALS: Readonly<Record<string, number>> = {
  premier: 1,
  première: 1,
  '1er': 1,
  '1re': 1,
  second: 2,
  seconde: 2,
  deuxième: 2,
  '2e': 2,
  '2ème': 2,
  troisième: 3,
  '3e': 3,
  '3ème': 3,
  quatrième: 4,
  '4e': 4,
  '4ème': 4,
};

/** Relative day words, with their offset from the anchor day. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  "aujourd'hui": 0,
  hier: -1,
  'avant-hier': -2,
  demain: 1,
  'après-demain': 2,
};

/** Day words counted from the last date of the narrative (« le lendemain »). */
export const CHAINED_DAYS: Readonly<Record<string, number>> = {
  'le lendemain': 1,
  lendemain: 1,
  'la veille': -1,
  "l'avant-veille": -2,
  'le surlendemain': 2,
  'le même jour': 0,
  'le jour même': 0,
  'ce même jour': 0,
};

/** Words for now, the past, the future (TIMEX3 …_REF). French TimeBank types them TIME. */
export const REFS: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  actuellement: 'PRESENT_REF',
  maintenant: 'PRESENT_REF',
  désormais: 'PRESENT_REF',
  'à présent': 'PRESENT_REF',
  "pour l'instant": 'PRESENT_REF',
  'pour le moment': 'PRESENT_REF',
  "à l'heure actuelle": 'PRESENT_REF',
  "à l'heure qu'il est": 'PRESENT_REF',
  'de nos jours': 'PRESENT_REF',
  'en ce moment': 'PRESENT_REF',
  actuel: 'PRESENT_REF',
  actuelle: 'PRESENT_REF',
  actuels: 'PRESENT_REF',
  actuelles: 'PRESENT_REF',
  récemment: 'PAST_REF',
  dernièrement: 'PAST_REF',
  auparavant: 'PAST_REF',
  autrefois: 'PAST_REF',
  jadis: 'PAST_REF',
  naguère: 'PAST_REF',
  nouvellement: 'PAST_REF',
  "l'avenir": 'FUTURE_REF',
  avenir: 'FUTURE_REF',
  'le futur': 'FUTURE_REF',
  prochainement: 'FUTURE_REF',
  bientôt: 'FUTURE_REF',
  'une date ultérieure': 'FUTURE_REF',
};

/** Nouns that, after a number, make it a quantity and not a date or time (« 12 millions », « 300 kilomètres »). */
export const QUANTITY_NOUNS: readonly string[] = [
  'millions',
  'million',
  'milliards',
  'milliard',
  'mille',
  'km',
  'kilomètres',
  'kilometres',
  'mètres',
  'm',
  'kg',
  'kilos',
  'tonnes',
  'euros',
  'francs',
  'dollars',
  'livres',
  'personnes',
  'habitants',
  'morts',
  'blessés',
  'victimes',
  'soldats',
  'hommes',
  'femmes',
  'enfants',
  'exemplaires',
  'voix',
  'sièges',
  'points',
  'places',
  'pages',
  'membres',
  'salariés',
  'emplois',
  'postes',
  'habitations',
  'logements',
  'véhicules',
  'avions',
];

export const FR_NUMBERS: NumberTable = {
  words: {
    zéro: 0,
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    vingts: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    'quatre-vingt': 80,
    'quatre-vingts': 80,
  },
  multipliers: { cent: 100, cents: 100, mille: 1000 },
  joiners: ['et'],
};
