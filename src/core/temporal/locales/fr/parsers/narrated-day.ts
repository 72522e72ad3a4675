// The day being told, named without its date: « dans la journée », « en fin de journée », « plus tôt dans la
// journée », « le jour même », « ce jour-là », « cette journée ». It is the last day named before it (a
// narrative moves its own day), else the publication day — the pipeline's chained anchor.

import { rule } from '../../../regex';
import type { Parser, Reading } from '../../../types';
import { SP } from '../patterns';

const DAY = `(?:la${SP})?journée`;

export const narratedDay: Parser = {
  name: 'fr/narrated-day',
  pattern: rule(
    `(?<pos>(?:en|à${SP}la)${SP}(?:fin|début)${SP}de${SP}${DAY})` +
      `|(?<rel>(?:plus${SP}tôt|plus${SP}tard|tôt|tard)${SP}dans${SP}la${SP}journée)` +
      `|(?<in>dans${SP}la${SP}journée)` +
      `|(?<same>le${SP}jour${SP}même|ce${SP}jour-là|ce${SP}même${SP}jour|(?<this>cette${SP}journée|ce${SP}jour)(?![\\p{L}-]))`,
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    // « ce jour », « cette journée » are the day told only as a time adverbial, not « ce jour de fête est … »
    // followed by « de » / « où » (a noun phrase naming a day by what happens on it).
    if (
      g.this &&
      /^[\s\u00a0]+(?:de|d['’]|où|qui|que)\b/iu.test(
        text.slice(match.index + match[0].length, match.index + match[0].length + 6),
      )
    )
      return null;
    const reading: Reading = { type: 'DATE', shift: { unit: 'day', offset: 0 }, anchor: 'previous' };
    if (g.pos) reading.mod = /début/iu.test(g.pos) ? 'START' : 'END';
    return reading;
  },
};
