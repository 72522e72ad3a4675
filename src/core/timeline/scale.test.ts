import { describe, expect, it } from 'vitest';
import { piecewiseScale } from './scale';

const base = () =>
  piecewiseScale([
    { d0: 0, d1: 10, r0: 0, r1: 100 },
    { d0: 1000, d1: 1010, r0: 130, r1: 230 },
  ]);

describe('piecewiseScale', () => {
  it('maps each segment linearly and crosses a break inside its gap', () => {
    const s = base();
    expect(s.x(5)).toBe(50);
    expect(s.x(1005)).toBe(180);
    expect(s.x(505)).toBeGreaterThan(100);
    expect(s.x(505)).toBeLessThan(130);
    expect(s.invert(180)).toBeCloseTo(1005);
  });
  it('zooms into a derived copy and leaves the base untouched', () => {
    const s = base();
    const z = s.rescaled({ k: 2, x: -50 });
    expect(z.x(5)).toBe(50);
    expect(z.x(1005)).toBe(310);
    expect(s.x(5)).toBe(50);
    expect(s.segments[1].r0).toBe(130);
    expect(s.segments[0].scale.range()).toEqual([0, 100]);
  });
});
