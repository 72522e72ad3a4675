// The timeline's overview, as pure functions of the layout (tested in overview.test.ts): which lanes are
// drawn, how the events below them are counted in clusters, where the events off each edge of the window
// are, and the density strip. Content pixels are the zoomed layout's (pan 0); `dx` is the pan.

import type { EventLayout } from '../../../core/timeline/layout';

export interface Cluster {
  /** Where the pill is drawn (the middle of its events, pushed right of the previous pill). */
  x: number;
  /** Extent of its events, to zoom into. */
  x0: number;
  x1: number;
  n: number;
}

export interface Centre {
  x: number;
  id: string;
}

/** Where an event's marker is: a vague date at the middle of its band, others at their start. */
export const markX = (e: Pick<EventLayout, 'kind' | 'x0' | 'x1'>): number =>
  e.kind === 'vague' ? (e.x0 + e.x1) / 2 : e.x0;

/** Pill width for a count (« +1249 » is wider than « +7 »). */
export const clusterWidth = (n: number): number => 14 + String(n).length * 7.5;

/**
 * Lanes drawn: all of them while they fill at most two screens (they scroll); past that, the lanes of one
 * screen less a row for the clusters. 10 000 events need thousands of lanes at "Fit all" (170 000 px).
 */
export function shownLanes(laneCount: number, lanesFit: number): number {
  if (lanesFit <= 0 || laneCount <= Math.max(2 * lanesFit, 10)) return Infinity;
  return Math.max(1, lanesFit - 1);
}

/** Events of lanes `>= shown`, counted per `bin` pixels; pills never touch. */
export function clusterEvents(
  events: readonly Pick<EventLayout, 'kind' | 'x0' | 'x1' | 'lane'>[],
  shown: number,
  bin = 64,
): Cluster[] {
  const bins: (Cluster & { sum: number })[] = [];
  const index: Record<number, number> = {};
  for (const e of events) {
    if (e.lane < shown) continue;
    const x = markX(e);
    const key = Math.floor(x / bin);
    const at = index[key];
    if (at === undefined) {
      index[key] = bins.length;
      bins.push({ x, sum: x, x0: e.x0, x1: e.x1, n: 1 });
    } else {
      const b = bins[at];
      b.n++;
      b.sum += x;
      b.x0 = Math.min(b.x0, e.x0);
      b.x1 = Math.max(b.x1, e.x1);
    }
  }
  const out = bins.map(({ sum, x0, x1, n }) => ({ x: sum / n, x0, x1, n })).sort((a, b) => a.x - b.x);
  for (let i = 1; i < out.length; i++) {
    const min = out[i - 1].x + (clusterWidth(out[i - 1].n) + clusterWidth(out[i].n)) / 2 + 4;
    if (out[i].x < min) out[i].x = min;
  }
  return out;
}

/** First index of `sorted` whose x is >= `x` (a pan frame costs O(log n), not O(n)). */
export function lowerBound(sorted: readonly Centre[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].x < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type Offscreen = Record<'left' | 'right', { n: number; id: string } | null>;

/** The events whose marker is left of the window and right of it: how many, and the nearest of each. */
export function offscreen(sorted: readonly Centre[], dx: number, width: number): Offscreen {
  const l = lowerBound(sorted, -dx);
  const r = lowerBound(sorted, width - dx);
  return {
    left: l > 0 ? { n: l, id: sorted[l - 1].id } : null,
    right: r < sorted.length ? { n: sorted.length - r, id: sorted[r].id } : null,
  };
}

/** Bars of how many markers fall in each `col`-pixel column of the window, as one SVG path. */
export function densityPath(
  sorted: readonly Centre[],
  dx: number,
  width: number,
  height: number,
  col = 3,
): string {
  const cols = new Array<number>(Math.ceil(width / col) + 1).fill(0);
  for (let i = lowerBound(sorted, -dx); i < sorted.length && sorted[i].x + dx <= width; i++)
    cols[Math.floor((sorted[i].x + dx) / col)]++;
  const max = Math.max(...cols);
  if (max === 0) return '';
  let d = '';
  cols.forEach((n, i) => {
    if (!n) return;
    // Square root: one lone event still shows beside a burst of a thousand.
    const h = Math.max(1.5, (height - 2) * Math.sqrt(n / max)).toFixed(1);
    d += `M${i * col} ${height}v-${h}h${col * 0.8}v${h}z`;
  });
  return d;
}
