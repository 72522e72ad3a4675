// The tense of the clause around a French date: the verb cue nearest to the mention in its sentence.
//   « se rendra à Moscou mardi »       → future « se rendra »   (simple future: stem + -ra/-ront)
//   « a demandé mardi »                → past « a demandé »      (passé composé: auxiliary + participle)
//   « il espérait », « ils venaient »  → past                    (imparfait)
//   « devrait se rendre », « va voter » → future                 (conditional, futur proche, « doit »)
//   « Guterres à Moscou mardi » (headline line, no verb) → present (upcoming)
// Only the sentence holding the mention is read; the nearest cue by distance wins.

import type { Tense } from '../../types';

interface Cue {
  start: number;
  end: number;
  tense: Tense;
}

const WORD = /[\p{L}’'-]+/gu;

/** Words ending like a future or conditional but that are nouns or adjectives (« vrai », « front », « portrait »). */
const NOT_VERBS = new Set([
  'vrai',
  'front',
  'affront',
  'sierra',
  'tiara',
  'extra',
  'ultra',
  'contra',
  'bras',
  'gras',
  'tiras',
]);

const AUX_PAST = new Set([
  'a',
  'ont',
  'avait',
  'avaient',
  'avons',
  'avez',
  'ai',
  'as',
  'eut',
  'eurent',
  'aurait',
  'auraient',
]);
const ETRE = new Set(['est', 'sont', 'était', 'étaient', 'fut', 'furent', 'sera', 'seront', 'serait']);
const FUTURE_WORDS = new Set([
  'prochain',
  'prochaine',
  'prochains',
  'prochaines',
  'prévu',
  'prévue',
  'prévus',
  'prévues',
  'doit',
  'doivent',
  'devra',
  'devront',
  'devrait',
  'devraient',
  'envisage',
  'projette',
  'compte',
]);
const NEAR_FUTURE = new Set(['va', 'vont', 'allait', 'allaient']);
const PAST_WORDS = new Set([
  'dernier',
  'dernière',
  'derniers',
  'dernières',
  'fut',
  'furent',
  'eut',
  'eurent',
  'passé',
  'passée',
]);
const IMPARFAIT_NOUNS = new Set([
  'fait',
  'lait',
  'trait',
  'portrait',
  'souhait',
  'retrait',
  'extrait',
  'attrait',
  'forfait',
  'bienfait',
  'méfait',
  'parfait',
  'satisfait',
  'abstrait',
  'distrait',
  'surfait',
  'jamais',
]);

/** Simple future (parlera, prendra, pourra, aura, ira) and conditional (serait, devrait): the -r- of the future stem. */
const FUTURE_ENDING = /(?:[eidv]|rr|au)r(?:a|as|ai|ont)$/u;
const CONDITIONAL_ENDING = /(?:[eidv]|rr|au)r(?:ait|aient|ais)$/u;
const IMPARFAIT_ENDING = /(?:ait|aient)$/u;
const PASSE_SIMPLE_ENDING = /èrent$/u;
const PARTICIPLE = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ert|erte|ort|orte|int|inte|it|ite|ait)$/u;
const INFINITIVE = /(?:er|ir|re|oir)$/u;

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '!' || c === '?') return true;
  if (c !== '.') return false;
  // « M. Guterres », « J.-C. »: a single capital letter before the dot is an abbreviation.
  return !/(?:^|[\s(])\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i));
}

function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isSentenceEnd(text, to)) to++;
  return { from, to };
}

function cuesIn(text: string, from: number, to: number, skip: [number, number]): Cue[] {
  const words: { w: string; lw: string; start: number; end: number }[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    if (m.index >= skip[0] && m.index < skip[1]) continue;
    words.push({
      w: m[0],
      lw: m[0].toLowerCase().replace(/’/g, "'"),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  const cues: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const { w, lw, start, end } = words[i];
    const next = words.slice(i + 1, i + 4);
    const capitalised = /^\p{Lu}/u.test(w) && i > 0;
    const push = (tense: Tense, last = end) => cues.push({ start, end: last, tense });
    if (FUTURE_WORDS.has(lw)) push('future');
    else if (NEAR_FUTURE.has(lw) && next.some((n) => INFINITIVE.test(n.lw))) push('future');
    else if (ETRE.has(lw) && next.some((n) => /^prévue?s?$/.test(n.lw))) push('future');
    else if (
      AUX_PAST.has(lw) &&
      !(lw === 'aurait' || lw === 'auraient') &&
      next.some((n) => PARTICIPLE.test(n.lw))
    ) {
      push('past', next.find((n) => PARTICIPLE.test(n.lw))?.end);
    } else if (AUX_PAST.has(lw) && (lw === 'aurait' || lw === 'auraient'))
      push(next.some((n) => PARTICIPLE.test(n.lw)) ? 'past' : 'future');
    else if (
      (lw === 'est' || lw === 'sont' || lw === 'était' || lw === 'étaient') &&
      next.some((n) => /(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies)$/.test(n.lw))
    )
      push('past');
    else if (ETRE.has(lw) && /^ser/.test(lw)) push('future');
    else if (PAST_WORDS.has(lw)) push('past');
    else if (capitalised || NOT_VERBS.has(lw) || lw.length < 3) continue;
    else if (FUTURE_ENDING.test(lw) || CONDITIONAL_ENDING.test(lw)) push('future');
    else if (PASSE_SIMPLE_ENDING.test(lw)) push('past');
    else if (IMPARFAIT_ENDING.test(lw) && lw.length > 4 && !IMPARFAIT_NOUNS.has(lw)) push('past');
  }
  return cues;
}

/** Locale.tenseAt for French. */
export function frenchTenseAt(
  text: string,
  start: number,
  end: number,
): { tense: Tense; cue: string } | null {
  const { from, to } = sentenceBounds(text, start, end);
  const cues = cuesIn(text, from, to, [start, end]);
  let best: Cue | null = null;
  let bestDistance = Infinity;
  for (const c of cues) {
    const distance = c.end <= start ? start - c.end : c.start - end;
    if (distance >= 0 && distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  if (best) return { tense: best.tense, cue: text.slice(best.start, best.end) };
  // A headline (first line, no final stop) uses the present for what is coming: « X à Moscou mardi ».
  if (from === 0 && to < text.length && text[to] === '\n' && !/[.!?]\s*$/.test(text.slice(from, to))) {
    return { tense: 'present', cue: 'headline' };
  }
  return null;
}
