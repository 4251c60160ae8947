// Timeouts, deadlines and aborts on a manual clock: time moves only when a test says so, so no
// test races a real timer (decision 0004).
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { TimeoutError } from '../errors/errors';
import { hangingFetch, manualClock } from '../test-support/clock';
import { BASE, health, useMswServer } from '../test-support/msw';
import { ApothecaClient, type ClientOptions } from './client';

const server = useMswServer();

/** A client on a manual clock whose requests hang until answered; retry waits are instant. */
function setup(options: Partial<ClientOptions> = {}) {
  const clock = manualClock();
  const network = hangingFetch();
  const client = new ApothecaClient({
    baseUrl: BASE,
    browser: false,
    clock,
    fetch: network.fetch,
    // No jitter and no wait between attempts: only the test moves time.
    backoff: { random: () => 0, sleep: async () => {} },
    ...options,
  });
  return { clock, network, client };
}

describe('timeouts and aborts', () => {
  it('fails an attempt that exceeds the timeout with TimeoutError, retrying first', async () => {
    const { clock, network, client } = setup({ timeout: 20, maxRetries: 1 });
    const call = client.get('/v1/health').catch((e) => e);
    await network.next();
    clock.advance(19); // not yet
    expect(network.sent).toHaveLength(1);
    clock.advance(1);
    await network.next(); // the retry
    clock.advance(20);
    const error = await call;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('GET /v1/health timed out after 20 ms');
    expect(network.sent).toHaveLength(2);
    expect(clock.pending).toBe(0);
  });

  it('lets a call override the timeout', async () => {
    const { clock, network, client } = setup({ timeout: 10_000 });
    const call = client.get('/v1/health', { timeout: 10, maxRetries: 0 }).catch((e) => e);
    await network.next();
    clock.advance(10);
    await expect(call).resolves.toBeInstanceOf(TimeoutError);
  });

  it('answers within the timeout are not timed out', async () => {
    const { clock, network, client } = setup({ timeout: 20 });
    const call = client.get('/v1/health');
    const request = await network.next();
    clock.advance(19);
    network.answer(request, HttpResponse.json(health));
    await expect(call).resolves.toEqual(health);
    expect(clock.pending).toBe(0);
  });

  it('stops with TimeoutError once the deadline has passed across attempts', async () => {
    const { clock, network, client } = setup({ maxRetries: 100, deadline: 100 });
    const call = client.get('/v1/health').catch((e) => e);
    // Two attempts answer 503 after 40 ms each; the third is cut off at 100 ms, 20 ms in.
    for (let i = 0; i < 2; i++) {
      const request = await network.next();
      clock.advance(40);
      network.answer(
        request,
        HttpResponse.json({ title: 'u', status: 503, code: 'unavailable' }, { status: 503 }),
      );
    }
    await network.next();
    clock.advance(20);
    const error = await call;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe('GET /v1/health exceeded its deadline of 100 ms');
    expect(network.sent).toHaveLength(3);
  });

  it("rejects with the caller's abort reason and does not retry", async () => {
    const { network, client } = setup({ maxRetries: 5 });
    const controller = new AbortController();
    const call = client.get('/v1/health', { signal: controller.signal });
    await network.next();
    controller.abort(new Error('navigated away'));
    await expect(call).rejects.toThrow('navigated away');
    expect(network.sent).toHaveLength(1);
  });

  it('rejects with an AbortError DOMException when aborted without a reason', async () => {
    server.use(http.get(`${BASE}/v1/health`, () => HttpResponse.json(health)));
    const client = new ApothecaClient({ baseUrl: BASE, browser: false });
    const error = await client.get('/v1/health', { signal: AbortSignal.abort() }).catch((e) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect(error.name).toBe('AbortError');
  });

  it('cancels a pending retry wait at once when aborted', async () => {
    const clock = manualClock();
    const network = hangingFetch();
    const controller = new AbortController();
    const reason = new Error('cancelled by user');
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: false,
      clock,
      fetch: network.fetch,
      // Aborts once the client has started its 50 s wait on the clock (never advanced here).
      onRetry: () => void Promise.resolve().then(() => controller.abort(reason)),
    });
    const call = client.post('/v1/patients', {
      body: { name: 'x', birth_date: '2000-01-01' },
      signal: controller.signal,
      deadline: 120_000,
    });
    network.answer(
      await network.next(),
      HttpResponse.json(
        { title: 'busy', status: 429, code: 'rate_limited' },
        { status: 429, headers: { 'retry-after': '50' } },
      ),
    );
    await expect(call).rejects.toBe(reason);
    expect(network.sent).toHaveLength(1);
    expect(clock.pending).toBe(0); // the wait's timer was cancelled, not left to fire
  });

  it('still succeeds when the signal never aborts', async () => {
    server.use(http.get(`${BASE}/v1/health`, () => HttpResponse.json(health)));
    const client = new ApothecaClient({ baseUrl: BASE, browser: false });
    await expect(
      client.get('/v1/health', { signal: new AbortController().signal }),
    ).resolves.toEqual(health);
  });
});
