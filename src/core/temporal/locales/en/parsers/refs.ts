// Vague references to now, the past and the future: "now", "currently", "current (levels)", "these days"
// → PRESENT_REF; "recently", "recent (weeks)", "the past", "previously" → PAST_REF; "the future", "soon",
// "(in the) coming months", "future quarters", "in the near term" → FUTURE_REF.

import { alternation, rule } from '../../../regex';
import type { Parser } from '../../../types';

const REFS: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  now: 'PRESENT_REF',
  'just now': 'PAST_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  presently: 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  recently: 'PAST_REF',
  lately: 'PAST_REF',
  'the past': 'PAST_REF',
  'recent years': 'PAST_REF',
  'recent days': 'PAST_REF',
  'recent weeks': 'PAST_REF',
  'recent months': 'PAST_REF',
  'recent quarters': 'PAST_REF',
  recent: 'PAST_REF',
  'the future': 'FUTURE_REF',
  future: 'FUTURE_REF',
  'coming months': 'FUTURE_REF',
  'coming years': 'FUTURE_REF',
  'coming weeks': 'FUTURE_REF',
  'coming days': 'FUTURE_REF',
  'coming quarters': 'FUTURE_REF',
  'future quarters': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'a later date': 'FUTURE_REF',
  'a future date': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the long term': 'FUTURE_REF',
};

export const refs: Parser = {
  name: 'en/ref',
  pattern: rule(`(?<word>${alternation(Object.keys(REFS))})`),
  extract(m, text) {
    const word = (m.groups?.word ?? '').toLowerCase().replace(/[\s\u00a0]+/g, ' ');
    const ref = REFS[word];
    if (!ref) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    // "current" and "recent" only as adjectives before a noun ("current levels"), not "an electric current",
    // "the current account". The bare adjective "future"
    // ("future earnings") is rarely marked in the corpora; "the future" and "in future" are.
    if (word === 'future' && !/\bin[\s\u00a0]+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)))
      return null;
    if (
      (word === 'current' || word === 'recent') &&
      !/^[\s\u00a0]+(?!account|of\b|and\b)\p{L}/u.test(after)
    ) {
      return null;
    }
    return { type: 'DATE', ref };
  },
};
