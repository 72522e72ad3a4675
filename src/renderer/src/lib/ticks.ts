// Axis ticks for the part of the timeline on screen. The layout's own ticks cover its plot at pan 0; while
// panning, the window moves, so ticks are recomputed for it (cheap: one d3 `ticks` call per segment shown).

import { formatDay, type TickUnit } from '../../../core/timeline/days';
import type { PiecewiseScale } from '../../../core/timeline/scale';
import { measureText } from '../../../core/timeline/textWidth';
import type { Lang } from '../../../shared/timeline';

export interface ScreenTick {
  x: number;
  label: string;
  unit: TickUnit;
}

const DAY = 86_400_000;
const TICK_GAP = 14;

function unitOf(dates: Date[]): TickUnit {
  if (dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return 'year';
  if (dates.every((d) => d.getUTCDate() === 1)) return 'month';
  return 'day';
}

/** Ticks of `scale` (already panned) between pixels `v0` and `v1`, labels never colliding. */
export function screenTicks(
  scale: PiecewiseScale,
  v0: number,
  v1: number,
  lang: Lang,
  fontSize = 11,
): ScreenTick[] {
  const out: (ScreenTick & { width: number })[] = [];
  for (const s of scale.segments) {
    const a = Math.max(s.r0, v0);
    const b = Math.min(s.r1, v1);
    if (b - a < 24) continue;
    const count = Math.max(1, Math.floor((b - a) / 100));
    const dates = s.scale
      .copy()
      .domain([s.scale.invert(a), s.scale.invert(b)])
      .ticks(count)
      .filter((d) => d.getTime() % DAY === 0);
    if (dates.length === 0 || !dates.some((d) => s.scale(d) >= a && s.scale(d) <= b)) {
      out.push(...segmentLabel(scale, s, a, b, lang, fontSize, out[out.length - 1]));
      continue;
    }
    const unit = unitOf(dates);
    let lastYear = NaN;
    const before = out.length;
    for (const d of dates) {
      const day = Math.round(d.getTime() / DAY);
      const x = unit === 'day' ? scale.x(day + 0.5) : scale.x(day);
      if (x < a || x > b) continue;
      const year = d.getUTCFullYear();
      const label = formatDay(day, unit, lang, unit === 'day' && year !== lastYear);
      lastYear = year;
      const width = measureText(label, fontSize);
      const prev = out[out.length - 1];
      if (prev && prev.x + prev.width / 2 + TICK_GAP > x - width / 2) continue;
      if (x - width / 2 < s.r0 - 6 || x + width / 2 > s.r1 + 6) continue;
      out.push({ x, label, unit, width });
    }
    // A narrow segment (1945 between two breaks) whose nice ticks fell at its edges: name it at its middle.
    if (out.length === before) out.push(...segmentLabel(scale, s, a, b, lang, fontSize, out[out.length - 1]));
  }
  return out.map(({ x, label, unit }) => ({ x, label, unit }));
}

/** One label naming a whole segment: « 1945 », « févr. 2022 » or « 24 févr. », at its middle. */
function segmentLabel(
  scale: PiecewiseScale,
  s: PiecewiseScale['segments'][number],
  a: number,
  b: number,
  lang: Lang,
  fontSize: number,
  prev: (ScreenTick & { width: number }) | undefined,
): (ScreenTick & { width: number })[] {
  const d0 = Math.round(s.scale.invert(a).getTime() / DAY);
  const d1 = Math.round(s.scale.invert(b).getTime() / DAY);
  const mid = Math.floor((d0 + d1) / 2);
  const span = d1 - d0;
  const unit: TickUnit = span > 200 ? 'year' : span > 20 ? 'month' : 'day';
  const label = formatDay(mid, unit, lang, unit === 'day');
  const width = measureText(label, fontSize);
  const x = scale.x(mid + 0.5);
  if (width > b - a + 12) return [];
  if (prev && prev.x + prev.width / 2 + TICK_GAP > x - width / 2) return [];
  return [{ x, label, unit, width }];
}
