// detectLanguage: a small stopword scorer. Counts frequent function words of each language (words that are
// not also words of the other: « a », "on" are left out) and returns the language with more hits; French on a tie
// of non-zero scores is not special-cased — ties and empty text fall back to English.

import type { Lang } from '../../shared/timeline';

const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'le',
    'la',
    'les',
    'des',
    'du',
    'de',
    'et',
    'est',
    'une',
    'un',
    'dans',
    'pour',
    'que',
    'qui',
    'pas',
    'sur',
    'au',
    'aux',
    'avec',
    'ce',
    'cette',
    'il',
    'elle',
    'ils',
    'sont',
    'été',
    'ont',
    'mais',
    'par',
    'plus',
    'son',
    'sa',
    'ses',
    'leur',
    'nous',
    'vous',
    'selon',
    'après',
    'aussi',
    'depuis',
    "l'",
    "d'",
    "qu'",
    "n'",
    'à',
  ]),
  en: new Set([
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'was',
    'for',
    'that',
    'with',
    'it',
    'he',
    'she',
    'by',
    'at',
    'from',
    'has',
    'have',
    'had',
    'be',
    'are',
    'were',
    'this',
    'which',
    'but',
    'not',
    'they',
    'his',
    'her',
    'their',
    'will',
    'would',
    'said',
    'after',
    'also',
    'been',
    'than',
    'an',
    'or',
    'its',
  ]),
};

export function detectLanguage(text: string): Lang {
  let fr = 0;
  let en = 0;
  const words =
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}]+'?/gu) ?? [];
  for (const w of words) {
    if (STOPWORDS.fr.has(w)) fr++;
    if (STOPWORDS.en.has(w)) en++;
  }
  return fr > en ? 'fr' : 'en';
}
