import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { TimeoutError } from '../errors/errors';
import { BASE, health, useMswServer } from '../test-support/msw';
import { ApothecaClient } from './client';

const server = useMswServer();

describe('timeouts and aborts', () => {
  it('fails an attempt that exceeds the timeout with TimeoutError, retrying first', async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/v1/health`, async () => {
        attempts++;
        await delay('infinite');
        return HttpResponse.json(health);
      }),
    );
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: false,
      timeout: 20,
      maxRetries: 1,
      backoff: { baseMs: 1 },
    });
    const error = await client.get('/v1/health').catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('GET /v1/health timed out after 20 ms');
    expect(attempts).toBe(2);
  });

  it('lets a call override the timeout', async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/v1/health`, async () => {
        attempts++;
        if (attempts === 1) await delay(50);
        return HttpResponse.json(health);
      }),
    );
    const client = new ApothecaClient({ baseUrl: BASE, browser: false, timeout: 10_000 });
    await expect(client.get('/v1/health', { timeout: 10, maxRetries: 0 })).rejects.toBeInstanceOf(
      TimeoutError,
    );
  });

  it("rejects with the caller's abort reason and does not retry", async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/v1/health`, async () => {
        attempts++;
        await delay('infinite');
        return HttpResponse.json(health);
      }),
    );
    const controller = new AbortController();
    const client = new ApothecaClient({ baseUrl: BASE, browser: false, maxRetries: 5 });
    const call = client.get('/v1/health', { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('navigated away')), 10);
    await expect(call).rejects.toThrow('navigated away');
    expect(attempts).toBe(1);
  });

  it('rejects with an AbortError DOMException when aborted without a reason', async () => {
    server.use(http.get(`${BASE}/v1/health`, () => HttpResponse.json(health)));
    const client = new ApothecaClient({ baseUrl: BASE, browser: false });
    const error = await client.get('/v1/health', { signal: AbortSignal.abort() }).catch((e) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect(error.name).toBe('AbortError');
  });

  it('cancels a pending retry wait at once when aborted', async () => {
    let attempts = 0;
    server.use(
      http.post(`${BASE}/v1/patients`, () => {
        attempts++;
        // Without the abort, the client would wait 50 s before retrying.
        return HttpResponse.json(
          { title: 'busy', status: 429, code: 'rate_limited' },
          { status: 429, headers: { 'retry-after': '50' } },
        );
      }),
    );
    const controller = new AbortController();
    const reason = new Error('cancelled by user');
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: false,
      onRetry: () => setTimeout(() => controller.abort(reason), 5),
    });
    const call = client.post('/v1/patients', {
      body: { name: 'x', birth_date: '2000-01-01' },
      signal: controller.signal,
      deadline: 120_000,
    });
    await expect(call).rejects.toBe(reason);
    expect(attempts).toBe(1);
  });

  it('still succeeds when the signal never aborts', async () => {
    server.use(http.get(`${BASE}/v1/health`, () => HttpResponse.json(health)));
    const client = new ApothecaClient({ baseUrl: BASE, browser: false });
    await expect(
      client.get('/v1/health', { signal: new AbortController().signal }),
    ).resolves.toEqual(health);
  });
});
