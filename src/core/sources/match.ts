// Several articles' events → one list of happenings, each citing the sources that tell it, conflicts flagged.
//
// Two events of two sources are the same happening when their days overlap AND their claims share enough
// of what they say (names, places, happening words, numbers; see words.ts), never on the date alone:
// « Guterres était à Moscou ce mardi » and "Guterres will visit Moscow on Tuesday" merge; "the vote of
// Tuesday 8 January" and « a déclaré mardi un porte-parole » do not. Rare keys weigh more (a name every
// claim of the cluster carries says little). Pairs are taken best first; a merged event keeps one event
// per source and days that all its readings share.
//
// A conflict is two such groups that say the same thing (a higher bar) on days that do not overlap, told by
// sources that do not overlap either: a source that gives both dates itself (« prévu jeudi, reporté à
// vendredi ») tells two happenings, not a disagreement. A planned reading from a source published after
// another source's "happened" day is a status conflict.

import type { Lang, TimelineEvent } from '../../shared/timeline';
import { dayOf } from '../timeline/days';
import { splitSentences, type Span } from '../timeline/sentences';
import { explainConflict } from './explain';
import type { Citation, ConflictKind, MergedEvent, Reading, SourceConflict, SourceDoc } from './types';
import { KIND_WEIGHT, claimKeys, kindOf } from './words';

export interface MatchOptions {
  /** Least similarity of two claims for one happening (0–1). */
  mergeMin?: number;
  /** Least similarity of two groups dated apart for a conflict (0–1). */
  conflictMin?: number;
}

export const MERGE_MIN = 0.15;
export const CONFLICT_MIN = 0.7;

interface Unit {
  source: SourceDoc;
  event: TimelineEvent;
  /** Key → 1 when the claim says it, CONTEXT when only the rest of its sentence does. */
  keys: Map<string, number>;
  a: number;
  b: number;
  index: number;
}

interface Group {
  units: Unit[];
  a: number;
  b: number;
  sources: Set<string>;
}

/**
 * The words of an event are those of the sentences its claim and retellings are in, not of the claim alone:
 * a claim can be a bare phrase (« since 2017 on Tuesday ») when a sentence holds two dates.
 */
function contextOf(sentences: Span[], span: Span): Span {
  const inside = sentences.filter((s) => s.start < span.end && span.start < s.end);
  if (inside.length === 0) return span;
  return {
    start: Math.min(span.start, inside[0].start),
    end: Math.max(span.end, inside[inside.length - 1].end),
  };
}

function unitsOf(sources: SourceDoc[]): Unit[] {
  const units: Unit[] = [];
  for (const source of sources) {
    const sentences = splitSentences(source.text);
    for (const event of source.events) {
      if (event.hidden) continue;
      const claims = [event.claim, ...(event.spans ?? [])];
      const keys = new Map<string, number>();
      for (const span of claims.map((s) => contextOf(sentences, s)))
        for (const k of claimKeys(source.text, span, source.mentions, source.lang)) keys.set(k, CONTEXT);
      for (const span of claims)
        for (const k of claimKeys(source.text, span, source.mentions, source.lang)) keys.set(k, 1);
      units.push({ source, event, keys, a: dayOf(event.start), b: dayOf(event.end), index: units.length });
    }
  }
  return units;
}

/** What a word of the claim's sentence outside the claim itself counts, against 1 for the claim's own. */
export const CONTEXT = 0.5;

/**
 * How much of the shorter claim the other says: the weighted overlap Σ shared / min(Σ x, Σ y) of squared key
 * weights (a short claim told inside a long sentence still matches). Across languages only names, happening
 * words and numbers count: stems of two languages never meet.
 */
export function keySimilarity(
  x: Map<string, number>,
  y: Map<string, number>,
  sameLang: boolean,
  weight: (k: string) => number,
): number {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  const counts = (k: string) => sameLang || kindOf(k) !== 'stem';
  for (const [k, f] of x) {
    if (!counts(k)) continue;
    const w = weight(k) * f;
    nx += w * w;
    const g = y.get(k);
    if (g !== undefined) dot += w * weight(k) * g;
  }
  for (const [k, g] of y) if (counts(k)) ny += (weight(k) * g) ** 2;
  return nx && ny ? dot / Math.min(nx, ny) : 0;
}

const overlaps = (a1: number, b1: number, a2: number, b2: number) => a1 <= b2 && a2 <= b1;

/**
 * The similarity a pair needs, from the bar for two readings alike: three times as much when one reading is
 * a hundred times vaguer than the other ("the 2013 Boston Marathon bombing case" against « le 15 avril 2013 »:
 * a year used as an adjective overlaps every day of it), half again for ten times (« avril 2022 » against
 * « le 26 avril 2022 »), and half again when one is a statement (« a déclaré mardi un porte-parole ») and the
 * other a deed on the same day.
 */
