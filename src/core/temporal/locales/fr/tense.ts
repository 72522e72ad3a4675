// The tense of the clause around a French date: the verb cue nearest to the mention in its sentence.
//   « se rendra à Moscou mardi »        → future « se rendra »  (simple future: stem + -ra/-ront)
//   « a demandé mardi »                 → past « a demandé »     (passé composé: auxiliary + participle)
//   « il espérait », « ils venaient »   → past                   (imparfait)
//   « devrait se rendre », « va voter » → future                 (conditional, futur proche, « doit »)
//   « les modifications annoncées mercredi » → past               (a participle right next to the date)
//   « Guterres à Moscou mardi » (first sentence, no verb) → present (a headline: upcoming)
// Only the sentence holding the mention is read. The nearest cue wins; a cue across a comma or a « que / qui »
// counts as further away, because it belongs to another clause (« a déclaré mercredi qu'il n'autoriserait pas »).

import type { Tense } from '../../types';

interface Cue {
  start: number;
  end: number;
  tense: Tense;
  /** Weak cues (a lone participle) lose against a real verb at a similar distance. */
  weak?: boolean;
}

interface Word {
  w: string;
  lw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}’'-]+/gu;
const WINDOW = 300;
const CLAUSE_PENALTY = 25;
const WEAK_PENALTY = 12;

/** Words ending like a future or conditional but that are nouns or adjectives (« vrai », « front »). */
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
]);
const AUX_PAST = new Set(['a', 'ont', 'avait', 'avaient', 'avons', 'avez', 'ai', 'as', 'eut', 'eurent']);
const ETRE_PAST = new Set(['est', 'sont', 'était', 'étaient', 'fut', 'furent', 'suis', 'sommes', 'êtes']);
/** Forms of « être » in the present: with a participle they make a passé composé only for the verbs that take
 * « être » (« est arrivé », « s'est rendu »); otherwise a present state or passive (« est fermée mercredi »,
 * « rien n'est fait »), which speaks of now and of what comes. */
const ETRE_PRESENT = new Set(['est', 'sont', 'suis', 'sommes', 'êtes', 'es']);
/** Stems of the verbs conjugated with « être » in the passé composé (and their compounds: revenu, rentré …). */
const ETRE_VERB =
  /^(?:re)?(?:all|arriv|part|ven|entr|sort|mont|descend|n|mort|rest|tomb|deven|retourn|pass|parven|surven|intervenu|décéd|apparu)/u;
const ETRE_FUTURE = new Set(['sera', 'seront', 'serait', 'seraient', 'serons', 'serez']);
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
  'envisage',
  'envisagent',
  'projette',
  'programmé',
  'programmée',
  // « rendez-vous est donné samedi », « ont rendez-vous dimanche matin »: an appointment is ahead.
  'rendez-vous',
]);
/** Verbs that take an infinitive to speak of what comes: « va voter », « peuvent rêver du podium dimanche ». */
const FUTURE_BEFORE_INFINITIVE = new Set([
  'va',
  'vont',
  'allait',
  'allaient',
  'peut',
  'peuvent',
  'compte',
  'comptent',
  'souhaite',
  'souhaitent',
  'veut',
  'veulent',
]);
const PAST_WORDS = new Set(['dernier', 'dernière', 'derniers', 'dernières']);
/** Adverbs that sit between an auxiliary and its participle (« a également appelé », « sont désormais »). */
const ADVERBS = new Set([
  'ainsi',
  'aussi',
  'alors',
  'déjà',
  'également',
  'encore',
  'enfin',
  'ensuite',
  'ici',
  'jamais',
  'pas',
  'plus',
  'toujours',
  'bien',
  'même',
  'souvent',
  'notamment',
  'finalement',
  'récemment',
  'désormais',
  'longtemps',
  'tout',
  'beaucoup',
  'peu',
  'guère',
  'rien',
  'ne',
  'y',
  'en',
  'donc',
  'pourtant',
  'depuis',
  'lui',
  'leur',
  // « aurait, en effet, eu », « a, selon lui, refusé »: a parenthesis between the auxiliary and its participle.
  'effet',
  'selon',
  'elle',
  'eux',
  'apparemment',
  'visiblement',
  'probablement',
  'sans',
  'doute',
]);
const NOT_IMPARFAIT = new Set([
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
]);

