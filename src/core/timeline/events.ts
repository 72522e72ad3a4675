// Mentions → events: each dated mention joins the claim that says what happened on that date; ranges
// become one event spanning their days; the same event told twice (headline and first paragraph) is one
// event with several spans. Mentions that date nothing on their own stay mentions.

import type { EventStatus, Lang, Mention, Precision, TimelineEvent } from '../../shared/timeline';
import {
  claimWords,
  commaClause,
  findReportingTail,
  shorten,
  similarity,
  tidyLabel,
  trimSpan,
} from './claims';
import { CLAIM_LEXICONS, wordsRegex } from './lexicon';
import { headingStarts, lineAt } from '../temporal/lines';
import { entryAfter, isFurniture } from './sections';
import { splitSentences, type Span } from './sentences';
import { classifyStatus, hasFuture, hasPast } from './status';

export interface BuildEventsOptions {
  lang: Lang;
  dct: string | null;
}

/** Values that only place the text in time (« actuellement », "recently"): context, never an event. */
const REF_VALUES = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

/** Words governing a day that go away with it in a label: « le 24 février », « à partir de jeudi », "on Tuesday". */
const DATE_PREPOSITIONS: Record<Lang, string[]> = {
  fr: [
    'le',
    'ce',
    'dès',
    'à partir de',
    'à partir du',
    'à compter de',
    'jusqu’à',
    "jusqu'à",
    'jusqu’au',
    "jusqu'au",
    'à',
    'vers',
    'depuis',
    'du',
    'au',
    'entre',
    'dans la nuit du',
    'dans la nuit de',
  ],
  en: [
    'on',
    'this',
    'from',
    'starting',
    'starting on',
    'until',
    'through',
    'as of',
    'at',
    'by',
    'around',
    'between',
  ],
};

const DETERMINERS: Record<Lang, string[]> = {
  fr: ['une', 'un', 'la', 'le', 'les', 'des', 'l’', "l'"],
  en: ['a', 'an', 'the'],
};

/** Prepositions that open a dated nominal phrase, kept only to find the phrase (« après l'invasion … »). */
const TAIL_CONTEXT_PREPOSITIONS = /^(?:lors|à|au|en|dans|pendant|during|at|in|on)\b/iu;

interface Unit {
  mentions: Mention[];
  start: string;
  end: string;
  /** Where the first mention sits: it decides the sentence and the clause. */
  at: number;
  /** Anchored duration (« pause de quatre jours, à partir de jeudi »): a nominal event of its own. */
  anchoredDuration?: Mention;
}

interface Draft {
  start: string;
  end: string;
  label: string;
  claim: Span;
  mentions: string[];
  status: EventStatus;
  precision: Precision;
  words: Set<string>;
}

export function precisionOf(m: Mention): Precision {
  if (m.precision) return m.precision;
  const v = m.value;
  if (/^\d{4}-\d{2}-\d{2}T\d/u.test(v)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}T[A-Z]{2}$/u.test(v)) return 'partOfDay';
  if (/^\d{4}-\d{2}-\d{2}$/u.test(v)) return 'day';
  if (/^\d{4}-W\d{2}/u.test(v)) return 'week';
  if (/^\d{4}-\d{2}$/u.test(v)) return 'month';
  if (/^\d{4}-(?:SP|SU|FA|WI)$/u.test(v)) return 'season';
  if (/^\d{4}-Q\d$/u.test(v)) return 'quarter';
  if (/^\d{4}-H\d$/u.test(v)) return 'half';
  if (/^\d{4}$/u.test(v)) return 'year';
  if (/^\d{3}$/u.test(v)) return 'decade';
  if (/^\d{2}$/u.test(v)) return 'century';
  if (m.anchoredInterval) return 'day';
  return m.interval && m.interval.start === m.interval.end ? 'day' : 'month';
}

const FINE: Precision[] = ['day', 'partOfDay', 'time'];

/** A mention that can date an event on its own. */
function dates(m: Mention): boolean {
  if (m.type === 'SET' || REF_VALUES.has(m.value)) return false;
  if (m.type === 'DURATION') return Boolean(m.anchoredInterval);
  return m.interval !== null;
}

