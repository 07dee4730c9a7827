import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTicks } from './insight-scale';

describe('axisTicks', () => {
  it('steps in round amounts up to the first tick at or above the largest value', () => {
    expect(axisTicks(3700)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(axisTicks(4000)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(axisTicks(120_000)).toEqual([0, 50_000, 100_000, 150_000]);
    expect(axisTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it('gives a lone zero when there is nothing to show', () => {
    expect(axisTicks(0)).toEqual([0]);
    expect(axisTicks(Number.NaN)).toEqual([0]);
  });

  it('always reaches the largest value in a few whole, equal, round steps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (max) => {
        const ticks = axisTicks(max);
        const step = ticks[1] ?? 0;
        expect(ticks[0]).toBe(0);
        expect(Number.isInteger(step)).toBe(true);
        expect(String(step)).toMatch(/^[125]0*$/);
        ticks.forEach((tick, index) => expect(tick).toBe(index * step));
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
        expect((ticks.at(-1) ?? 0) - step).toBeLessThan(max);
        expect(ticks.length).toBeLessThanOrEqual(9);
      }),
    );
  });
});
