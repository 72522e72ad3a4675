// Parts of day: « soir », « la nuit », « dans la soirée », « fin d'après-midi », « le matin ». Alone, a part of day
// belongs to the day the text is talking about; after a day (« mardi soir », « hier en début d'après-midi ») the
// merge refiner joins them into one TIME. « midi » / « minuit » are clock times.

import { lookup, rule } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { PARTS_OF_DAY, POSITION_MODS, WEEKDAYS } from '../constants';
import { APOS, PART_OF_DAY, SP, SP0, WEEKDAY } from '../patterns';

export const partOfDay: Parser = {
  name: 'fr/part-of-day',
  pattern: rule(
    `la${SP}nuit${SP}(?:de|du)${SP}(?<from>${WEEKDAY})${SP}(?:à|au)${SP}(?<to>${WEEKDAY})` +
      `|(?:(?<pos>début|fin|milieu)${SP}(?:de${SP}|d${APOS}${SP0}))?(?:(?<det>la|le|l${APOS})${SP0})?(?<pod>${PART_OF_DAY})(?:${SP}même)?` +
      `|(?<clock>midi|minuit)|(?<adjective>nocturnes?)`,
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    // « la nuit de lundi à mardi »: the night that starts on the Monday.
    const from = lookup(WEEKDAYS, g.from);
    if (from !== undefined) return { type: 'TIME', weekday: from, partOfDay: 'NI' };
    if (g.clock) {
      // « le Midi » (the South of France) is a name, unless it opens a sentence.
      if (
        /^M/.test(g.clock) &&
        !/(?:^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, match.index - 3), match.index))
      )
        return null;
      return { type: 'TIME', hour: g.clock.toLowerCase() === 'midi' ? 12 : 0, minute: 0 };
    }
    // « une attaque nocturne »: at night, on no particular day (TNI).
    if (g.adjective) return { type: 'TIME', partOfDay: 'NI', generic: true };
    const pod = lookup(PARTS_OF_DAY, g.pod);
    if (!pod || pod === 'DT') return null;
    // « l'après-midi » in « tout l'après-midi » is still a part of day; « un soir » is not anchored: skip.
    const before = text.slice(Math.max(0, match.index - 4), match.index);
    if (/\b(?:un|une)\s$/iu.test(before)) return null;
    // « Soirée théâtre », « matinée portes ouvertes »: without an article, only the short words are times.
    if (!g.det && !g.pos && /^(?:soirée|matinée)$/iu.test(g.pod)) return null;
    const reading: Reading = { type: 'TIME', partOfDay: pod };
    const pos = lookup(POSITION_MODS, g.pos);
    if (pos) reading.mod = pos;
    return reading;
  },
};
