import { describe, expect, it } from 'vitest';
import { SubmitOnce } from './submit-once';

describe('SubmitOnce', () => {
  it('shares one in-flight attempt between concurrent runs, then allows the next', async () => {
    const once = new SubmitOnce<number>();
    let calls = 0;
    let release: (value: number) => void = () => {};
    const attempt = () => {
      calls += 1;
      return new Promise<number>((resolve) => {
        release = resolve;
      });
    };
    const a = once.run(attempt);
    const b = once.run(attempt);
    expect(once.pending).toBe(true);
    release(7);
    expect(await Promise.all([a, b])).toEqual([7, 7]);
    expect(calls).toBe(1);
    expect(once.pending).toBe(false);
    const c = once.run(attempt);
    release(8);
    expect(await c).toBe(8);
    expect(calls).toBe(2);
  });

  it('keeps the key for the same content and mints a new one for new content or after reset', () => {
    const once = new SubmitOnce<void>();
    let n = 0;
    const mint = () => `key_${++n}`;
    expect(once.keyFor('{"a":1}', mint)).toBe('key_1');
    expect(once.keyFor('{"a":1}', mint)).toBe('key_1');
    expect(once.keyFor('{"a":2}', mint)).toBe('key_2');
    once.reset();
    expect(once.keyFor('{"a":2}', mint)).toBe('key_3');
  });
});