/** Groups ranges (« du 3 au 9 juin », « quatre jours à partir de jeudi ») into one unit each. */
function unitsOf(mentions: Mention[]): Unit[] {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const used = new Set<string>();
  const units: Unit[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // Anchored durations first: the anchor they swallow must not also make an event of its own.
  for (const m of sorted) {
    if (m.type !== 'DURATION' || !m.anchoredInterval) continue;
    const iv = m.anchoredInterval;
    const members = [m];
    for (const o of sorted) {
      if (o === m || !o.interval || used.has(o.id) || o.type === 'DURATION') continue;
      // « quatre jours, à partir de jeudi, dans le cadre de la Pâque orthodoxe »: days of the period named near it.
      const near = Math.abs(o.start - m.end) < 80 || Math.abs(m.start - o.end) < 80;
      if (near && o.interval.start >= iv.start && o.interval.end <= iv.end) members.push(o);
    }
    for (const o of members) used.add(o.id);
    units.push({ mentions: members, start: iv.start, end: iv.end, at: m.start, anchoredDuration: m });
  }
  for (const m of sorted) {
    if (used.has(m.id) || !dates(m) || !m.interval) continue;
    const other = m.rangeWith ? byId.get(m.rangeWith) : undefined;
    if (other?.interval && !used.has(other.id)) {
      const [a, b] = m.start <= other.start ? [m, other] : [other, m];
      const start = a.interval!.start < b.interval!.start ? a.interval!.start : b.interval!.start;
      const end = a.interval!.end > b.interval!.end ? a.interval!.end : b.interval!.end;
      // « les 12, 13 et 14 mai »: the days listed between the first and the last belong to the range.
      const inner = sorted.filter(
        (o) =>
          o.start > a.start &&
          o.end < b.start &&
          !used.has(o.id) &&
          o.interval !== null &&
          o.interval.start >= start &&
          o.interval.end <= end,
      );
      for (const o of [a, ...inner, b]) used.add(o.id);
      units.push({ mentions: [a, ...inner, b], start, end, at: a.start });
      continue;
    }
    used.add(m.id);
    units.push({ mentions: [m], start: m.interval.start, end: m.interval.end, at: m.start });
  }
  return units.sort((a, b) => a.at - b.at);
}

/** Index of the last span starting at or before `pos` (-1 if none); `spans` sorted by start. */
function lastStartingAtOrBefore(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first span starting at or after `pos` (`spans.length` if none); sorted by start. */
function firstStartingAtOrAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const sortedCache = new WeakMap<readonly Span[], boolean>();
function sortedByStart(spans: readonly Span[]): boolean {
  let sorted = sortedCache.get(spans);
  if (sorted === undefined) {
    sorted = spans.every((s, i) => i === 0 || spans[i - 1].start <= s.start);
    sortedCache.set(spans, sorted);
  }
  return sorted;
}

/** What joins the days of a list or range: « 12, 13 et 14 mai », "5 to 7 June", « du 5 au 7 ». */
const LIST_JOINER = /^[\s\u00a0\u202f,]*(?:(?:et|ou|au|à|and|or|to|through|-|–)[\s\u00a0\u202f]*)?$/iu;

/** Beyond this many characters a sentence is read in a window around each date. */
const LONGEST_SENTENCE = 1200;
/** The window read around a date in such a sentence: a clause or two either side. */
const LONG_WINDOW = 400;

/** [start, end) moved inward to word boundaries. */
function wordWindow(text: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && a > 0 && /\S/u.test(text[a - 1])) a++;
  while (b > a && b < text.length && /\S/u.test(text[b])) b--;
  return { start: a, end: b };
}

/** Removes `cuts` (absolute spans) from text[span], with the joiners between two cut dates. */
function cutOut(text: string, span: Span, cuts: Span[]): string {
  let out = '';
  let pos = span.start;
  let lastCut = -1;
  for (const c of [...cuts].sort((a, b) => a.start - b.start)) {
    if (c.end <= pos || c.start >= span.end) continue;
    if (lastCut === pos && LIST_JOINER.test(text.slice(pos, c.start))) {
      pos = Math.max(pos, c.end);
      lastCut = pos;
      continue;
    }
    out += text.slice(pos, Math.max(pos, c.start));
    pos = Math.max(pos, c.end);
    lastCut = pos;
  }
  return out + text.slice(pos, span.end);
}

export function buildEvents(text: string, mentions: Mention[], opts: BuildEventsOptions): TimelineEvent[] {
  const { lang, dct } = opts;
  const lex = CLAIM_LEXICONS[lang];
  const sentences = splitSentences(text);
  const present = wordsRegex(lex.PRESENT);
  const subordinate = wordsRegex(lex.SUBORDINATE, 'giu');
  const fillers = wordsRegex(lex.FILLERS, 'giu');
  const datePreps = wordsRegex(DATE_PREPOSITIONS[lang]).source;
  const determiner = wordsRegex(DETERMINERS[lang], 'giu');
  const reportingVerbBefore = new RegExp(
    `${wordsRegex(lex.REPORTING).source}\\s+(?:(?:on|le|ce)\\s+)?$`,
    'iu',
  );

  // Sentences, and mentions, are in text order: each unit finds its own by binary search, so a chronology
  // of 5 000 dated lines costs 5 000 × log, not 5 000 × 5 000.
  const sentenceAt = (pos: number): Span => {
    const s = sentences[lastStartingAtOrBefore(sentences, pos)];
    if (!s || pos >= s.end) return { start: pos, end: pos };
    // A "sentence" of thousands of characters (a page with no full stop, a generated list of dates) is no
    // sentence: each date's claim is read in a window around it, so the work stays linear in the text.
    if (s.end - s.start <= LONGEST_SENTENCE) return s;
    return wordWindow(text, Math.max(s.start, pos - LONG_WINDOW / 2), Math.min(s.end, pos + LONG_WINDOW / 2));
  };
  const datePrepBefore = new RegExp(`(?:${datePreps})\\s+$`, 'iu');
  const reportingVerbFirst = new RegExp(`^(?:${wordsRegex(lex.REPORTING).source})`, 'iu');

  /** The span of a day mention plus its governing preposition, to cut from a label. */
  const dateCut = (m: Mention, sentence: Span): Span | null => {
    if (m.type === 'DURATION') return null;
    // "the location for Friday's ceremony": the possessive holds the date in the phrase.
    if (/^['’]s\b/u.test(text.slice(m.end, m.end + 3))) return null;
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    const prep = datePrepBefore.exec(before);
    const start = prep ? m.start - prep[0].length : m.start;
    // A leading adverbial goes whatever its precision: « En 2019, … », "Last week, officials …".
    const leading =
      /^\s*$/u.test(text.slice(sentence.start, start)) && /^\s*,/u.test(text.slice(m.end, m.end + 3));
    if (!leading && !FINE.includes(precisionOf(m))) return null;
    return { start, end: m.end };
  };

  const labelOf = (span: Span, cuts: Span[]) =>
    shorten(tidyLabel(cutOut(text, span, cuts).replace(fillers, ' ')));

  const drafts: Draft[] = [];
  /** The date that the main clause of each sentence body (by its start) already carries. */
  const mainOf = new Map<number, { start: string; end: string; at: number }>();
  const allMentions = mentions.filter(dates);
  /** The mentions inside `span`, in text order (as `allMentions.filter(inside)` would give). */
  const mentionsIn = (span: Span): Mention[] => {
    if (!sortedByStart(allMentions)) {
      return allMentions.filter((m) => m.start >= span.start && m.end <= span.end);
    }
    const out: Mention[] = [];
    for (let i = firstStartingAtOrAfter(allMentions, span.start); i < allMentions.length; i++) {
      const m = allMentions[i];
      if (m.start > span.end) break;
      if (m.end <= span.end) out.push(m);
    }
    return out;
  };
  const headings = headingStarts(text, allMentions);

  for (const unit of unitsOf(mentions)) {
    const first = unit.mentions[0];
    // « Publié à 09:38 », "Updated December 22 2014": the page's own stamps date nothing that happened.
    if (isFurniture(text, unit.at, lang)) continue;
    const headingLine = lineAt(text, unit.at);
    const entry = headings.has(headingLine.start) ? entryAfter(text, headingLine, headings) : null;
    if (entry) {
      // « DEC. 7, 2012 » on its own line, then what happened that day: the entry is the claim, its first
      // sentence the label (chronologies, live blogs).
      const firstSentence = sentences[firstStartingAtOrAfter(sentences, entry.start)] ?? entry;
      const tail = findReportingTail(text, firstSentence, lang);
      const body = trimSpan(text, { start: firstSentence.start, end: tail ?? firstSentence.end });
      const inEntry = mentionsIn(body);
      const cuts = inEntry.map((m) => dateCut(m, body)).filter((c): c is Span => c !== null);
      const label = labelOf(body, cuts) || tidyLabel(text.slice(body.start, body.end));
      const claim = { start: headingLine.start, end: entry.end };
      drafts.push({
        start: unit.start,
        end: unit.end,
        label,
        claim: trimSpan(text, claim),
        mentions: unit.mentions.map((m) => m.id),
        status: classifyStatus({
          clause: text.slice(body.start, body.end),
          reportingOnly: false,
          lang,
          start: unit.start,
          dct,
        }),
        precision: unit.mentions.length > 1 ? 'day' : precisionOf(first),
        words: claimWords(text.slice(entry.start, entry.end), lang),
      });
      continue;
    }
    const sentence = sentenceAt(unit.at);
    const tail = findReportingTail(text, sentence, lang);
    const body: Span = trimSpan(text, { start: sentence.start, end: tail ?? sentence.end });
    const inSentence = mentionsIn(sentence);
    const cuts = inSentence.map((m) => dateCut(m, sentence)).filter((c): c is Span => c !== null);

    let claim: Span;
    let label: string;
    let statusClause: string;
    let reportingOnly = false;

    if (tail !== null && unit.at >= tail) {
      // « , a déclaré Eri Kaneko, porte-parole …, lors d'un point de presse à New York vendredi »
      claim = trimSpan(text, { start: tail, end: sentence.end });
      const raw = tidyLabel(cutOut(text, claim, cuts));
      const verb = reportingVerbFirst.exec(raw);
      if (verb) {
        // Inverted subject: « a déclaré Eri Kaneko, porte-parole…, lors d'un point de presse » →
        // « Eri Kaneko a déclaré lors d'un point de presse ».
        const parts = raw.slice(verb[0].length).trim().split(/,\s*/u);
        const last = parts.length > 1 ? parts[parts.length - 1] : '';
        const extra = TAIL_CONTEXT_PREPOSITIONS.test(last) ? ` ${last}` : '';
        label = shorten(tidyLabel(`${parts[0]} ${verb[0].toLowerCase()}${extra}`));
      } else label = shorten(raw);
      statusClause = raw;
      reportingOnly = true;
    } else if (unit.anchoredDuration) {
      // « appelé à une pause humanitaire de quatre jours, à partir de jeudi » → the pause itself.
      const d = unit.anchoredDuration;
      const clause = commaClause(text, body.start, body.end, d.start);
      let from = clause.start;
      for (const m of text.slice(clause.start, d.start).matchAll(determiner)) from = clause.start + m.index;
      const last = unit.mentions.reduce((e, m) => Math.max(e, m.end), d.end);
      claim = { start: from, end: Math.max(d.end, last) };
      const phrase = text.slice(from, d.end).replace(/^\S+\s+/u, (w) => (determiner.test(w) ? '' : w));
      determiner.lastIndex = 0;
      label = shorten(tidyLabel(phrase.replace(fillers, ' ')));
      statusClause = text.slice(body.start, body.end);
    } else {
      const clause = commaClause(text, body.start, body.end, first.start);
      const lead = text.slice(clause.start, first.start);
      const sub = [...lead.matchAll(subordinate)].pop();
      subordinate.lastIndex = 0;
      if (sub) {
        const from = clause.start + sub.index;
        const governsDate =
          text
            .slice(from + sub[0].length, first.start)
            .trim()
            .split(/\s+/u).length <= 1;
        if (governsDate) {
          // « la plus grande attaque contre un pays européen depuis 1945 »: the clause is about the date.
          claim = clause;
          label = labelOf(clause, cuts);
        } else {
          // « après l'invasion de l'Ukraine le 24 février »: the phrase after the preposition is the event.
          claim = { start: from, end: clause.end };
          label = labelOf({ start: from + sub[0].length, end: clause.end }, cuts);
        }
        statusClause = text.slice(claim.start, claim.end);
        if (!governsDate) statusClause = statusClause.slice(sub[0].length);
      } else {
        claim = body;
        label = labelOf(body, cuts);
        statusClause = text.slice(body.start, body.end);
        // « Plus de 12 millions ont besoin d'aide aujourd'hui »: a present state, context only.
        if (present.test(first.text) && !hasPast(statusClause, lang) && !hasFuture(statusClause, lang))
          continue;
        // « Le porte-parole a déclaré mardi que … », "the spokesman said on Tuesday that …": the date is the
        // statement's, whatever the tense of what it reports.
        const lead = text.slice(Math.max(body.start, first.start - 40), first.start);
        if (reportingVerbBefore.test(lead)) reportingOnly = true;
        const earlier = mainOf.get(body.start);
        if (earlier && (earlier.start !== unit.start || earlier.end !== unit.end)) {
          // A second date in the same clause dates its own noun phrase: "Guterres called for [a four-day
          // humanitarian pause] starting on Thursday" — the pause, not the call, is on Thursday.
          const from = Math.max(earlier.at, commaClause(text, body.start, body.end, first.start).start);
          let det = -1;
          for (const m of text.slice(from, first.start).matchAll(determiner)) det = from + m.index;
          if (det >= 0) {
            claim = { start: det, end: first.end };
            const phrase = text.slice(det, first.end).replace(/^\S+\s+/u, '');
            label = labelOf({ start: first.end - phrase.length, end: first.end }, cuts);
          }
        } else if (!earlier) mainOf.set(body.start, { start: unit.start, end: unit.end, at: first.end });
      }
    }
    // "Pause", "Gas station", « Scrutin »: one or two words say nothing; the sentence's statement does.
    if (label.split(/\s+/u).filter(Boolean).length < 3) {
      const full = labelOf(body, cuts);
      if (full.split(/\s+/u).length > label.split(/\s+/u).filter(Boolean).length) label = full;
    }
    if (!label) label = tidyLabel(text.slice(claim.start, claim.end)) || first.text;
    // The contract: the claim contains its mentions.
    for (const m of unit.mentions) {
      claim = { start: Math.min(claim.start, m.start), end: Math.max(claim.end, m.end) };
    }
    const precision = unit.mentions.length > 1 || unit.anchoredDuration ? 'day' : precisionOf(first);
    drafts.push({
      start: unit.start,
      end: unit.end,
      label,
      claim,
      mentions: unit.mentions.map((m) => m.id),
      status: classifyStatus({ clause: statusClause, reportingOnly, lang, start: unit.start, dct }),
      precision,
      words: claimWords(reportingOnly ? label : text.slice(claim.start, claim.end), lang),
    });
  }

  const merged = mergeRetellings(drafts);
  attachContinuations(text, sentences, merged, drafts, { lang, dct });
  return finish(merged);
}

/**
 * A future sentence with no date of its own that goes on about a planned event joins it as a span:
 * « M. Guterres aura également une réunion … avec Sergei Lavrov » continues the Tuesday visit,
 * « Antonio Guterres poursuivra ces discussions lors de sa visite à Moscou » too.
 */
function attachContinuations(
  text: string,
  sentences: Span[],
  merged: Merged[],
  drafts: Draft[],
  { lang, dct }: BuildEventsOptions,
): void {
  const fillers = wordsRegex(CLAIM_LEXICONS[lang].FILLERS);
  // Does any draft's claim overlap `body`? Claims sorted by start with the running maximum of their ends:
  // among those starting before body.end, the furthest end decides (one binary search per sentence).
  const claims = drafts.map((d) => d.claim).sort((x, y) => x.start - y.start);
  const furthest: number[] = [];
  for (const c of claims) furthest.push(Math.max(furthest[furthest.length - 1] ?? -Infinity, c.end));
  const overlapsADraft = (body: Span): boolean => {
    const i = firstStartingAtOrAfter(claims, body.end) - 1;
    return i >= 0 && furthest[i] > body.start;
  };
  for (const sentence of sentences) {
    const tail = findReportingTail(text, sentence, lang);
    const body = trimSpan(text, { start: sentence.start, end: tail ?? sentence.end });
    if (body.end - body.start < 12) continue;
    if (overlapsADraft(body)) continue;
    const clause = text.slice(body.start, body.end);
    if (!hasFuture(clause, lang)) continue;
    const words = claimWords(clause, lang);
    const before = merged.filter(
      (m) => m.draft.status === 'planned' && (!dct || m.draft.start > dct) && m.spans[0].start < body.start,
    );
    const target = before
      .map((m) => ({
        m,
        shared: [...words].filter((w) => m.draft.words.has(w)).length,
        sim: similarity(words, m.draft.words),
      }))
      .filter((c) => c.shared >= 1 && (fillers.test(clause) || (c.shared >= 2 && c.sim >= 0.4)))
      .sort((a, b) => b.sim - a.sim || b.m.spans[0].start - a.m.spans[0].start)[0];
    if (target) target.m.spans.push(body);
  }
}

interface Merged {
  draft: Draft;
  spans: Span[];
  /** `start/end` of each span, so a thousand retellings of one day are not compared with each other. */
  spanKeys: Set<string>;
  retold: string[];
  /** Position among the entries, so the earliest matching telling wins as before. */
  order: number;
}

/**
 * The same event told twice: same days and similar words (« Guterres se rendra à Moscou mardi pour
 * rencontrer Poutine » in the headline and « Antonio Guterres, se rendra à Moscou mardi et rencontrera »
 * in the first paragraph). The first telling gives the label and the main claim.
 */
function mergeRetellings(drafts: Draft[]): Merged[] {
  const out: Merged[] = [];
  // Per day: the entries by claim span, and by the words of their claims, so a draft is compared only with the
  // tellings it shares words with (a page of a thousand one-line dates on one day stays linear).
  const byDays = new Map<string, { bySpan: Map<string, Merged>; byWord: Map<string, Merged[]> }>();
  for (const d of drafts) {
    const key = `${d.start}/${d.end}`;
    let day = byDays.get(key);
    if (!day) {
      day = { bySpan: new Map(), byWord: new Map() };
      byDays.set(key, day);
    }
    const spanKey = `${d.claim.start}/${d.claim.end}`;
    let same = day.bySpan.get(spanKey);
    if (!same && d.words.size >= 2) {
      const shared = new Map<Merged, number>();
      for (const w of d.words)
        for (const g of day.byWord.get(w) ?? []) shared.set(g, (shared.get(g) ?? 0) + 1);
      for (const [g, n] of shared) {
        if (n < 2 || similarity(g.draft.words, d.words) < 0.5) continue;
        if (!same || g.order < same.order) same = g;
      }
    }
    if (same) {
      // The contract keeps `mentions` inside `claim`; the other tellings' mentions ride along.
      same.retold.push(...d.mentions.filter((id) => !same.draft.mentions.includes(id)));
      if (!same.spanKeys.has(spanKey)) {
        same.spanKeys.add(spanKey);
        same.spans.push(d.claim);
      }
      continue;
    }
    const entry: Merged = {
      draft: d,
      spans: [d.claim],
      spanKeys: new Set([spanKey]),
      retold: [],
      order: out.length,
    };
    day.bySpan.set(spanKey, entry);
    for (const w of d.words) {
      const list = day.byWord.get(w);
      if (list) list.push(entry);
      else day.byWord.set(w, [entry]);
    }
    out.push(entry);
  }
  return out;
}

function finish(entries: Merged[]): TimelineEvent[] {
  const sorted = [...entries].sort(
    (a, b) =>
      (a.draft.start < b.draft.start ? -1 : a.draft.start > b.draft.start ? 1 : 0) ||
      a.draft.claim.start - b.draft.claim.start,
  );
  return sorted.map(({ draft, spans, retold }, i) => {
    const ev: TimelineEvent = {
      id: `e${i + 1}`,
      start: draft.start,
      end: draft.end,
      label: draft.label,
      claim: draft.claim,
      mentions: draft.mentions,
      status: draft.status,
      precision: draft.precision,
    };
    if (spans.length > 1) ev.spans = spans;
    if (retold.length) ev.retoldMentions = retold;
    return ev;
  });
}
