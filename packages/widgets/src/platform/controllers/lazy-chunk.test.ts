import { describe, expect, it } from 'vitest';
import { lazyChunk } from './lazy-chunk';

describe('lazyChunk', () => {
  it('imports once, and again after a failed load (e.g. offline)', async () => {
    let calls = 0;
    const chunk = lazyChunk(async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { value: calls };
    });
    chunk.prefetch();
    await expect(chunk.load()).rejects.toThrow('Failed to fetch');
    const [first, second] = await Promise.all([chunk.load(), chunk.load()]);
    expect(first).toBe(second);
    expect(first).toEqual({ value: 2 });
    await chunk.load();
    expect(calls).toBe(2);
  });
});
