import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../../core/timeline/__fixtures__/docs';
import { exportSvg, standaloneSvg } from './exportSvg';

const ticks = (svg: string) => [...svg.matchAll(/<text class="tick"[^>]*>([^<]+)</gu)].map((m) => m[1]);
const events = (svg: string) =>
  [...svg.matchAll(/<g class="event [a-z]+" data-id="([^"]+)"/gu)].map((m) => m[1]);

describe('exportSvg', () => {
  it('the whole timeline: every event, the axis from 1945', () => {
    const svg = exportSvg(seedDocument(), { window: null });
    expect(ticks(svg)).toContain('1945');
    expect(events(svg)).toHaveLength(seedDocument().events.length);
  });
  it('a window: only its events, and an axis that runs over its days only', () => {
    const doc = seedDocument();
    const window = { start: '2022-04-18', end: '2022-04-23' };
    const svg = exportSvg(doc, { window });
    const inside = doc.events.filter((e) => e.end >= window.start && e.start <= window.end).map((e) => e.id);
    expect(events(svg).sort()).toEqual(inside.sort());
    expect(inside.length).toBeLessThan(doc.events.length);
    const labels = ticks(svg);
    expect(labels).not.toContain('1945');
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.every((t) => /avr\./u.test(t!))).toBe(true);
    // The events run to 24 April: a layout of the window's events alone would carry the axis there.
    expect(labels).not.toContain('24 avr.');
    expect(labels.at(-1)).toBe('23 avr.');
  });
  it('uses the title asked for', () => {
    expect(exportSvg(seedDocument(), { window: null, title: 'Guterres à Moscou' })).toContain(
      '<title>Guterres à Moscou</title>',
    );
  });
  it('as a file, names only the generic sans-serif family', () => {
    const svg = standaloneSvg(exportSvg(seedDocument(), { window: null }));
    expect(svg).not.toContain('DejaVu');
    expect(svg).toContain('font-family="sans-serif"');
  });
});
