// Now, the past, the future: « actuellement », « désormais », « pour l'instant », « à l'heure actuelle » → PRESENT_REF;
// « récemment », « auparavant » → PAST_REF; « l'avenir », « prochainement » → FUTURE_REF. Typed TIME as in French TimeBank.

import { alternation, lookup, rule } from '../../../regex';
import type { Parser } from '../../../types';
import { REFS } from '../constants';

export const ref: Parser = {
  name: 'fr/ref',
  pattern: rule(`(?<word>${alternation(Object.keys(REFS))})`),
  extract(match) {
    const r = lookup(REFS, match.groups?.word);
    return r ? { type: 'TIME', ref: r } : null;
  },
};
