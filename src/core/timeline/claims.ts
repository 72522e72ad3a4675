// Where a claim starts and ends inside its sentence, and the short label a reader sees.
// « Le SG se rendra à Moscou mardi, a déclaré un porte-parole. » → the reporting tail
// « , a déclaré un porte-parole » is cut from the claim; the tail itself dates the briefing when it
// carries a date of its own (« a déclaré Eri Kaneko lors d'un point de presse vendredi »).

import type { Lang } from '../../shared/timeline';
import { CLAIM_LEXICONS, wordsRegex } from './lexicon';
import type { Span } from './sentences';

const tailCache = new Map<Lang, RegExp>();

/**
 * Start offset (absolute) of the reporting tail of a sentence — the comma that opens
 * « , a déclaré … » / ", a spokesman said" — or null when there is none.
 */
export function findReportingTail(text: string, sentence: Span, lang: Lang): number | null {
  let rx = tailCache.get(lang);
  if (!rx) {
    const verbs = wordsRegex(CLAIM_LEXICONS[lang].REPORTING).source;
    // French inverts (« , a déclaré X »); English puts up to five words of subject first (", a UN spokesman said").
    rx =
      lang === 'fr'
        ? new RegExp(`[,»”]\\s*(?=${verbs})`, 'gu')
        : new RegExp(`,\\s*(?=(?:[\\p{L}.’'-]+\\s+){0,5}?${verbs})`, 'giu');
    tailCache.set(lang, rx);
  }
  const s = text.slice(sentence.start, sentence.end);
  rx.lastIndex = 0;
  for (const m of s.matchAll(rx)) {
    // A tail needs something before it: « Selon l'ONU, … » at the start is not a tail.
    if (m.index < 10) continue;
    return sentence.start + m.index + (m[0].startsWith(',') ? 0 : 1);
  }
  return null;
}

/** Comma-delimited clause around `pos` inside [from, to): the unit a nested date belongs to. */
export function commaClause(text: string, from: number, to: number, pos: number): Span {
  let s = pos;
  while (s > from && !/[,;:(]/u.test(text[s - 1])) s--;
  let e = pos;
  while (e < to && !/[,;:)]/u.test(text[e])) e++;
  return trimSpan(text, { start: s, end: e });
}

/** Drops surrounding spaces and final punctuation (« . », « , ») from a span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:]/u.test(text[start])) start++;
  while (end > start && /[\s,;:.!?]/u.test(text[end - 1])) end--;
  return { start, end };
}

/** Words carried by a claim, for telling whether two claims tell the same event. */
const STOP_SETS = new Map<Lang, Set<string>>();

export function claimWords(label: string, lang: Lang): Set<string> {
  let stop = STOP_SETS.get(lang);
  if (!stop) STOP_SETS.set(lang, (stop = new Set(CLAIM_LEXICONS[lang].STOP)));
  const out = new Set<string>();
  for (const m of label.toLowerCase().matchAll(/\p{L}[\p{L}-]*/gu)) {
    const w = m[0];
    if (w.length < 3 || stop.has(w)) continue;
    // A 5-letter prefix is stem enough: « rencontrer » ≈ « rencontrera », « Poutine » ≈ « Poutine ».
    out.add(w.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 5));
  }
  return out;
}

/** Overlap coefficient |A ∩ B| / min(|A|, |B|). */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}

export const MAX_LABEL = 80;

/** Cuts a label to at most `max` characters at a word boundary, ending with « … ». */
export function shorten(label: string, max = MAX_LABEL): string {
  if (label.length <= max) return label;
  const head = label.slice(0, max - 1);
  // Prefer a clause boundary late enough to keep the actor and the verb.
  const comma = head.lastIndexOf(', ');
  const space = head.lastIndexOf(' ');
  const cut = comma >= max * 0.75 ? comma : space > 20 ? space : max - 1;
  let kept = head.slice(0, cut).replace(/[\s,;:–-]+$/u, '');
  for (let prev = ''; prev !== kept;) {
    prev = kept;
    kept = kept.replace(DANGLING, '').replace(/[\s,;:–-]+$/u, '');
  }
  return `${kept}…`;
}

/** Spaces, dangling punctuation and case, after date phrases have been cut out of a label. */
export function tidyLabel(raw: string): string {
  let s = raw
    // A dateline opens the story, not the claim: "CHICAGO, (GLOBE NEWSWIRE) --", « PARIS (AFP) - ».
    .replace(DATELINE, '')
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;:)])/gu, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/gu, '$1')
    .replace(/\(\s*\)/gu, '')
    .trim()
    .replace(/^[\s,;:.–-]+|[\s,;:–-]+$/gu, '');
  // TimeBank-style quotes ('' and ``) at either end, then unbalanced quotes, are noise once the clause is cut out.
  s = s.replace(/^(?:''|``)\s*|\s*(?:''|``)$/gu, '');
  const opens = (s.match(/[«“]/gu) ?? []).length;
  const closes = (s.match(/[»”]/gu) ?? []).length;
  if (opens !== closes)
    s = s
      .replace(/^[«“]\s*|\s*[»”]$/gu, '')
      .replace(/[«»“”]/gu, '')
      .trim();
  // A date cut at the end leaves its little words: « Update de », "holding fire until at" → drop them.
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(DANGLING, '').replace(/[\s,;:–-]+$/u, '');
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * "BERLIN, March 3 (Reuters) -", "CHICAGO, (GLOBE NEWSWIRE) --", « DAKAR (APS) – », "STAGECOACH, Nev. —" at the
 * start of a claim.
 */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu} .'’-]{2,40}(?:,\s*\p{Lu}[\p{L}.]{1,15})?,?\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-)\s+/u;

/** Function words that cannot end a statement once the date after them is gone. */
const DANGLING =
  /\s+(?:de|du|des|d['’]|à|au|aux|le|la|les|l['’]|en|dès|vers|entre|depuis|jusqu['’]à|jusqu['’]au|ce|cette|et|ou|mais|pour|avant|après|peu|par|sur|avec|of|the|at|on|in|by|for|until|till|to|a|an|from|between|since|this|last|next|and|or|but|before|after|shortly|with|during|commencing)$/iu;
