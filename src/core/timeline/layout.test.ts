import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/timeline';
import { englishDocument, seedDocument } from './__fixtures__/docs';
import { dayOf } from './days';
import { clusterDays, layoutTimeline, wrapLabel, type Box, type TimelineLayout } from './layout';
import { measureText } from './textWidth';

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function expectNoOverlaps(L: TimelineLayout) {
  const boxes = L.events.flatMap((e) => [e.markerBox, e.labelBox].map((b) => ({ b, id: e.id })));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (boxes[i].id !== boxes[j].id)
        expect(overlaps(boxes[i].b, boxes[j].b), `${boxes[i].id}/${boxes[j].id}`).toBe(false);
  for (let i = 1; i < L.ticks.length; i++) {
    const a = L.ticks[i - 1];
    const b = L.ticks[i];
    expect(a.x + a.width / 2, `${a.label} / ${b.label}`).toBeLessThan(b.x - b.width / 2);
  }
}

const seedLayout = (width = 1200) => {
  const doc = seedDocument();
  return { doc, L: layoutTimeline(doc.events, { width, dct: doc.source.dct, lang: 'fr' }) };
};

describe('layoutTimeline on the seed', () => {
  it('cuts 1945 → 2022 with axis breaks so the April events stand apart', () => {
    const { L } = seedLayout();
    expect(L.breaks.length).toBeGreaterThanOrEqual(1);
    expect(L.segments[0].start.startsWith('194')).toBe(true);
    const april = L.events.filter((e) => e.x0 >= L.scale.x(dayOf('2022-04-19')) - 1);
    const xs = [...new Set(april.map((e) => Math.round(e.x0)))].sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(40);
  });
  it('places the break between 1945 and 2022, and none inside the April days', () => {
    const { L } = seedLayout();
    const x1945 = L.scale.x(dayOf('1945-12-31'));
    const xInvasion = L.scale.x(dayOf('2022-02-24'));
    expect(L.breaks.some((b) => b.x0 >= x1945 && b.x1 <= xInvasion)).toBe(true);
    const a = L.scale.x(dayOf('2022-04-19'));
    const b = L.scale.x(dayOf('2022-04-27'));
    expect(L.breaks.some((br) => br.x0 > a && br.x1 < b)).toBe(false);
  });
  it('has no overlapping markers, labels or tick labels, at several widths', () => {
    for (const width of [640, 900, 1200, 1800]) expectNoOverlaps(seedLayout(width).L);
  });
  it('keeps labels inside the image', () => {
    const { L } = seedLayout();
    for (const e of L.events) {
      expect(e.labelBox.x0).toBeGreaterThanOrEqual(0);
      expect(e.labelBox.x1).toBeLessThanOrEqual(L.width);
    }
  });
  it('draws the range as a bar, 1945 as a vague span, and marks the publication date', () => {
    const { L } = seedLayout();
    const kinds = L.events.map((e) => e.kind);
    expect(kinds).toContain('bar');
    expect(kinds).toContain('vague');
    expect(L.dct?.x).toBeCloseTo(L.scale.x(dayOf('2022-04-22') + 0.5));
  });
  it('adapts ticks to each segment: years for 1945, days for April', () => {
    const { L } = seedLayout();
    expect(L.ticks.filter((t) => t.segment === 0).map((t) => t.unit)).toContain('year');
    expect(L.ticks.filter((t) => t.segment === L.segments.length - 1).every((t) => t.unit === 'day')).toBe(
      true,
    );
  });
  it('labels the day of the invasion on the axis', () => {
    expect(seedLayout().L.ticks.map((t) => t.label)).toContainEqual(expect.stringMatching(/^24 févr\./u));
  });
});

