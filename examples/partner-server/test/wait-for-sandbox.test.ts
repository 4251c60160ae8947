import { describe, expect, it } from 'vitest';
// @ts-expect-error: the example server is plain JavaScript on purpose.
import { waitForSandbox } from '../src/wait-for-sandbox.mjs';

const URL = 'http://sandbox.test';

/** A fetch answering each of `statuses` in turn (a number: that status; 'down': a network error). */
function scripted(statuses: (number | 'down')[]) {
  const calls: string[] = [];
  const fetch = async (url: string) => {
    calls.push(url);
    const next = statuses[Math.min(calls.length, statuses.length) - 1];
    if (next === 'down') throw new TypeError('fetch failed');
    return new Response('{}', { status: next });
  };
  return { fetch, calls };
}

describe('waitForSandbox', () => {
  it('returns once the sandbox answers OK, after it was down and then not ready', async () => {
    const { fetch, calls } = scripted(['down', 503, 200]);
    const waits: number[] = [];
    await waitForSandbox(URL, { fetch, sleep: async (ms: number) => void waits.push(ms) });
    expect(calls).toEqual([`${URL}/v1/health`, `${URL}/v1/health`, `${URL}/v1/health`]);
    expect(waits).toEqual([200, 200]);
  });

  it('gives up when the sandbox keeps answering non-OK', async () => {
    const { fetch, calls } = scripted([503]);
    const error = await waitForSandbox(URL, { fetch, attempts: 5, sleep: async () => {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      `sandbox not ready at ${URL} after 5 attempts: answered 503`,
    );
    expect(calls).toHaveLength(5);
  });

  it('gives up when the sandbox stays unreachable', async () => {
    const { fetch, calls } = scripted(['down']);
    await expect(
      waitForSandbox(URL, { fetch, attempts: 3, sleep: async () => {} }),
    ).rejects.toThrow('after 3 attempts: unreachable (fetch failed)');
    expect(calls).toHaveLength(3);
  });
});