export function pairBar(u: Pick<Unit, 'a' | 'b' | 'event'>, v: Pick<Unit, 'a' | 'b' | 'event'>, bar: number) {
  const wu = u.b - u.a + 1;
  const wv = v.b - v.a + 1;
  let need = bar;
  const ratio = Math.max(wu, wv) / Math.min(wu, wv);
  if (ratio >= 100) need *= 3;
  else if (ratio >= 10) need *= 1.5;
  if ((u.event.status === 'reported') !== (v.event.status === 'reported')) need *= 1.5;
  return need;
}

/** Statuses that can disagree on a date: two plans, or two deeds; a statement's day is not its content's. */
const CLASS: Record<string, string> = {
  planned: 'plan',
  demanded: 'plan',
  happened: 'deed',
  denied: 'denied',
};

/**
 * A reading that can stand in a conflict: not a statement, and dated by more than a time of day (« à 16h21 »,
 * "10:00 a.m." are anchored to the publication day when nothing else dates them, which says nothing).
 */
function firm(u: Unit): boolean {
  if (u.event.status === 'reported' || !u.event.status) return false;
  const dated = u.event.mentions
    .map((id) => u.source.mentions.find((m) => m.id === id))
    .filter((m) => m !== undefined);
  // "Tuesday morning" dates the day; "10:00 a.m." (rule en/time) alone does not.
  return dated.some((m) => !/\/time$/u.test(m.rule ?? ''));
}

function scorer(units: Unit[]) {
  const df = new Map<string, number>();
  for (const u of units) for (const k of u.keys.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(units.length, 1);
  const weight = (k: string) => KIND_WEIGHT[kindOf(k)] * Math.log(1 + n / (df.get(k) ?? 1));
  const sim = new Map<number, number>();
  const simOf = (u: Unit, v: Unit): number => {
    const key = Math.min(u.index, v.index) * units.length + Math.max(u.index, v.index);
    let s = sim.get(key);
    if (s === undefined) {
      s = keySimilarity(u.keys, v.keys, u.source.lang === v.source.lang, weight);
      sim.set(key, s);
    }
    return s;
  };
  return simOf;
}

/** Every pair of events of two sources on overlapping days with its similarity (for inspection, best first). */
export function candidatePairs(
  sources: SourceDoc[],
  opts: { apart?: boolean } = {},
): { a: Citation; b: Citation; score: number }[] {
  const units = unitsOf(sources);
  const simOf = scorer(units);
  const out: { a: Citation; b: Citation; score: number }[] = [];
  for (const u of units)
    for (const v of units)
      if (v.index > u.index && v.source !== u.source && overlaps(u.a, u.b, v.a, v.b) !== !!opts.apart)
        out.push({ a: citationOf(u), b: citationOf(v), score: simOf(u, v) });
  return out.sort((p, q) => q.score - p.score);
}

export function mergeSources(sources: SourceDoc[], opts: MatchOptions = {}): MergedEvent[] {
  const mergeMin = opts.mergeMin ?? MERGE_MIN;
  const conflictMin = opts.conflictMin ?? CONFLICT_MIN;
  const units = unitsOf(sources);
  const simOf = scorer(units);

  // Merge: cross-source pairs on overlapping days, best first.
  const groups: Group[] = units.map((u) => ({ units: [u], a: u.a, b: u.b, sources: new Set([u.source.id]) }));
  const groupOf = units.map((_, i) => groups[i]);
  const pairs: { u: Unit; v: Unit; s: number }[] = [];
  for (const u of units) {
    for (const v of units) {
      if (v.index <= u.index || v.source === u.source || !overlaps(u.a, u.b, v.a, v.b)) continue;
      const s = simOf(u, v);
      if (s >= pairBar(u, v, mergeMin)) pairs.push({ u, v, s });
    }
  }
  pairs.sort((p, q) => q.s - p.s || p.u.index - q.u.index || p.v.index - q.v.index);
  for (const { u, v } of pairs) {
    const g = groupOf[u.index];
    const h = groupOf[v.index];
    if (g === h || [...h.sources].some((s) => g.sources.has(s))) continue;
    const a = Math.max(g.a, h.a);
    const b = Math.min(g.b, h.b);
    if (a > b) continue;
    g.units.push(...h.units);
    for (const w of h.units) groupOf[w.index] = g;
    for (const s of h.sources) g.sources.add(s);
    g.a = a;
    g.b = b;
    h.units = [];
  }
  const live = groups.filter((g) => g.units.length > 0);

  // Conflicts: groups saying the same thing on days apart, from sources apart.
  // The best pair of firm readings of one status class, each pair held to its own bar.
  const groupSim = (g: Group, h: Group) => {
    let best = 0;
    for (const u of g.units.filter(firm))
      for (const v of h.units.filter(firm)) {
        if (CLASS[u.event.status!] !== CLASS[v.event.status!]) continue;
        const s = simOf(u, v);
        if (s >= pairBar(u, v, conflictMin)) best = Math.max(best, s);
      }
    return best;
  };
  const candidates: { g: Group; h: Group; s: number }[] = [];
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const g = live[i];
      const h = live[j];
      if (overlaps(g.a, g.b, h.a, h.b) || [...h.sources].some((s) => g.sources.has(s))) continue;
      const s = groupSim(g, h);
      if (s > 0) candidates.push({ g, h, s });
    }
  }
  candidates.sort((p, q) => q.s - p.s);
  const clusterOf = new Map<Group, Group[]>();
  for (const { g, h } of candidates) {
    const cg = clusterOf.get(g) ?? [g];
    const ch = clusterOf.get(h) ?? [h];
    if (cg === ch) continue;
    const sourcesG = new Set(cg.flatMap((x) => [...x.sources]));
    if (ch.some((x) => [...x.sources].some((s) => sourcesG.has(s)))) continue;
    const joined = [...cg, ...ch];
    for (const x of joined) clusterOf.set(x, joined);
  }

  const labelOf = (id: string) => sources.find((s) => s.id === id)?.label ?? id;
  const order = (u: Unit) => sources.indexOf(u.source) * 1e6 + u.event.claim.start;
  const done = new Set<Group>();
  const merged: MergedEvent[] = [];
  for (const g of live) {
    if (done.has(g)) continue;
    const cluster = clusterOf.get(g) ?? [g];
    for (const x of cluster) done.add(x);
    const members = cluster.flatMap((x) => x.units).sort((p, q) => order(p) - order(q));
    const readings: Reading[] = members.map(readingOf);
    const first = members[0];
    let conflict: SourceConflict | undefined;
    if (cluster.length > 1) conflict = conflictOf(kindApart(cluster), readings, labelOf);
    else conflict = statusConflict(members, readings, labelOf);
    // The days shown: the first source's reading when they disagree, else the days all readings share.
    const start = conflict ? first.event.start : isoMax(members.map((u) => u.event.start));
    const end = conflict ? first.event.end : isoMin(members.map((u) => u.event.end));
    merged.push({
      id: `m${merged.length + 1}`,
      start,
      end,
      label: first.event.label,
      ...(first.event.status ? { status: first.event.status } : {}),
      citations: members.map(citationOf),
      readings,
      ...(conflict ? { conflict } : {}),
    });
  }
  return merged.sort((p, q) => (p.start < q.start ? -1 : p.start > q.start ? 1 : 0));
}

