// Words a publication line is made of. Month and weekday names are the temporal locales' own tables;
// the cues that announce a publication or an update are listed here.

import { MONTHS as EN_MONTHS, WEEKDAYS as EN_WEEKDAYS } from '../temporal/locales/en/constants';
import { MONTHS as FR_MONTHS, WEEKDAYS as FR_WEEKDAYS } from '../temporal/locales/fr/constants';

export const MONTHS_FR: Readonly<Record<string, number>> = FR_MONTHS;
export const MONTHS_EN: Readonly<Record<string, number>> = EN_MONTHS;
export const MONTHS: Readonly<Record<string, number>> = { ...MONTHS_FR, ...MONTHS_EN };
export const WEEKDAYS: readonly string[] = [...Object.keys(FR_WEEKDAYS), ...Object.keys(EN_WEEKDAYS)];

/** Which kind of date a header line announces; publication beats a plain dateline, which beats an update. */
export type DateCueKind = 'published' | 'updated';

export interface DateCue {
  kind: DateCueKind;
  lang: 'fr' | 'en';
}

export const CUES: Readonly<Record<string, DateCue>> = {
  'publié le': { kind: 'published', lang: 'fr' },
  publié: { kind: 'published', lang: 'fr' },
  'publiée le': { kind: 'published', lang: 'fr' },
  'mis à jour le': { kind: 'updated', lang: 'fr' },
  'mis à jour': { kind: 'updated', lang: 'fr' },
  'mise à jour le': { kind: 'updated', lang: 'fr' },
  'modifié le': { kind: 'updated', lang: 'fr' },
  'published on': { kind: 'published', lang: 'en' },
  published: { kind: 'published', lang: 'en' },
  'posted on': { kind: 'published', lang: 'en' },
  posted: { kind: 'published', lang: 'en' },
  'first published on': { kind: 'published', lang: 'en' },
  'first published': { kind: 'published', lang: 'en' },
  'updated on': { kind: 'updated', lang: 'en' },
  updated: { kind: 'updated', lang: 'en' },
  'last updated': { kind: 'updated', lang: 'en' },
  'last modified': { kind: 'updated', lang: 'en' },
  date: { kind: 'published', lang: 'en' },
};
