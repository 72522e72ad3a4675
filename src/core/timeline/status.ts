// The status of a claim from its verbs: what the sentence says happened, is planned, was demanded or
// denied. Cues are checked from the strongest to the weakest: « Elle nie avoir ciblé » is a denial
// even though « avoir ciblé » is past; « a appelé à une pause » is a demand even though « a appelé » is past.

import type { EventStatus, Lang } from '../../shared/timeline';
import { CLAIM_LEXICONS, EN_IRREGULAR_PAST, FR_NOT_FUTURE, wordsRegex } from './lexicon';

const cache = new Map<string, RegExp>();
function rx(lang: Lang, key: 'DENIED' | 'DEMANDED' | 'PLANNED' | 'PAST' | 'REPORTING'): RegExp {
  const id = `${lang}/${key}`;
  let r = cache.get(id);
  if (!r) {
    r = wordsRegex(CLAIM_LEXICONS[lang][key]);
    cache.set(id, r);
  }
  return r;
}

const WORD = /[\p{L}’'-]+/gu;

/** French simple future: « se rendra », « rencontrera », « poursuivra », « aura », « seront ». */
export function hasFrenchFuture(text: string): boolean {
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (/^\p{Lu}/u.test(w) && m.index !== 0) continue; // proper nouns: Sahara, Ankara
    const lw = w.toLowerCase();
    if (FR_NOT_FUTURE.has(lw) || lw.length < 3) continue;
    if (
      /^(?:sera|seront|serons|serez|aura|auront|ira|iront|fera|feront|pourra|pourront|devra|devront)$/u.test(
        lw,
      )
    )
      return true;
    // Future stems: -er → rencontrera, -ir → partira, irregular -dr/-vr/-rr/-ttr → rendra, devra, pourra,
    // mettra. Passé simple forms (« rencontra », « déclara ») end in a vowel + ra and stay out.
    if (lw.length >= 4 && /(?:er|ir|dr|vr|rr|ttr|oir|uir|air)(?:ai|as|a|ons|ez|ont)$/u.test(lw)) return true;
  }
  return false;
}

/** French compound past: auxiliary then, within two words, a past participle (« a également appelé »). */
const FR_PASSE_COMPOSE =
  /(?<![\p{L}])(?:ai|as|a|avons|avez|ont|suis|es|est|sommes|êtes|sont|avait|avaient|était|étaient)\s+(?:\p{L}+\s+){0,2}?\p{L}+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erts|ort|ait)(?![\p{L}])/u;

const EN_PAST_RX = wordsRegex(EN_IRREGULAR_PAST);

export function hasPast(text: string, lang: Lang): boolean {
  if (rx(lang, 'PAST').test(text)) return true;
  if (lang === 'fr') return FR_PASSE_COMPOSE.test(text);
  if (EN_PAST_RX.test(text)) return true;
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    if (/^\p{Lu}/u.test(m[0])) continue; // "United Nations"
    if (m[0].length > 4 && /ed$/u.test(m[0]) && !/(?:eed|need)$/u.test(m[0])) return true;
  }
  return false;
}

export function hasFuture(text: string, lang: Lang): boolean {
  if (rx(lang, 'PLANNED').test(text)) return true;
  return lang === 'fr' && hasFrenchFuture(text);
}

/** « a clôturé », « ont été interpellés », "closed", "scrapped": an act told in the past, not a state or a plan
 * (« est prévue », "was scheduled"). */
const FR_ACTED =
  /(?<![\p{L}])(?:a|ont|avait|avaient|avons|avez|ai|as|s['’]est|se\s+sont)\s+(?:\p{L}+\s+)?(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|midi)(?![\p{L}]))\p{L}{2,}(?:é|és|ée|ées|i|is|ie|u|us|ue|ert|ort|int|it)(?![\p{L}])/iu;
const EN_ACTED =
  /(?<![\p{L}])(?<!(?:is|are|was|were|be|been|being)\s+)\p{Ll}{3,}(?<!(?:need|speed|feed|seed|proceed|exceed|succeed|hundred|shed)|schedul|plann|expect|slat|set)ed(?![\p{L}])/u;

function hasActedPast(clause: string, lang: Lang): boolean {
  return lang === 'fr' ? FR_ACTED.test(clause) : EN_ACTED.test(clause) || EN_PAST_RX.test(clause);
}

export interface StatusInput {
  /** The claim without its reporting tail. */
  clause: string;
  /** True when the clause is only a reporting tail (« a déclaré M. Kaneko vendredi »). */
  reportingOnly: boolean;
  lang: Lang;
  /** First day of the event and the publication date, to settle verbless claims. */
  start: string;
  dct: string | null;
}

export function classifyStatus({ clause, reportingOnly, lang, start, dct }: StatusInput): EventStatus {
  if (reportingOnly) return 'reported';
  if (rx(lang, 'DENIED').test(clause)) return 'denied';
  if (rx(lang, 'DEMANDED').test(clause)) return 'demanded';
  // « Le CAC 40, qui a clôturé mardi au plus haut, devrait … »: a day already gone, told with a past verb, happened
  // even when the clause also looks ahead; a future alone keeps it planned (a plan for a day that has passed).
  if (hasFuture(clause, lang))
    return dct && start < dct && hasActedPast(clause, lang) ? 'happened' : 'planned';
  // « reporté à samedi » / "postponed until Saturday": a past verb cannot make a later day happened.
  if (hasPast(clause, lang)) return dct && start > dct ? 'planned' : 'happened';
  if (rx(lang, 'REPORTING').test(clause)) return 'reported';
  // Verbless (« l'invasion de l'Ukraine le 24 février ») or present tense: the calendar decides.
  if (dct && start > dct) return 'planned';
  return 'happened';
}
