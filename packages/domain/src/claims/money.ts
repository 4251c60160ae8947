/**
 * Splits `total` minor units over `weights` in proportion, by the largest-remainder rule: each
 * part is the floor of its exact share, and the units left over go one each to the parts with the
 * largest fractional remainders (ties to the earlier part). The parts always sum to `total`, so
 * no fen is lost or invented, and with `0 ≤ total ≤ Σweights` no part exceeds its weight.
 *
 * @example
 * ```ts
 * splitLargestRemainder(100, [1, 1, 1]); // [34, 33, 33]
 * ```
 */
export function splitLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0)
    throw new RangeError('total must be a non-negative integer');
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) {
    throw new RangeError('weights must be non-negative integers');
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) {
    if (total === 0) return weights.map(() => 0);
    throw new RangeError('cannot split a positive total over zero weights');
  }
  // BigInt keeps `total * weight` exact beyond 2^53 (large claims × large weights).
  const T = BigInt(total);
  const S = BigInt(sum);
  const parts = weights.map((w) => {
    const exact = T * BigInt(w);
    return { floor: exact / S, remainder: exact % S };
  });
  let left = total - parts.reduce((a, p) => a + Number(p.floor), 0);
  const order = parts
    .map((p, index) => ({ index, remainder: p.remainder }))
    .sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
  const result = parts.map((p) => Number(p.floor));
  for (const { index } of order) {
    if (left === 0) break;
    result[index]! += 1;
    left -= 1;
  }
  return result;
}

/** `amount × percent / 100`, rounded half up, in integers. */
export function percentOf(amount: number, percent: number): number {
  return Number((BigInt(amount) * BigInt(percent) * 2n + 100n) / 200n);
}