/** Simple future (parlera, prendra, pourra, aura, ira) and conditional (serait, devrait): the -r- of the future stem. */
// « fera », « viendra », « devra »; « mettra », « battra », « connaîtra » (-ttr-, -îtr-), not the past « entra ».
const FUTURE_ENDING = /(?:[eidvr]|au|tt|[iî]t)r(?:a|as|ai|ont)$/u;
const CONDITIONAL_ENDING = /(?:[eidvr]|au|tt|[iî]t)r(?:ait|aient|ais)$/u;
const IMPARFAIT_ENDING = /(?:ait|aient)$/u;
const PARTICIPLE = /^[\p{Ll}]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ert|erte|ort|orte|int|inte|it|ite)$/u;
// « annoncées mercredi », « lancé vendredi »; not the many nouns in -té / -ée (« comité », « journée »).
const WEAK_PARTICIPLE = /^[\p{Ll}]{3,}(?<!t)(?:é|és|ées)$/u;
const INFINITIVE = /^[\p{Ll}]+(?:er|ir|re|oir)$/u;
/** Last letters of every ending tested below (-ra, -ras, -ront, -rait, -é, -és, -ées …): a cheap first filter. */
const VERB_LAST_LETTERS = new Set(['a', 's', 'i', 't', 'é']);
const ELISION = /^(?:[lsdnmtcj]|qu|jusqu|lorsqu|puisqu)'/;

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c === '!' || c === '?') return true;
  // A hard-wrapped line whose sentence goes on in lower case (« se rendra\nà Moscou mardi ») does not end it.
  if (c === '\n') return !/^[\t ]*[\p{Ll}\d(]/u.test(text.slice(i + 1, i + 8));
  if (c !== '.') return false;
  // « M. Guterres », « J.-C. »: a single capital letter before the dot is an abbreviation.
  return !/(?:^|[\s(])\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i));
}

/** The auxiliary's participle: the first of the next words that is not an adverb, if it is a participle. */
function participleAfter(words: Word[], i: number): Word | undefined {
  for (let j = i + 1; j < Math.min(words.length, i + 6); j++) {
    if (ADVERBS.has(words[j].lw)) continue;
    return PARTICIPLE.test(words[j].lw) ? words[j] : undefined;
  }
  return undefined;
}

function nextVerbIsInfinitive(words: Word[], i: number): boolean {
  for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
    if (ADVERBS.has(words[j].lw) || words[j].lw === 'se' || words[j].lw === 'pas') continue;
    return INFINITIVE.test(words[j].lw);
  }
  return false;
}

/** All tense cues of a text, in order. Computed once per text (see `analyse`). */
function findCues(text: string): Cue[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let lw = m[0].toLowerCase();
    if (lw.includes('’')) lw = lw.replace(/’/g, "'");
    if (lw.includes("'")) lw = lw.replace(ELISION, '');
    words.push({ w: m[0], lw, start: m.index, end: m.index + m[0].length });
  }
  const cues: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const { w, lw, end } = words[i];
    // « se rendra », « s'est rendu »: the reflexive pronoun belongs to the cue shown to the user.
    const prev = words[i - 1];
    const start = prev && prev.lw === 'se' && prev.end + 2 >= words[i].start ? prev.start : words[i].start;
    const push = (tense: Tense, last = end, weak = false) => cues.push({ start, end: last, tense, weak });
    if (FUTURE_WORDS.has(lw)) push('future');
    else if (lw === 'de' && prev?.lw === 'avant' && nextVerbIsInfinitive(words, i))
      push('future'); // « avant de quitter »
    else if (FUTURE_BEFORE_INFINITIVE.has(lw) && nextVerbIsInfinitive(words, i)) push('future');
    else if (lw === 'aurait' || lw === 'auraient') {
      const p = participleAfter(words, i);
      push(p ? 'past' : 'future', p?.end);
    } else if (AUX_PAST.has(lw) || ETRE_PAST.has(lw)) {
      const p = participleAfter(words, i);
      const reflexive =
        /^[smt][’']/iu.test(w) || prev?.lw === 'se' || prev?.lw === 'nous' || prev?.lw === 'vous';
      // « est prévu », « est fixée », « a fixé » : the date that is set lies ahead.
      if (p && /^(?:prévu|fixé|programmé)e?s?$/.test(p.lw)) push('future', p.end);
      else if (p && ETRE_PRESENT.has(lw) && !reflexive && !ETRE_VERB.test(p.lw) && p.lw !== 'été')
        push('present', p.end);
      else if (p) push('past', p.end);
    } else if (ETRE_FUTURE.has(lw)) push('future');
    else if (PAST_WORDS.has(lw)) push('past');
    else if (lw.length < 3 || NOT_VERBS.has(lw) || !VERB_LAST_LETTERS.has(lw[lw.length - 1])) continue;
    // A Titlecase word inside a sentence is a name (« Ferrara »); all-caps headlines are read as words.
    else if (
      w[0] !== lw[0] &&
      w[1] === lw[1] &&
      !/(?:^|[.!?\n«"]\s*)$/u.test(text.slice(Math.max(0, start - 3), start))
    )
      continue;
    else if (FUTURE_ENDING.test(lw) || CONDITIONAL_ENDING.test(lw)) push('future');
    else if (IMPARFAIT_ENDING.test(lw) && lw.length > 4 && !NOT_IMPARFAIT.has(lw)) push('past');
    else if (WEAK_PARTICIPLE.test(lw)) push('past', end, true);
  }
  return cues;
}

// One-text cache: the pipeline asks for the tense of every mention of the same text in turn.
let cachedText: string | null = null;
let cachedCues: Cue[] = [];
let cachedEnds: number[] = [];

function analyse(text: string): { cues: Cue[]; ends: number[] } {
  if (text !== cachedText) {
    cachedCues = findCues(text);
    cachedEnds = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // '\n' '!' '.' '?'
      if ((c === 10 || c === 33 || c === 46 || c === 63) && isSentenceEnd(text, i)) cachedEnds.push(i);
    }
    cachedText = text;
  }
  return { cues: cachedCues, ends: cachedEnds };
}

