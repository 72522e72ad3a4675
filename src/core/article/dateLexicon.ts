// Words a publication line is made of, per language. Month names map to their number; abbreviations
// are listed with and without the final dot so « janv. » and "Jan." both match.

export const MONTHS_FR: Readonly<Record<string, number>> = {
  janvier: 1,
  janv: 1,
  février: 2,
  fevrier: 2,
  févr: 2,
  fevr: 2,
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
  dec: 12,
};

export const MONTHS_EN: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const MONTHS: Readonly<Record<string, number>> = { ...MONTHS_FR, ...MONTHS_EN };

export const WEEKDAYS: readonly string[] = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
];

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

/** Alternation of `words`, longest first so « mis à jour le » wins over « mis à jour ». */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