describe('layoutTimeline', () => {
  it('preserves date order along the axis', () => {
    const doc = englishDocument();
    const L = layoutTimeline(doc.events, { width: 1000, dct: doc.source.dct });
    const byStart = [...L.events].sort((a, b) =>
      doc.events[a.index].start.localeCompare(doc.events[b.index].start),
    );
    for (let i = 1; i < byStart.length; i++) expect(byStart[i].x0).toBeGreaterThanOrEqual(byStart[i - 1].x0);
    expectNoOverlaps(L);
  });
  it('applies a zoom transform to a copy and re-ticks the visible days', () => {
    const doc = englishDocument();
    const whole = layoutTimeline(doc.events, { width: 1000, dct: doc.source.dct });
    const zoomed = layoutTimeline(doc.events, {
      width: 1000,
      dct: doc.source.dct,
      transform: { k: 4, x: -2000 },
    });
    const e = zoomed.events[1];
    expect(e.x0).toBeCloseTo(whole.events[1].x0 * 4 - 2000);
    expect(whole.scale.segments[0].r0).toBe(16);
    expectNoOverlaps(zoomed);
    for (const t of zoomed.ticks) expect(t.x >= 16 && t.x <= 984).toBe(true);
  });
  it('uses month ticks for a span of months', () => {
    const events = ['2022-01-10', '2022-03-02', '2022-05-20', '2022-08-01'].map((d, i) => ({
      id: `e${i}`,
      start: d,
      end: d,
      label: `Event ${i}`,
      claim: { start: 0, end: 1 },
      mentions: [],
    }));
    const L = layoutTimeline(events, { width: 1000, lang: 'en' });
    expect(L.breaks).toEqual([]);
    expect(L.ticks.every((t) => t.unit === 'month')).toBe(true);
    expect(L.ticks[0].label).toMatch(/^[A-Z][a-z]{2} 2022$/u);
  });
  it('places labels within the zoomed content, not the window, so panning does not move them', () => {
    const doc = englishDocument();
    const zoomed = layoutTimeline(doc.events, {
      width: 1000,
      dct: doc.source.dct,
      transform: { k: 3, x: 0 },
    });
    for (const e of zoomed.events) {
      expect(e.labelBox.x0).toBeGreaterThanOrEqual(16 - 0.5);
      expect(e.labelBox.x1).toBeLessThanOrEqual(984 * 3 + 0.5);
    }
    expect(zoomed.events.some((e) => e.label.anchor === 'start' && e.x0 > 1000)).toBe(true);
  });
  it('ignores hidden events', () => {
    const doc = englishDocument();
    doc.events[0].hidden = true;
    expect(layoutTimeline(doc.events, { width: 900 }).events.map((e) => e.id)).not.toContain('e1');
  });
  it('lays out an empty timeline', () => {
    const L = layoutTimeline([], { width: 600, dct: '2022-04-22' });
    expect(L.events).toEqual([]);
    expect(L.segments).toHaveLength(1);
  });
  it('keeps tick labels apart on dense random data', () => {
    const events: TimelineEvent[] = Array.from({ length: 300 }, (_, i) => {
      const d = new Date(Date.UTC(2000 + (i % 23), (i * 7) % 12, 1 + ((i * 13) % 28)))
        .toISOString()
        .slice(0, 10);
      return {
        id: `e${i}`,
        start: d,
        end: d,
        label: `Event ${i}`,
        claim: { start: 0, end: 1 },
        mentions: [],
      };
    });
    expectNoOverlaps(layoutTimeline(events, { width: 1400 }));
  });
});

describe('clusterDays', () => {
  it('cuts long empty stretches and keeps close days together', () => {
    const c = clusterDays([
      { d0: 0, d1: 365 },
      { d0: 27800, d1: 27801 },
      { d0: 27854, d1: 27862 },
    ]);
    expect(c.map((x) => x.n)).toEqual([1, 1, 1]);
    expect(
      clusterDays([
        { d0: 0, d1: 1 },
        { d0: 10, d1: 11 },
      ]),
    ).toHaveLength(1);
  });
  it('never returns more segments than asked', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ d0: i * 1000, d1: i * 1000 + 1 }));
    expect(clusterDays(items, 4).length).toBeLessThanOrEqual(4);
  });
});

describe('wrapLabel', () => {
  it('wraps onto two lines within the width and cuts the rest with an ellipsis', () => {
    const lines = wrapLabel(
      'M. Guterres a demandé à M. Poutine de le recevoir à Moscou et au président ukrainien',
      12,
      200,
    );
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(measureText(l, 12)).toBeLessThanOrEqual(200);
    expect(lines[1].endsWith('…')).toBe(true);
  });
});
