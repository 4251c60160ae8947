import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentOf, splitLargestRemainder } from './money';

describe('splitLargestRemainder', () => {
  it('gives the left-over units to the largest remainders, ties to the earlier part', () => {
    expect(splitLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitLargestRemainder(10, [1, 2, 7])).toEqual([1, 2, 7]);
    expect(splitLargestRemainder(5, [3, 3, 4])).toEqual([2, 1, 2]);
    expect(splitLargestRemainder(0, [0, 0])).toEqual([0, 0]);
  });

  it('refuses what cannot be split', () => {
    expect(() => splitLargestRemainder(1, [0, 0])).toThrow(RangeError);
    expect(() => splitLargestRemainder(-1, [1])).toThrow(RangeError);
    expect(() => splitLargestRemainder(1.5, [1])).toThrow(RangeError);
  });

  it('never loses or invents a unit, keeps parts within their weights and is monotone in weight', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, f) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          fc.pre(sum > 0);
          const total = Math.floor(sum * f);
          const parts = splitLargestRemainder(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((p, i) => {
            expect(Number.isInteger(p)).toBe(true);
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(weights[i]!);
            // Each part is within one unit of its exact proportional share.
            expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});

describe('percentOf', () => {
  it('rounds half up in integers', () => {
    expect(percentOf(15, 10)).toBe(2); // 1.5 → 2
    expect(percentOf(14, 10)).toBe(1);
    expect(percentOf(20000, 10)).toBe(2000);
    expect(percentOf(Number.MAX_SAFE_INTEGER, 100)).toBe(Number.MAX_SAFE_INTEGER);
  });
});
