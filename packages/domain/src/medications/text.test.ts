import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from './text';

/** The textbook full-matrix optimal-string-alignment distance, to check the banded one against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('counts a transposition as one edit and gives up above max', () => {
    expect(editDistance('ibuprofne', 'ibuprofen', 2)).toBe(1);
    expect(editDistance('华法林', '华发林', 1)).toBe(1);
    expect(editDistance('amoxicillin', 'amoxicillin', 2)).toBe(0);
    expect(editDistance('aspirin', 'warfarin', 2)).toBe(3);
    expect(editDistance('ab', 'abcdef', 2)).toBe(3);
  });

  it('equals the full-matrix distance capped at max + 1, whatever the lengths and reuse', () => {
    // A small alphabet so that near matches and transpositions are common.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '药', 'é'), maxLength: 14 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
      }),
      { numRuns: 5000 },
    );
  });
});
