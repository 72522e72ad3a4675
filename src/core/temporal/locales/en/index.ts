import type { Locale } from '../../types';

// Placeholder until the English parsers land: finds nothing, reads no tense.
export const en: Locale = {
  lang: 'en',
  parsers: [],
  tenseAt: () => null,
};
