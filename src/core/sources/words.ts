// What a claim says, as keys that two articles in two languages can share: names (« Moscou » and "Moscow" →
// `n:moscow`, « Russie » and "Russia" → `n:RU`), happening words (« obsèques », "funeral" → `c:funeral`),
// numbers (`#264`) and, between two articles of the same language, Snowball stems (`s:deliber`). The date
// expressions are cut out first: two claims never match because they share « mardi ».

import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemFr } from '@orama/stemmers/french';
import type { Lang } from '../../shared/timeline';
import { CLAIM_LEXICONS } from '../timeline/lexicon';
import { COUNTRY_CODES } from './countries';
import { CONCEPTS, NAME_KEYS } from './lexicon';

export type KeyKind = 'name' | 'concept' | 'number' | 'stem';
/** How much one shared key says, before its rarity in the cluster is weighed in. */
export const KIND_WEIGHT: Readonly<Record<KeyKind, number>> = { name: 3, concept: 2, number: 2, stem: 1 };

export function kindOf(key: string): KeyKind {
  return key[0] === 'n' ? 'name' : key[0] === 'c' ? 'concept' : key[0] === '#' ? 'number' : 'stem';
}

const STEM: Record<Lang, (w: string) => string> = { fr: stemFr, en: stemEn };
const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Lower case, no accents, straight apostrophes: « Moscou » → moscou, « d’Amérique » → d'amerique. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/gu, "'").toLowerCase();
}

const foldedTokens = (s: string): string[] => [...s.matchAll(TOKEN)].map((m) => fold(unPossess(m[0])));

/** "Korea's" → Korea, « l’ONU » → ONU, « d’Antonio » → Antonio: a possessive or an elision is the same word. */
const unPossess = (raw: string) =>
  raw.replace(/['’]s$/u, '').replace(/^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu, '');

/** Folded phrases of up to 4 tokens (« etats-unis d'amerique », "st peter's") → name key; acronyms by case. */
const PHRASES = new Map<string, { key: string; caps?: string }>();
let longestPhrase = 1;
function addPhrase(phrase: string, key: string): void {
  const tokens = foldedTokens(phrase);
  if (tokens.length === 0 || tokens.length > 4) return;
  longestPhrase = Math.max(longestPhrase, tokens.length);
  const joined = tokens.join(' ');
  const acronym = phrase === phrase.toUpperCase() && /\p{Lu}/u.test(phrase);
  const caps = [...phrase.matchAll(TOKEN)].map((m) => unPossess(m[0])).join(' ');
  if (!PHRASES.has(joined)) PHRASES.set(joined, { key: `n:${key}`, ...(acronym ? { caps } : {}) });
}
for (const [key, names] of Object.entries(NAME_KEYS)) for (const n of names) addPhrase(n, key);
for (const [name, code] of COUNTRY_CODES) addPhrase(name, code);

/** Per language: folded stem → concept keys (a stem may carry two: "fire"). */
const CONCEPT_STEMS: Record<Lang, Map<string, string[]>> = { fr: new Map(), en: new Map() };
for (const [key, words] of Object.entries(CONCEPTS)) {
  for (const lang of ['fr', 'en'] as const) {
    for (const w of words[lang]) {
      const stem = fold(STEM[lang](w.toLowerCase()));
      const keys = CONCEPT_STEMS[lang].get(stem) ?? [];
      if (!keys.includes(`c:${key}`)) keys.push(`c:${key}`);
      CONCEPT_STEMS[lang].set(stem, keys);
    }
  }
}

const STOP: Record<Lang, Set<string>> = {
  fr: new Set([...CLAIM_LEXICONS.fr.STOP, ...CLAIM_LEXICONS.fr.FILLERS].map(fold)),
  en: new Set([...CLAIM_LEXICONS.en.STOP, ...CLAIM_LEXICONS.en.FILLERS].map(fold)),
};

export interface Cut {
  start: number;
  end: number;
}

/**
 * The keys of `text` between `start` and `end`, the date expressions (`cuts`, offsets into `text`) left out.
 * A capitalised word is a name (`n:`); at a sentence's start it is also a stem, in a headline only a stem.
 */
export function claimKeys(text: string, span: Cut, cuts: Cut[], lang: Lang): Set<string> {
  let part = '';
  let at = span.start;
  for (const c of [...cuts].sort((a, b) => a.start - b.start)) {
    if (c.end <= span.start || c.start >= span.end) continue;
    part += text.slice(at, Math.max(at, c.start)) + ' · ';
    at = Math.max(at, c.end);
  }
  part += text.slice(at, span.end);
  return keysOf(part, lang);
}

export function keysOf(part: string, lang: Lang): Set<string> {
  const tokens = [...part.matchAll(TOKEN)].map((m) => {
    const raw = unPossess(m[0]);
    const before = part.slice(Math.max(0, m.index - 3), m.index);
    return { raw, folded: fold(raw), initial: /(^|[.!?«"“:—–-]\s*|\n\s*)$/u.test(before) };
  });
  // A headline capitalises nearly every word ("Funeral Set For Saturday: What Happens Next"): its capitals say
  // nothing of names. A sentence full of names still has its little words in lower case.
  const words = tokens.filter((t) => /^\p{L}/u.test(t.raw) && t.raw.length >= 2);
  const headline =
    words.length >= 3 && words.filter((t) => /^\p{Lu}/u.test(t.raw)).length >= 0.8 * words.length;
  const keys = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    let used = 0;
    for (let n = Math.min(longestPhrase, tokens.length - i); n >= 1 && !used; n--) {
      const slice = tokens.slice(i, i + n);
      const hit = PHRASES.get(slice.map((t) => t.folded).join(' '));
      if (hit && (!hit.caps || slice.map((t) => t.raw).join(' ') === hit.caps)) {
        keys.add(hit.key);
        used = n;
      }
    }
    if (used) {
      i += used - 1;
      continue;
    }
    const { raw, folded, initial } = tokens[i];
    if (/^\p{N}/u.test(raw)) {
      keys.add(`#${folded}`);
      continue;
    }
    if (folded.length < 3 || STOP[lang].has(folded)) continue;
    const stem = fold(STEM[lang](raw.toLowerCase()));
    const concepts = CONCEPT_STEMS[lang].get(stem);
    if (concepts) {
      for (const c of concepts) keys.add(c);
      continue;
    }
    const capital = /^\p{Lu}/u.test(raw);
    if (capital && ((!initial && !headline) || /^\p{Lu}{2,}$/u.test(raw))) keys.add(`n:${folded}`);
    else if (capital && initial && !headline) {
      // « Guterres a été reçu… »: a sentence's first word may be a name; it counts as both.
      keys.add(`n:${folded}`);
      keys.add(`s:${stem}`);
    } else keys.add(`s:${stem}`);
  }
  return keys;
}
