import type { RateLimitConfig } from '../auth/seeded-credentials';

interface Bucket {
  tokens: number;
  updatedMs: number;
}

/** The outcome of taking one token. */
export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Token buckets keyed by credential. Time comes from the platform clock, so tests can refill a
 * bucket by moving the clock instead of sleeping.
 *
 * @example
 * ```ts
 * const limiter = new TokenBuckets();
 * limiter.take('key:abc', { capacity: 5, refillPerSecond: 1 }, Date.now());
 * ```
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  take(key: string, config: RateLimitConfig, nowMs: number): TakeResult {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: config.capacity, updatedMs: nowMs };
      this.buckets.set(key, bucket);
    } else if (nowMs > bucket.updatedMs) {
      const refill = ((nowMs - bucket.updatedMs) / 1000) * config.refillPerSecond;
      bucket.tokens = Math.min(config.capacity, bucket.tokens + refill);
      bucket.updatedMs = nowMs;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    const seconds = (1 - bucket.tokens) / config.refillPerSecond;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(seconds)) };
  }
}
