import { describe, expect, it } from 'vitest';
import { assignLanes } from './lanes';

describe('assignLanes', () => {
  it('never puts two overlapping items in one lane', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const items = Array.from({ length: 500 }, () => {
      const x0 = rnd() * 2000;
      return { x0, x1: x0 + 10 + rnd() * 200 };
    });
    const { lanes, count } = assignLanes(items, 4);
    const byLane = new Map<number, { x0: number; x1: number }[]>();
    items.forEach((it, i) => byLane.set(lanes[i], [...(byLane.get(lanes[i]) ?? []), it]));
    expect(byLane.size).toBe(count);
    for (const list of byLane.values()) {
      list.sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < list.length; i++) expect(list[i].x0).toBeGreaterThanOrEqual(list[i - 1].x1 + 4);
    }
  });
  it('reuses the top lane as soon as it is free', () => {
    const { lanes } = assignLanes([
      { x0: 0, x1: 10 },
      { x0: 5, x1: 20 },
      { x0: 12, x1: 30 },
    ]);
    expect(lanes).toEqual([0, 1, 0]);
  });
});
