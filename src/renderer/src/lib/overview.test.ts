import { describe, expect, it } from 'vitest';
import { clusterEvents, clusterWidth, densityPath, offscreen, shownLanes } from './overview';

const point = (x: number, lane: number) => ({ kind: 'point' as const, x0: x, x1: x, lane });

describe('shownLanes', () => {
  it('draws every lane while they fill at most two screens, one screen less the cluster row past that', () => {
    expect(shownLanes(12, 8)).toBe(Infinity);
    expect(shownLanes(16, 8)).toBe(Infinity);
    expect(shownLanes(17, 8)).toBe(7);
    expect(shownLanes(3000, 8)).toBe(7);
    // A short window still scrolls a few lanes before clustering.
    expect(shownLanes(10, 3)).toBe(Infinity);
  });
});

describe('clusterEvents', () => {
  it('counts only the events below the drawn lanes, per stretch, under the middle of each', () => {
    const events = [point(10, 0), point(12, 5), point(20, 6), point(300, 7), point(310, 1)];
    const c = clusterEvents(events, 5, 64);
    expect(c.map((b) => b.n)).toEqual([2, 1]);
    expect(c[0]).toMatchObject({ x: 16, x0: 12, x1: 20 });
    expect(c[1]).toMatchObject({ x: 300, x0: 300, x1: 300 });
    expect(c.reduce((a, b) => a + b.n, 0) + events.filter((e) => e.lane < 5).length).toBe(events.length);
  });

  it('pushes neighbouring pills apart so that they never touch', () => {
    const events = Array.from({ length: 300 }, (_, i) => point(60 + (i % 3) * 5, 10));
    events.push(...Array.from({ length: 1200 }, () => point(70, 10)));
    const c = clusterEvents(events, 2, 64);
    expect(c).toHaveLength(2);
    expect(c[1].x - c[0].x).toBeGreaterThanOrEqual((clusterWidth(c[0].n) + clusterWidth(c[1].n)) / 2);
  });
});

describe('offscreen', () => {
  const sorted = [10, 50, 400, 900, 950].map((x, i) => ({ x, id: `e${i}` }));
  it('counts the markers off each edge of the window and names the nearest', () => {
    // Window [0, 500] panned by -300: content 300..800 is on screen.
    expect(offscreen(sorted, -300, 500)).toEqual({ left: { n: 2, id: 'e1' }, right: { n: 2, id: 'e3' } });
    expect(offscreen(sorted, 0, 1000)).toEqual({ left: null, right: null });
  });
});

describe('densityPath', () => {
  it('draws one bar per occupied column, the fullest at the full height', () => {
    const sorted = [1, 2, 2.5, 40].map((x, i) => ({ x, id: `e${i}` }));
    const d = densityPath(sorted, 0, 60, 16);
    const bars = d.match(/M[\d.]+ 16v-[\d.]+/g)!;
    expect(bars).toHaveLength(2);
    expect(d).toContain('M0 16v-14.0');
    expect(densityPath([], 0, 60, 16)).toBe('');
  });
});
