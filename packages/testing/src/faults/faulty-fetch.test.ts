import { describe, expect, it } from 'vitest';
import { createFaultyFetch } from './faulty-fetch';

function countingServer() {
  let handled = 0;
  const fetch = (async () => {
    handled++;
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, handled: () => handled };
}

async function attempt(fetch: typeof globalThis.fetch): Promise<string> {
  try {
    return String((await fetch('http://sandbox.test/v1/x', { method: 'POST' })).status);
  } catch (error) {
    return (error as Error).message.includes('after the server') ? 'lost' : 'dropped';
  }
}

describe('createFaultyFetch', () => {
  it('faults about the asked share of attempts, with every kind', async () => {
    const server = countingServer();
    const faulty = createFaultyFetch(server.fetch, { rate: 0.3, seed: 42 });
    const outcomes = [];
    for (let i = 0; i < 1000; i++) outcomes.push(await attempt(faulty.fetch));
    const { attempts, faulted, byKind } = faulty.stats();
    expect(attempts).toBe(1000);
    expect(faulted / attempts).toBeGreaterThan(0.25);
    expect(faulted / attempts).toBeLessThan(0.35);
    for (const count of Object.values(byKind)) expect(count).toBeGreaterThan(30);
    // What the server saw: everything but drops before sending and the synthetic 503/429s.
    expect(server.handled()).toBe(
      attempts - byKind.drop_before - byKind.unavailable - byKind.rate_limited,
    );
    expect(outcomes.filter((o) => o === 'lost')).toHaveLength(byKind.drop_after_commit);
    expect(outcomes.filter((o) => o === '503')).toHaveLength(byKind.unavailable);
    expect(outcomes.filter((o) => o === '429')).toHaveLength(byKind.rate_limited);
  });

  it('replays the same faults for the same seed', async () => {
    const run = async (seed: number) => {
      const faulty = createFaultyFetch(countingServer().fetch, { rate: 0.5, seed });
      const outcomes = [];
      for (let i = 0; i < 50; i++) outcomes.push(await attempt(faulty.fetch));
      return outcomes.join();
    };
    expect(await run(3)).toBe(await run(3));
    expect(await run(3)).not.toBe(await run(4));
  });

  it('leaves requests alone that it does not apply to', async () => {
    const server = countingServer();
    const faulty = createFaultyFetch(server.fetch, { rate: 1, applies: () => false });
    expect(await attempt(faulty.fetch)).toBe('200');
    expect(faulty.stats()).toMatchObject({ attempts: 0, faulted: 0 });
  });
});
