import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ConflictError, ConnectionError, RateLimitError, ServerError } from '../errors/errors';
import { BASE, health, problem, useMswServer } from '../test-support/msw';
import { ApothecaClient, type ClientOptions, type RetryInfo } from './client';

const server = useMswServer();

const patientBody = { name: 'Wang Fang', birth_date: '1956-03-14' };

/** A client whose waits are recorded instead of slept. */
function recordingClient(options: Partial<ClientOptions> = {}) {
  const delays: number[] = [];
  const retries: RetryInfo[] = [];
  const client = new ApothecaClient({
    baseUrl: BASE,
    apiKey: 'sk_test_x',
    browser: false,
    backoff: {
      random: () => 0.5,
      sleep: async (ms) => {
        delays.push(ms);
      },
    },
    onRetry: (info) => retries.push(info),
    ...options,
  });
  return { client, delays, retries };
}

/** Answers with each of `responses` in turn, then 201, recording the idempotency key of every attempt. */
function sequence(responses: (() => Response)[]) {
  const keys: (string | null)[] = [];
  server.use(
    http.post(`${BASE}/v1/patients`, ({ request }) => {
      keys.push(request.headers.get('idempotency-key'));
      const next = responses[keys.length - 1];
      return next ? next() : HttpResponse.json({ id: 'pat_ok' }, { status: 201 });
    }),
  );
  return keys;
}

