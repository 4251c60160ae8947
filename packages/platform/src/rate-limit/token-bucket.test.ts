import { createTestPlatform } from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket';

describe('TokenBuckets', () => {
  it('allows a burst, then refills at the configured rate', () => {
    const buckets = new TokenBuckets();
    const config = { capacity: 2, refillPerSecond: 0.5 };
    expect(buckets.take('a', config, 0)).toEqual({ ok: true });
    expect(buckets.take('a', config, 0)).toEqual({ ok: true });
    expect(buckets.take('a', config, 0)).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(buckets.take('b', config, 0)).toEqual({ ok: true });
    expect(buckets.take('a', config, 1000)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(buckets.take('a', config, 2000)).toEqual({ ok: true });
  });
});

describe('rate limiting', () => {
  it('answers 429 rate_limited with an integer Retry-After, per credential', async () => {
    let now = Date.parse('2026-11-01T00:00:00Z');
    const sandbox = createTestPlatform({
      now: () => new Date(now),
      rateLimit: { capacity: 100, refillPerSecond: 100 },
    });
    const limited = 'sk_test_apotheca_limited';
    for (let i = 0; i < 5; i++) {
      expect((await sandbox.api('GET', '/v1/patients?limit=1', { token: limited })).status).toBe(
        200,
      );
    }
    const blocked = await sandbox.api<{ code: string }>('GET', '/v1/patients?limit=1', {
      token: limited,
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('rate_limited');
    expect(blocked.headers.get('retry-after')).toBe('1');
    // Another credential is unaffected.
    expect((await sandbox.api('GET', '/v1/patients?limit=1')).status).toBe(200);
    now += 1000;
    expect((await sandbox.api('GET', '/v1/patients?limit=1', { token: limited })).status).toBe(200);
  });

  it('applies the configured default bucket to ordinary keys', async () => {
    const sandbox = createTestPlatform({
      now: () => new Date(0),
      rateLimit: { capacity: 2, refillPerSecond: 0.1 },
    });
    expect((await sandbox.api('GET', '/v1/health', { token: null })).status).toBe(200);
    expect((await sandbox.api('GET', '/v1/patients?limit=1')).status).toBe(200);
    expect((await sandbox.api('GET', '/v1/patients?limit=1')).status).toBe(200);
    const blocked = await sandbox.api('GET', '/v1/patients?limit=1');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('10');
  });
});
