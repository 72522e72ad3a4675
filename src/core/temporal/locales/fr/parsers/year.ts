// Years: « en 2015 », « depuis 1945 », « l'année 2001 », « l'an 2000 », and two-digit years after « en »
// (« en 97 »). A four-digit number is a year only in 1000–2099 and when it is not a quantity: not
// « 2000 personnes », not « 12 000 », not « 15 % », not a model number after a name (« Boeing 737 », « Airbus A320 »).

import { rule } from '../../../regex';
import type { Parser } from '../../../types';
import { APOS, NOT_QUANTITY, SP, SP0 } from '../patterns';

export const year: Parser = {
  name: 'fr/year',
  pattern: rule(
    `(?:(?:l${APOS}${SP0}an|l${APOS}${SP0}année|année)${SP})?(?<year>1\\d{3}|20\\d{2})(?!\\d)${NOT_QUANTITY}` +
      `|(?<=(?:en|fin|début|depuis)[\\s\\u00a0\\u202f])${APOS}?(?<short>[4-9]\\d)(?!\\d)(?![\\s\\u00a0]*(?:[%\\p{L}\\d]))`,
  ),
  extract(match, text) {
    const g = match.groups ?? {};
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    // Thousands groups and model names: « 12 2000 », « Boeing 2000 », « n° 1999 ».
    if (/\d[\s\u00a0\u202f]*$/u.test(before)) return null;
    // « la résolution 1405 », « l'article 1240 », « n° 1999 », « vol 1502 »: identifiers, not years.
    if (
      /(?:n°|no|numéro|résolution|article|page|pages|vol|route|ligne|chapitre|alinéa|version|modèle|salle|chambre|code)[\s\u00a0]*$/iu.test(
        before,
      )
    )
      return null;
    if (
      /[\p{Lu}][\p{L}]*[\s\u00a0]$/u.test(before) &&
      !/(?:^|[.!?\n]\s*)[\p{Lu}][\p{L}]*[\s\u00a0]$/u.test(before)
    ) {
      const word = /([\p{L}]+)[\s\u00a0]$/u.exec(before)?.[1] ?? '';
      if (
        !/^(?:en|depuis|dès|de|fin|début|mi|printemps|été|automne|hiver|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/iu.test(
          word,
        )
      )
        return null;
    }
    if (g.short) return { type: 'DATE', year: Number(g.short), yearTwoDigits: true };
    return { type: 'DATE', year: Number(g.year) };
  },
};
