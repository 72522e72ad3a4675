// Events → positions: a piecewise time axis with breaks, ticks that never collide, events in lanes so
// that no two markers or labels overlap. Pure: same events and options, same layout. The renderer (SVG
// export and the Svelte view) only draws what this returns.

import type { EventStatus, Lang, Precision, TimelineEvent } from '../../shared/timeline';
import { dateOfDay, dayOf, formatDay, formatLongDay, type TickUnit } from './days';
import { assignLanes } from './lanes';
import { piecewiseScale, type PiecewiseScale, type ZoomTransform } from './scale';
import { fitText, measureText } from './textWidth';

export interface LayoutOptions {
  /** Total width in pixels, margins included. */
  width: number;
  /** Publication date, marked on the axis (and kept inside the visible domain). */
  dct?: string | null;
  /** Language of tick labels. */
  lang?: Lang;
  /** Zoom/pan of the app (d3-zoom's k and x), applied to a copy of the base scale. Omit for "whole timeline". */
  transform?: ZoomTransform;
  /** Label font size in pixels. */
  fontSize?: number;
  /** Labels wrap onto at most two lines of this width. */
  maxLabelWidth?: number;
  margin?: { left: number; right: number };
  /** At most this many axis segments (so at most this many − 1 breaks). */
  maxSegments?: number;
}

export type MarkerKind = 'point' | 'bar' | 'vague';

export interface LabelLayout {
  /** Anchor point: left edge for `start`, right edge for `end`; y of the first baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  lines: string[];
  width: number;
  lineHeight: number;
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface EventLayout {
  id: string;
  /** Index in the events array given to `layoutTimeline`. */
  index: number;
  status: EventStatus;
  precision: Precision;
  kind: MarkerKind;
  /** Horizontal extent of the marker (equal for a point) and its vertical centre. */
  x0: number;
  x1: number;
  y: number;
  lane: number;
  label: LabelLayout;
  /** Everything this event draws: marker and label. */
  box: Box;
  markerBox: Box;
  labelBox: Box;
}

export interface TickLayout {
  x: number;
  label: string;
  width: number;
  unit: TickUnit;
  segment: number;
}

export interface SegmentLayout {
  x0: number;
  x1: number;
  start: string;
  end: string;
}

export interface BreakLayout {
  /** The gap between two segments, in pixels. */
  x0: number;
  x1: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  fontSize: number;
  plot: { x0: number; x1: number };
  axisY: number;
  tickLabelY: number;
  lanesTop: number;
  laneHeight: number;
  laneCount: number;
  scale: PiecewiseScale;
  segments: SegmentLayout[];
  breaks: BreakLayout[];
  ticks: TickLayout[];
  events: EventLayout[];
  dct: { x: number; label: string; labelY: number } | null;
}

export const MARKER_RADIUS = 5;
export const BREAK_WIDTH = 26;
const LABEL_GAP = 6;
const LANE_GAP = 12;
const TICK_GAP = 14;
const MIN_SEGMENT = 120;
const VAGUE: Precision[] = ['year', 'half', 'quarter', 'season', 'month', 'week', 'decade', 'century'];

interface Item {
  index: number;
  d0: number;
  /** Day after the last day. */
  d1: number;
}

/**
 * Clusters of days separated by stretches long enough to cut out. A piece of the axis is split at its
 * largest empty stretch when that stretch is at least a month and at least half the piece: 1945 → April
 * 2022 splits (the gap is 99 % of it), then 24 Feb → 26 Apr splits again (54 of 62 days); events spread
 * over a few months stay on one plain scale. At most `maxSegments` pieces, O(n · maxSegments).
 */
