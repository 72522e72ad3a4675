// A piecewise time scale: long empty stretches are cut out. Each segment is a d3 `scaleUtc` over one
// cluster of events; between segments a fixed-width gap carries the visible axis break. The seed spans
// 1945 → April 2022: a linear scale would squeeze its five April events into one pixel.
// Zooming derives a copy (`rescaled`) and never mutates the base.

import { scaleUtc, type ScaleTime } from 'd3-scale';
import { dateOfDay } from './days';

export interface Segment {
  /** Day numbers, [d0, d1) — d1 is the day after the last one shown. */
  d0: number;
  d1: number;
  /** Pixel range. */
  r0: number;
  r1: number;
  scale: ScaleTime<number, number>;
}

export interface ZoomTransform {
  /** Scale factor (d3-zoom's k). */
  k: number;
  /** Horizontal translation in pixels (d3-zoom's x). */
  x: number;
}

export interface PiecewiseScale {
  segments: Segment[];
  /** Pixel x of a moment, in (fractional) day numbers. Days inside a break land inside the gap. */
  x(day: number): number;
  /** Day number at pixel x (inside a gap: interpolated across it). */
  invert(px: number): number;
  /** A zoomed copy: every range point p becomes k·p + x. */
  rescaled(t: ZoomTransform): PiecewiseScale;
}

function segmentFor(segments: Segment[], day: number): number {
  // Binary search: the last segment whose d0 ≤ day.
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].d0 <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function piecewiseScale(parts: { d0: number; d1: number; r0: number; r1: number }[]): PiecewiseScale {
  const segments: Segment[] = parts.map((p) => ({
    ...p,
    scale: scaleUtc()
      .domain([dateOfDay(p.d0), dateOfDay(p.d1)])
      .range([p.r0, p.r1]),
  }));
  const x = (day: number): number => {
    const i = segmentFor(segments, day);
    const s = segments[i];
    if (day <= s.d1 || i === segments.length - 1) {
      if (day < s.d0 && i === 0) return s.r0 - ((s.d0 - day) / (s.d1 - s.d0)) * (s.r1 - s.r0);
      return s.r0 + ((day - s.d0) / (s.d1 - s.d0)) * (s.r1 - s.r0);
    }
    const n = segments[i + 1];
    return s.r1 + ((day - s.d1) / (n.d0 - s.d1)) * (n.r0 - s.r1);
  };
  const invert = (px: number): number => {
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i];
      if (px <= s.r1 || i === segments.length - 1) {
        if (px >= s.r0 || i === 0) return s.d0 + ((px - s.r0) / (s.r1 - s.r0)) * (s.d1 - s.d0);
        const p = segments[i - 1];
        return p.d1 + ((px - p.r1) / (s.r0 - p.r1)) * (s.d0 - p.d1);
      }
    }
    return segments[segments.length - 1].d1;
  };
  return {
    segments,
    x,
    invert,
    rescaled: (t) =>
      piecewiseScale(
        segments.map((s) => ({ d0: s.d0, d1: s.d1, r0: s.r0 * t.k + t.x, r1: s.r1 * t.k + t.x })),
      ),
  };
}
