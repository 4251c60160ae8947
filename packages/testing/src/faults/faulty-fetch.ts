/**
 * A `fetch` that fails on purpose, for exactly-once tests: it drops connections before the server
 * sees a request and after the server committed it, answers 503 and 429 itself, and delays
 * requests so retries overlap. Seeded, so a failing run replays exactly.
 */

/** What a faulted attempt does. */
export type FaultKind =
  /** The request never reaches the server: `fetch` rejects with a network `TypeError`. */
  | 'drop_before'
  /** The server handles and commits the request, then the response is lost (the nasty one). */
  | 'drop_after_commit'
  /** A 503 problem from "the load balancer", the server never sees the request. */
  | 'unavailable'
  /** A 429 problem with `Retry-After: 1`, the server never sees the request. */
  | 'rate_limited'
  /** The request goes through after other requests had a turn (reorders concurrent attempts). */
  | 'delay';

/** Options of {@link createFaultyFetch}. */
export interface FaultyFetchOptions {
  /** Share of attempts that are faulted, 0–1. */
  rate: number;
  /** PRNG seed: the same seed faults the same attempts. */
  seed?: number;
  /** Which faults to draw from (all by default), equally likely. */
  kinds?: readonly FaultKind[];
  /** Only requests this returns true for are faulted (default: every request). */
  applies?: (request: Request) => boolean;
}

/** A faulty fetch and what it did. */
export interface FaultyFetch {
  readonly fetch: typeof fetch;
  /** Attempts seen, faulted attempts, and faults by kind. */
  stats(): { attempts: number; faulted: number; byKind: Record<FaultKind, number> };
}

const ALL_KINDS: readonly FaultKind[] = [
  'drop_before',
  'drop_after_commit',
  'unavailable',
  'rate_limited',
  'delay',
];

/** mulberry32: small, fast and good enough to pick faults reproducibly. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function problem(status: number, title: string, headers: Record<string, string>): Response {
  return new Response(
    JSON.stringify({ type: 'about:blank', title, status, code: 'injected_fault' }),
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

/** Lets other pending tasks run first: a turn of the event loop, never a timed wait. */
function yieldTurns(turns: number): Promise<void> {
  const turn = (): Promise<void> =>
    new Promise((resolve) =>
      typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
    );
  let chain = Promise.resolve();
  for (let i = 0; i < turns; i++) chain = chain.then(turn);
  return chain;
}

/**
 * Wraps `base` so that a seeded share of attempts fail in the ways real networks do.
 *
 * @example
 * ```ts
 * const faulty = createFaultyFetch(sandbox.fetch, { rate: 0.25, seed: 7 });
 * const apotheca = new Apotheca({ apiKey: SECRET_KEY, baseUrl: sandbox.url, fetch: faulty.fetch });
 * // … 1,000 creates …
 * expect(faulty.stats().faulted / faulty.stats().attempts).toBeGreaterThanOrEqual(0.2);
 * ```
 */
export function createFaultyFetch(base: typeof fetch, options: FaultyFetchOptions): FaultyFetch {
  const random = prng(options.seed ?? 1);
  const kinds = options.kinds ?? ALL_KINDS;
  const byKind = Object.fromEntries(ALL_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  let attempts = 0;
  let faulted = 0;

  const faultyFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (options.applies && !options.applies(request)) return base(request);
    attempts++;
    // Two draws per attempt, always, so the sequence does not depend on which faults happened.
    const hit = random() < options.rate;
    const kind = kinds[Math.floor(random() * kinds.length)] ?? 'delay';
    if (!hit) return base(request);
    faulted++;
    byKind[kind]++;
    switch (kind) {
      case 'drop_before':
        throw new TypeError('fetch failed (injected: connection reset before sending)');
      case 'drop_after_commit': {
        const response = await base(request);
        await response.arrayBuffer(); // the server finished; the client never hears of it
        throw new TypeError('fetch failed (injected: connection reset after the server committed)');
      }
      case 'unavailable':
        return problem(503, 'Service Unavailable (injected)', {});
      case 'rate_limited':
        return problem(429, 'Too Many Requests (injected)', { 'retry-after': '1' });
      case 'delay':
        await yieldTurns(1 + Math.floor(random() * 8));
        return base(request);
    }
  }) as typeof fetch;

  return {
    fetch: faultyFetch,
    stats: () => ({ attempts, faulted, byKind: { ...byKind } }),
  };
}