export function clusterDays(
  items: { d0: number; d1: number }[],
  maxSegments = 5,
): { d0: number; d1: number; n: number }[] {
  const sorted = [...items].sort((a, b) => a.d0 - b.d0 || a.d1 - b.d1);
  // Union of overlapping intervals: the candidate gaps lie between these runs.
  const runs: { d0: number; d1: number; n: number }[] = [];
  for (const it of sorted) {
    const last = runs[runs.length - 1];
    if (last && it.d0 <= last.d1) {
      last.d1 = Math.max(last.d1, it.d1);
      last.n++;
    } else runs.push({ d0: it.d0, d1: it.d1, n: 1 });
  }
  if (runs.length === 0) return [];
  // Pieces as [first run, last run] index ranges; split the one with the widest qualifying gap.
  let pieces: [number, number][] = [[0, runs.length - 1]];
  while (pieces.length < maxSegments) {
    let best: { piece: number; at: number; gap: number } | null = null;
    pieces.forEach(([i0, i1], p) => {
      const extent = runs[i1].d1 - runs[i0].d0;
      for (let i = i0 + 1; i <= i1; i++) {
        const gap = runs[i].d0 - runs[i - 1].d1;
        if (gap >= 30 && gap >= extent / 2 && (!best || gap > best.gap)) best = { piece: p, at: i, gap };
      }
    });
    if (!best) break;
    const { piece, at } = best;
    const [i0, i1] = pieces[piece];
    pieces.splice(piece, 1, [i0, at - 1], [at, i1]);
    pieces = [...pieces];
  }
  return pieces.map(([i0, i1]) => {
    let n = 0;
    for (let i = i0; i <= i1; i++) n += runs[i].n;
    return { d0: runs[i0].d0, d1: runs[i1].d1, n };
  });
}

/** Greedy word wrap onto at most `maxLines` lines; the last line is cut with « … » if needed. */
export function wrapLabel(text: string, fontSize: number, maxWidth: number, maxLines = 2): string[] {
  const words = text.split(/\s+/u).filter(Boolean);
  // Word widths once: a label is measured word by word, not line by line (10,000 labels in the bench).
  const widths = words.map((w) => measureText(w, fontSize));
  const space = measureText(' ', fontSize);
  const lines: string[] = [];
  let from = 0;
  let lineWidth = 0;
  let i = 0;
  for (; i < words.length; i++) {
    const next = i === from ? widths[i] : lineWidth + space + widths[i];
    if (i === from || next <= maxWidth) {
      lineWidth = next;
      continue;
    }
    if (lines.length === maxLines - 1) break;
    lines.push(words.slice(from, i).join(' '));
    from = i;
    lineWidth = widths[i];
  }
  const rest = words.slice(from).join(' ');
  const restWidth = i < words.length ? measureText(rest, fontSize) : lineWidth;
  lines.push(restWidth <= maxWidth ? rest : fitText(rest, fontSize, maxWidth));
  if (lines.length === 2 && !lines[1].endsWith('…')) return balance(words, widths, space);
  return lines;
}

