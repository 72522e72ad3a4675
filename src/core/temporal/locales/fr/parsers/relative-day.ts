// Days named from the publication date: « aujourd'hui », « hier », « demain », « avant-hier »,
// « aujourd'hui vendredi »; « ce soir », « ce matin », « cette nuit » (today + part of day);
// and days named from the last date of the narrative: « le lendemain », « la veille », « le jour même ».

import { parseNumber } from '../../../numbers';
import { alternation, lookup, rule } from '../../../regex';
import type { Parser } from '../../../types';
import { CHAINED_DAYS, FR_NUMBERS, PARTS_OF_DAY, RELATIVE_DAYS } from '../constants';
import { NUMBER, PART_OF_DAY, SP, SP0, WEEKDAY } from '../patterns';

export const relativeDay: Parser = {
  name: 'fr/relative-day',
  pattern: rule(`(?<word>${alternation(Object.keys(RELATIVE_DAYS))})(?:${SP}(?<weekday>${WEEKDAY}))?`),
  extract(match, text) {
    const offset = lookup(RELATIVE_DAYS, match.groups?.word);
    if (offset === undefined) return null;
    // A detached « Aujourd'hui, la ville a changé » frames the present against the past (nowadays): PRESENT_REF.
    // As a complement of its verb (« se rend aujourd'hui au centre ») it dates the event: the publication day.
    // Detached means set off on both sides: « Aujourd'hui, … » or « …, aujourd'hui, … », not « dans le pays
    // aujourd'hui, a déclaré M. Guterres » (the comma there opens the reporting clause).
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 2);
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    const detachedBefore = match.index === 0 || /(?:[,.;:!?«\n]|^)[\s\u00a0]*$/u.test(before);
    if (offset === 0 && !match.groups?.weekday && detachedBefore && /^[\s\u00a0]?,/u.test(after)) {
      return { type: 'TIME', ref: 'PRESENT_REF' };
    }
    return { type: 'DATE', shift: { unit: 'day', offset } };
  },
};

export const thisPartOfDay: Parser = {
  name: 'fr/this-part-of-day',
  pattern: rule(`(?:ce|cet|cette)${SP}(?<pod>${PART_OF_DAY})(?:-là|${SP}même)?`),
  extract(match) {
    const pod = lookup(PARTS_OF_DAY, match.groups?.pod);
    if (!pod || pod === 'DT') return null;
    return { type: 'TIME', shift: { unit: 'day', offset: 0 }, partOfDay: pod };
  },
};

export const chainedDay: Parser = {
  name: 'fr/chained-day',
  pattern: rule(`(?<word>${alternation(Object.keys(CHAINED_DAYS))})(?:${SP}(?<pod>${PART_OF_DAY}))?`),
  extract(match, text) {
    let offset = lookup(CHAINED_DAYS, match.groups?.word);
    if (offset === undefined) return null;
    // « Au lendemain de la défaite, les Bleus se sont entraînés »: the day after an event the text does not date
    // is the day it is telling (the event was the day before), not a day after that.
    const end = match.index + match[0].length;
    if (
      offset === 1 &&
      /(?:^|[^\p{L}])au[\s\u00a0]+$/iu.test(text.slice(Math.max(0, match.index - 4), match.index)) &&
      /^[\s\u00a0]+(?:(?:de|du|des)[\s\u00a0]+|d['’])(?![\s\u00a0]*\d)/iu.test(text.slice(end, end + 12))
    )
      offset = 0;
    const pod = lookup(PARTS_OF_DAY, match.groups?.pod);
    return pod
      ? { type: 'TIME', shift: { unit: 'day', offset }, anchor: 'previous', partOfDay: pod }
      : { type: 'DATE', shift: { unit: 'day', offset }, anchor: 'previous' };
  },
};

// A countdown names the day it is written: « à huit jours du premier tour », « J-8 pour le premier tour »,
// « à J-3 du scrutin » — the publication day (or the day narrated), not the event counted down to.
// « à deux jours de marche » is a distance, not a date.
export const countdown: Parser = {
  name: 'fr/countdown',
  pattern: rule(
    `(?:(?<j>J${SP0}[-−–]${SP0}\\d{1,3})(?![\\d\\p{L}])|à${SP}(?<n>${NUMBER})${SP}jours?(?=${SP}(?:(?:du|de|des)(?![\\p{L}])|d['’])))`,
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    if (g.n) {
      const n = parseNumber(g.n, FR_NUMBERS);
      if (n === null || !Number.isInteger(n) || n < 1) return null;
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
      if (
        /^[\s\u00a0]*(?:de|d['’])[\s\u00a0]*(?:marche|route|navigation|voyage|train|vol|mer)(?![\p{L}])/iu.test(
          after,
        )
      )
        return null;
    }
    return { type: 'DATE', shift: { unit: 'day', offset: 0 } };
  },
};