/** First index in a sorted number array whose value is >= pos. */
function lowerBound(values: number[], pos: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceBounds(
  ends: number[],
  length: number,
  start: number,
  end: number,
): { from: number; to: number } {
  // Bounded: a cue further than WINDOW characters away says nothing about this date (and keeps it linear).
  const i = lowerBound(ends, start);
  const from = Math.max(i > 0 ? ends[i - 1] + 1 : 0, start - WINDOW, 0);
  const j = lowerBound(ends, end);
  const to = Math.min(j < ends.length ? ends[j] : length, end + WINDOW);
  return { from, to };
}

/** First index in the sorted cues whose start is >= pos. */
function firstAtOrAfter(cues: Cue[], pos: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const CLAUSE_BREAK = /[,;:«»()]|\b(?:que|qu['’]|qui|où|dont|lorsque|quand|mais|car|si)\b/giu;

function cost(text: string, gapStart: number, gapEnd: number, cue: Cue): number {
  const gap = text.slice(gapStart, gapEnd);
  // A lone participle speaks for the date only when it stands right next to it.
  if (cue.weak && !/^[\s\u00a0\u202f]*$/u.test(gap)) return Infinity;
  const breaks = gap.match(CLAUSE_BREAK)?.length ?? 0;
  return gap.length + breaks * CLAUSE_PENALTY + (cue.weak ? WEAK_PENALTY : 0);
}

/** Locale.tenseAt for French: the nearest cue in the sentence of the mention, the mention's own words excluded. */
export function frenchTenseAt(
  text: string,
  start: number,
  end: number,
): { tense: Tense; cue: string } | null {
  const { cues, ends } = analyse(text);
  const { from, to } = sentenceBounds(ends, text.length, start, end);
  let best: Cue | null = null;
  let bestCost = Infinity;
  const i = firstAtOrAfter(cues, start);
  // Look at up to three cues on each side: a weak cue may hide a real verb just behind it.
  for (let j = i - 1, seen = 0; j >= 0 && cues[j].start >= from && seen < 3; j--) {
    const c = cues[j];
    if (c.end > start) continue;
    seen++;
    const k = cost(text, c.end, start, c);
    if (k < bestCost) [best, bestCost] = [c, k];
  }
  for (let j = i, seen = 0; j < cues.length && cues[j].start < to && seen < 3; j++) {
    const c = cues[j];
    if (c.start < end) continue;
    seen++;
    const k = cost(text, end, c.start, c);
    if (k < bestCost) [best, bestCost] = [c, k];
  }
  if (best) return { tense: best.tense, cue: text.slice(best.start, best.end) };
  // A headline (the text's first sentence, no verb) uses the present for what is coming: « X à Moscou mardi ».
  if (from === 0) return { tense: 'present', cue: 'headline' };
  return null;
}