/** Two lines of about the same width (« Antonio Guterres se rendra à Moscou / pour rencontrer Poutine »). */
function balance(words: string[], widths: number[], space: number): string[] {
  const total = widths.reduce((a, b) => a + b, 0) + space * (words.length - 1);
  let best = 1;
  let bestWidth = Infinity;
  let left = 0;
  for (let k = 1; k < words.length; k++) {
    left += widths[k - 1] + (k > 1 ? space : 0);
    const w = Math.max(left, total - left - space);
    if (w < bestWidth) {
      bestWidth = w;
      best = k;
    }
  }
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

function tickUnit(dates: Date[]): TickUnit {
  if (dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return 'year';
  if (dates.every((d) => d.getUTCDate() === 1)) return 'month';
  return 'day';
}

/** 1 January ticks every 1, 2, 5, 10, 20, 50… years, about `count` of them. */
function yearTicks(from: Date, to: Date, count: number): Date[] {
  const y0 = from.getUTCFullYear();
  const y1 = to.getUTCFullYear();
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
  const step = steps.find((st) => (y1 - y0) / st <= count + 1) ?? 1000;
  const out: Date[] = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
    const d = new Date(0);
    d.setUTCFullYear(y, 0, 1);
    if (d >= from && d <= to) out.push(d);
  }
  return out;
}

interface TickCandidate {
  day: number;
  unit: TickUnit;
  x: number;
  segment: number;
  /** Lower first: the segment's year anchor, the days events happen on, then d3's nice dates. */
  priority: number;
  withYear?: boolean;
}

/**
 * Ticks per segment: d3 picks nice dates for the span shown (years, months or days); in a day segment the
 * days events happen on come first (« 24 févr. » under the invasion marker). Labels never overlap, never
 * leave their segment or the plot; the first day tick of a segment carries the year.
 */
function placeTicks(
  scale: PiecewiseScale,
  plot: { x0: number; x1: number },
  margin: { left: number; right: number },
  items: Item[],
  lang: Lang,
  size: number,
): TickLayout[] {
  const candidates: TickCandidate[] = [];
  scale.segments.forEach((s, si) => {
    const v0 = Math.max(s.r0, plot.x0);
    const v1 = Math.min(s.r1, plot.x1);
    if (v1 - v0 < 24) return;
    const count = Math.max(1, Math.floor((v1 - v0) / 90));
    const domain0 = s.scale.invert(v0);
    const domain1 = s.scale.invert(v1);
    const spanDays = (domain1.getTime() - domain0.getTime()) / 86_400_000;
    // A year or more on screen reads best in whole years (« 1945 », not « janv. 1945 · avr. 1945 »).
    const dates =
      spanDays >= 360
        ? yearTicks(domain0, domain1, count)
        : s.scale.copy().domain([domain0, domain1]).ticks(count);
    const whole = dates.filter((d) => d.getTime() % 86_400_000 === 0);
    if (whole.length === 0) return;
    const unit = tickUnit(whole);
    const xOf = (day: number) => (unit === 'day' ? scale.x(day + 0.5) : scale.x(day));
    for (const d of whole) {
      const day = Math.round(d.getTime() / 86_400_000);
      candidates.push({ day, unit, x: xOf(day), segment: si, priority: 2 });
    }
    if (unit === 'day') {
      const days = new Set<number>();
      for (const it of items) {
        for (const day of [it.d0, it.d1 - 1]) if (day >= s.d0 && day < s.d1) days.add(day);
        if (days.size > 60) break;
      }
      for (const day of days) candidates.push({ day, unit, x: xOf(day), segment: si, priority: 1 });
      // The earliest event day (else the first nice date) names the year: « 19 avr. 2022 ».
      const visible = [...days].filter((d) => xOf(d) >= v0 && xOf(d) <= v1);
      const firstNice = whole.map((d) => Math.round(d.getTime() / 86_400_000)).find((d) => xOf(d) >= v0);
      const anchor = visible.length ? Math.min(...visible) : (firstNice ?? s.d0);
      // Padding days before the anchor would read as a year-less date ahead of the year: drop them.
      for (let i = candidates.length - 1; i >= 0; i--)
        if (candidates[i].segment === si && candidates[i].priority === 2 && candidates[i].day < anchor)
          candidates.splice(i, 1);
      candidates.push({ day: anchor, unit, x: xOf(anchor), segment: si, priority: 0, withYear: true });
    }
  });

  const fits = (x: number, width: number, segment: number, kept: TickLayout[]) => {
    const seg = scale.segments[segment];
    const left = x - width / 2;
    const right = x + width / 2;
    // Next to a break a label stays in its segment; at the ends of the axis it may use the margin.
    const minX = segment === 0 ? plot.x0 - margin.left : seg.r0 - 4;
    const maxX = segment === scale.segments.length - 1 ? plot.x1 + margin.right : seg.r1 + 4;
    if (left < Math.max(minX, 0) || right > maxX) return false;
    return kept.every((k) => right + TICK_GAP <= k.x - k.width / 2 || left >= k.x + k.width / 2 + TICK_GAP);
  };

  const kept: TickLayout[] = [];
  const seen = new Set<string>();
  candidates.sort((a, b) => a.priority - b.priority || a.x - b.x);
  for (const c of candidates) {
    const key = `${c.segment}/${c.day}`;
    if (seen.has(key) || c.x < plot.x0 - 1 || c.x > plot.x1 + 1) continue;
    seen.add(key);
    const label = formatDay(c.day, c.unit, lang, c.withYear);
    const width = measureText(label, size);
    if (fits(c.x, width, c.segment, kept))
      kept.push({ x: c.x, label, width, unit: c.unit, segment: c.segment });
  }
  kept.sort((a, b) => a.x - b.x);
  // The first day tick of each segment names the year when there is room (« 18 avr. 2022 »).
  const named = new Set<number>();
  for (let i = 0; i < kept.length; i++) {
    const t = kept[i];
    if (t.unit !== 'day' || named.has(t.segment)) continue;
    if (kept.some((k) => k.segment === t.segment && /\d{4}$/u.test(k.label))) {
      named.add(t.segment);
      continue;
    }
    named.add(t.segment);
    const day = Math.round(scale.invert(t.x) - 0.5);
    const label = formatDay(day, 'day', lang, true);
    const width = measureText(label, size);
    const others = kept.filter((_, j) => j !== i);
    if (fits(t.x, width, t.segment, others)) kept[i] = { ...t, label, width };
  }
  return kept;
}

function padCluster(c: { d0: number; d1: number }): { d0: number; d1: number } {
  const span = c.d1 - c.d0;
  const pad = Math.max(1, Math.round(span * 0.06));
  return { d0: c.d0 - pad, d1: c.d1 + pad };
}

export function layoutTimeline(events: TimelineEvent[], opts: LayoutOptions): TimelineLayout {
  const fontSize = opts.fontSize ?? 12;
  const lang = opts.lang ?? 'en';
  const margin = opts.margin ?? { left: 16, right: 16 };
  const maxLabelWidth = opts.maxLabelWidth ?? 230;
  const plot = { x0: margin.left, x1: opts.width - margin.right };
  const lineHeight = Math.round(fontSize * 1.3);

  const items: Item[] = [];
  events.forEach((e, index) => {
    if (e.hidden) return;
    items.push({ index, d0: dayOf(e.start), d1: dayOf(e.end) + 1 });
  });
  const dctDay = opts.dct ? dayOf(opts.dct) : null;
  const domainItems = items.map(({ d0, d1 }) => ({ d0, d1 }));
  if (dctDay !== null) domainItems.push({ d0: dctDay, d1: dctDay + 1 });
  if (domainItems.length === 0) domainItems.push({ d0: 0, d1: 1 });

  // Segments: clusters of days, widths by how much happens in them, fixed gaps for the breaks.
  const clusters = clusterDays(domainItems, opts.maxSegments ?? 5).map((c) => ({ ...padCluster(c), n: c.n }));
  const available = plot.x1 - plot.x0 - (clusters.length - 1) * BREAK_WIDTH;
  // Width follows how much happens: the seed's five April events get the room, 1945 a narrow strip.
  const weights = clusters.map((c) => c.n);
  const total = weights.reduce((a, b) => a + b, 0);
  let widths = weights.map((w) => (available * w) / total);
  if (clusters.length > 1 && available > MIN_SEGMENT * clusters.length) {
    // Lift narrow segments to a minimum, taking the width from the others in proportion.
    const short = widths.map((w) => w < MIN_SEGMENT);
    const fixed = short.filter(Boolean).length * MIN_SEGMENT;
    const restW = weights.reduce((a, w, i) => a + (short[i] ? 0 : w), 0);
    widths = weights.map((w, i) => (short[i] ? MIN_SEGMENT : ((available - fixed) * w) / restW));
  }
  let cursor = plot.x0;
  const base = piecewiseScale(
    clusters.map((c, i) => {
      const part = { d0: c.d0, d1: c.d1, r0: cursor, r1: cursor + widths[i] };
      cursor += widths[i] + BREAK_WIDTH;
      return part;
    }),
  );
  const scale = opts.transform ? base.rescaled(opts.transform) : base;

  const segments: SegmentLayout[] = scale.segments.map((s) => ({
    x0: s.r0,
    x1: s.r1,
    start: dateOfDay(s.d0).toISOString().slice(0, 10),
    end: dateOfDay(s.d1 - 1)
      .toISOString()
      .slice(0, 10),
  }));
  const breaks: BreakLayout[] = scale.segments
    .slice(1)
    .map((s, i) => ({ x0: scale.segments[i].r1, x1: s.r0 }));

  // Ticks: d3 picks nice dates per segment (years, months or days by the span shown); labels that
  // would collide, leave their segment or the plot are dropped.
  const kept = placeTicks(scale, plot, margin, items, lang, fontSize - 1);

  // Events: marker extent, label on the side with room, then lanes. Zoomed, the room is the whole zoomed
  // content, not the window: labels then stay put while the app pans.
  const t = opts.transform;
  const content = t ? { x0: plot.x0 * t.k + t.x, x1: plot.x1 * t.k + t.x } : plot;
  const laid = items.map((it) => {
    const e = events[it.index];
    const precision = e.precision ?? 'day';
    const vague = VAGUE.includes(precision);
    const kind: MarkerKind = vague ? 'vague' : it.d1 - it.d0 > 1 ? 'bar' : 'point';
    // Days are drawn at their middle, where their tick is: a bar runs from the first day's tick to the
    // last day's (« 21 avr. » → « 24 avr. »); a vague span covers its whole month, season or year.
    let x0 = kind === 'vague' ? scale.x(it.d0) : scale.x(it.d0 + 0.5);
    let x1 = kind === 'point' ? x0 : kind === 'bar' ? scale.x(it.d1 - 0.5) : scale.x(it.d1);
    if (kind !== 'point' && x1 - x0 < 2 * MARKER_RADIUS) {
      const c = (x0 + x1) / 2;
      x0 = c - MARKER_RADIUS;
      x1 = c + MARKER_RADIUS;
    }
    const mx0 = kind === 'point' ? x0 - MARKER_RADIUS : x0;
    const mx1 = kind === 'point' ? x1 + MARKER_RADIUS : x1;
    let lines = wrapLabel(e.label, fontSize, maxLabelWidth);
    let width = Math.max(...lines.map((l) => measureText(l, fontSize)));
    let anchor: 'start' | 'end' = 'start';
    let lx = mx1 + LABEL_GAP;
    if (lx + width > content.x1) {
      const roomLeft = mx0 - LABEL_GAP - content.x0;
      const roomRight = content.x1 - lx;
      if (roomLeft >= width || roomLeft > roomRight) {
        anchor = 'end';
        lx = mx0 - LABEL_GAP;
      }
      const room = anchor === 'end' ? roomLeft : roomRight;
      // Right-aligned wrapped lines read badly (« … across all / ports »): on the left, allow a longer line.
      const target = anchor === 'end' ? Math.min(room, maxLabelWidth * 1.6) : room;
      if (anchor === 'end' && lines.length > 1 && measureText(e.label, fontSize) <= target) lines = [e.label];
      else if (width > room) lines = wrapLabel(e.label, fontSize, Math.max(room, 40));
      width = Math.max(...lines.map((l) => measureText(l, fontSize)));
    }
    const lb0 = anchor === 'start' ? lx : lx - width;
    return { it, e, precision, kind, x0, x1, mx0, mx1, lines, width, anchor, lx, lb0, lb1: lb0 + width };
  });
  const { lanes, count } = assignLanes(
    laid.map((l) => ({ x0: Math.min(l.mx0, l.lb0), x1: Math.max(l.mx1, l.lb1) })),
    LANE_GAP,
  );
  const maxLines = Math.max(1, ...laid.map((l) => l.lines.length));
  const laneHeight = maxLines * lineHeight + 10;
  const tickLabelY = fontSize;
  const axisY = fontSize + 10;
  const lanesTop = axisY + 14;

  const out: EventLayout[] = laid.map((l, i) => {
    const lane = lanes[i];
    const top = lanesTop + lane * laneHeight;
    const y = top + lineHeight / 2;
    const firstBaseline = y + fontSize * 0.36;
    const markerBox: Box = { x0: l.mx0, x1: l.mx1, y0: y - MARKER_RADIUS, y1: y + MARKER_RADIUS };
    const labelBox: Box = {
      x0: l.lb0,
      x1: l.lb1,
      y0: firstBaseline - fontSize * 0.8,
      y1: firstBaseline + (l.lines.length - 1) * lineHeight + fontSize * 0.25,
    };
    return {
      id: l.e.id,
      index: l.it.index,
      status: l.e.status ?? 'happened',
      precision: l.precision,
      kind: l.kind,
      x0: l.x0,
      x1: l.x1,
      y,
      lane,
      label: { x: l.lx, y: firstBaseline, anchor: l.anchor, lines: l.lines, width: l.width, lineHeight },
      box: {
        x0: Math.min(markerBox.x0, labelBox.x0),
        x1: Math.max(markerBox.x1, labelBox.x1),
        y0: Math.min(markerBox.y0, labelBox.y0),
        y1: Math.max(markerBox.y1, labelBox.y1),
      },
      markerBox,
      labelBox,
    };
  });

  const lanesBottom = lanesTop + Math.max(count, 1) * laneHeight;
  const dct =
    dctDay !== null
      ? { x: scale.x(dctDay + 0.5), label: formatLongDay(dctDay, lang), labelY: lanesBottom + fontSize + 4 }
      : null;
  const height = lanesBottom + (dct ? fontSize + 10 : 4);

  return {
    width: opts.width,
    height,
    fontSize,
    plot,
    axisY,
    tickLabelY,
    lanesTop,
    laneHeight,
    laneCount: count,
    scale,
    segments,
    breaks,
    ticks: kept,
    events: out,
    dct,
  };
}
