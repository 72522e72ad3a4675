import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../core/timeline/layout';
import { seedDocument } from '../__fixtures__/seedDocument';
import { screenTicks } from './ticks';

describe('screenTicks', () => {
  const layout = layoutTimeline(seedDocument().events, { width: 840, dct: '2022-04-22', lang: 'en' });

  it('names every axis segment, even the narrow 1945 one between two breaks', () => {
    const ticks = screenTicks(layout.scale, 0, 840, 'en');
    for (const s of layout.scale.segments)
      expect(ticks.some((t) => t.x >= s.r0 - 6 && t.x <= s.r1 + 6)).toBe(true);
    expect(ticks.some((t) => t.label === '1945')).toBe(true);
  });

  it('never lets two labels touch, and follows a pan', () => {
    const ticks = screenTicks(layout.scale.rescaled({ k: 4, x: -1200 }), 0, 840, 'fr');
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].x - ticks[i - 1].x).toBeGreaterThan(30);
    expect(ticks.every((t) => t.x >= 0 && t.x <= 840)).toBe(true);
  });
});