describe('retries', () => {
  it('retries network errors, 408, 429 and 5xx with the same Idempotency-Key every time', async () => {
    const keys = sequence([
      () => HttpResponse.error(),
      () => problem(408, 'request_timeout'),
      () => problem(429, 'rate_limited'),
      () => problem(500, 'internal_error'),
      () => problem(503, 'unavailable'),
    ]);
    const { client, retries } = recordingClient({ maxRetries: 5 });
    const created = await client.post('/v1/patients', { body: patientBody });
    expect(created.id).toBe('pat_ok');
    expect(keys).toHaveLength(6);
    expect(new Set(keys).size).toBe(1);
    expect(retries.map((r) => r.error.constructor.name)).toEqual([
      'ConnectionError',
      'ApothecaError',
      'RateLimitError',
      'ServerError',
      'ServerError',
    ]);
    expect(retries.map((r) => r.attempt)).toEqual([1, 2, 3, 4, 5]);
    expect(retries[0]?.request?.headers.get('idempotency-key')).toBe(keys[0]);
  });

  it('reuses a caller-supplied Idempotency-Key across retries', async () => {
    const keys = sequence([() => HttpResponse.error()]);
    const { client } = recordingClient();
    await client.post('/v1/patients', { body: patientBody, idempotencyKey: 'order-42' });
    expect(keys).toEqual(['order-42', 'order-42']);
  });

  it('waits with exponential backoff and full jitter', async () => {
    sequence([() => problem(503, 'u'), () => problem(503, 'u'), () => problem(503, 'u')]);
    const { client, delays } = recordingClient({ maxRetries: 3 });
    await client.post('/v1/patients', { body: patientBody });
    // random() = 0.5 of min(8000, 500 · 2^retry)
    expect(delays).toEqual([250, 500, 1000]);
  });

  it('uses a custom backoff base and cap', async () => {
    sequence([() => problem(503, 'u'), () => problem(503, 'u'), () => problem(503, 'u')]);
    const delays: number[] = [];
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: false,
      maxRetries: 3,
      backoff: {
        baseMs: 100,
        capMs: 250,
        random: () => 0.5,
        sleep: async (ms) => void delays.push(ms),
      },
    });
    await client.post('/v1/patients', { body: patientBody });
    expect(delays).toEqual([50, 100, 125]);
  });

  it('honours Retry-After in seconds and as an HTTP-date instead of backoff', async () => {
    const soon = new Date(Date.now() + 30_000).toUTCString();
    sequence([
      () => problem(429, 'rate_limited', { 'retry-after': '0' }),
      () => problem(503, 'u', { 'retry-after': '2' }),
      () => problem(503, 'u', { 'retry-after': soon }),
    ]);
    const { client, delays } = recordingClient({ maxRetries: 3 });
    await client.post('/v1/patients', { body: patientBody });
    expect(delays[0]).toBe(0);
    expect(delays[1]).toBe(2000);
    expect(delays[2]).toBeGreaterThan(25_000);
    expect(delays[2]).toBeLessThanOrEqual(30_000);
  });

  it('gives up after maxRetries (client default 2) and throws the last error', async () => {
    const keys = sequence(Array.from({ length: 10 }, () => () => problem(503, 'unavailable')));
    const { client } = recordingClient();
    await expect(client.post('/v1/patients', { body: patientBody })).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(keys).toHaveLength(3);
  });

  it('lets a call override maxRetries (0 disables retries)', async () => {
    const keys = sequence([() => HttpResponse.error(), () => HttpResponse.error()]);
    const { client } = recordingClient({ maxRetries: 5 });
    await expect(
      client.post('/v1/patients', { body: patientBody, maxRetries: 0 }),
    ).rejects.toBeInstanceOf(ConnectionError);
    expect(keys).toHaveLength(1);
  });

  it('does not retry 4xx answers, 501 or a domain 409', async () => {
    for (const [status, code] of [
      [400, 'validation_failed'],
      [404, 'not_found'],
      [501, 'not_implemented'],
      [409, 'pack_not_active'],
    ] as const) {
      server.resetHandlers();
      const keys = sequence([() => problem(status, code)]);
      const { client, retries } = recordingClient();
      const error = await client.post('/v1/patients', { body: patientBody }).catch((e) => e);
      expect(error.status).toBe(status);
      expect(keys).toHaveLength(1);
      expect(retries).toHaveLength(0);
    }
  });

  it('retries a 409 idempotency_key_in_progress or lock_timeout', async () => {
    const keys = sequence([
      () => problem(409, 'idempotency_key_in_progress'),
      () => problem(409, 'lock_timeout'),
    ]);
    const { client, retries } = recordingClient();
    await expect(client.post('/v1/patients', { body: patientBody })).resolves.toEqual({
      id: 'pat_ok',
    });
    expect(keys).toHaveLength(3);
    expect(retries.every((r) => r.error instanceof ConflictError)).toBe(true);
  });

  it('does not wait past the deadline: a long Retry-After fails at once', async () => {
    const keys = sequence([() => problem(429, 'rate_limited', { 'retry-after': '10' })]);
    const { client, delays } = recordingClient({ deadline: 5_000 });
    const error = await client.post('/v1/patients', { body: patientBody }).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(10_000);
    expect(delays).toEqual([]);
    expect(keys).toHaveLength(1);
  });

  it('without a deadline, refuses to wait for a Retry-After over a minute', async () => {
    sequence([() => problem(503, 'u', { 'retry-after': '3600' })]);
    const { client, delays } = recordingClient();
    await expect(client.post('/v1/patients', { body: patientBody })).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(delays).toEqual([]);
  });

  it("follows the server's Apotheca-Should-Retry over the status", async () => {
    const keys = sequence([
      () => problem(409, 'pack_locked', { 'apotheca-should-retry': 'true' }),
      () => problem(503, 'maintenance', { 'apotheca-should-retry': 'false' }),
    ]);
    const { client, retries } = recordingClient({ maxRetries: 5 });
    const error = await client.post('/v1/patients', { body: patientBody }).catch((e) => e);
    // The domain 409 the server called retryable was retried; the 503 it called final was not.
    expect(error).toBeInstanceOf(ServerError);
    expect(error.code).toBe('maintenance');
    expect(retries.map((r) => r.error.code)).toEqual(['pack_locked']);
    expect(keys).toHaveLength(2);
  });

  it('retries GETs too, and succeeds', async () => {
    let n = 0;
    server.use(
      http.get(`${BASE}/v1/health`, () =>
        ++n < 3 ? HttpResponse.error() : HttpResponse.json(health),
      ),
    );
    const { client } = recordingClient();
    await expect(client.get('/v1/health')).resolves.toEqual(health);
    expect(n).toBe(3);
  });
});