const isoMax = (xs: string[]) => xs.reduce((m, x) => (x > m ? x : m));
const isoMin = (xs: string[]) => xs.reduce((m, x) => (x < m ? x : m));

function citationOf(u: Unit): Citation {
  return { source: u.source.id, event: u.event.id, mention: u.event.mentions[0] ?? null };
}

function readingOf(u: Unit): Reading {
  return {
    source: u.source.id,
    event: u.event.id,
    start: u.event.start,
    end: u.event.end,
    ...(u.event.status ? { status: u.event.status } : {}),
    ...(u.event.precision ? { precision: u.event.precision } : {}),
  };
}

/** Years apart when no two groups share a year, else days apart. */
function kindApart(cluster: Group[]): ConflictKind {
  const years = cluster.map((g) => new Set(g.units.map((u) => u.event.start.slice(0, 4))));
  const shared = years.some((y, i) => years.some((z, j) => j !== i && [...y].some((x) => z.has(x))));
  return shared ? 'day' : 'year';
}

function conflictOf(kind: ConflictKind, readings: Reading[], labelOf: (s: string) => string): SourceConflict {
  const explanation = {} as Record<Lang, string>;
  for (const lang of ['fr', 'en'] as const)
    explanation[lang] = explainConflict(kind, readings, labelOf, lang);
  return { kind, explanation };
}

/**
 * "Planned" from a source published more than a day after the day another source says it happened (a day of
 * slack: a Monday evening in New York is Tuesday morning in Tokyo). Both readings to the day.
 */
function statusConflict(
  members: Unit[],
  readings: Reading[],
  labelOf: (s: string) => string,
): SourceConflict | undefined {
  const toTheDay = (u: Unit) => u.a === u.b && firm(u);
  const happened = members.filter((u) => u.event.status === 'happened' && toTheDay(u));
  const late = members.filter(
    (u) => u.event.status === 'planned' && toTheDay(u) && u.source.dct && dayOf(u.source.dct) > u.b + 1,
  );
  if (happened.length === 0 || late.length === 0) return undefined;
  const involved = new Set([...happened, ...late].map((u) => u.event.id + '\u0000' + u.source.id));
  return conflictOf(
    'status',
    readings.filter((r) => involved.has(r.event + '\u0000' + r.source)),
    labelOf,
  );
}
