import type { RateLimitConfig, SecretKeyConfig } from '../auth/seeded-credentials';
import type { DomainModule } from '../domains/types';
import type { TextHash } from '../idempotency/fingerprint';
import type { Storage } from '../storage/types';
import type { Clock } from '../util/clock';
import type { WebhookRetryOptions } from '../webhooks/dispatcher';

/** Options of {@link createPlatform}. */
export interface PlatformOptions {
  /**
   * The domains served (default `defaultDomains()`: every domain with its seeded reference
   * data). Pass `defaultDomains({ trace: { registry } })` to give a domain other data.
   */
  domains?: DomainModule[];
  /** Where state lives (default: a new `MemoryStorage`). */
  storage?: Storage;
  /**
   * The platform clock (default: `() => new Date()`), the engine's only source of "now": request
   * times, ids, webhook scheduling, rate limits, token and idempotency-key expiry. Inject one to
   * test expiry; objects on a test clock (`/v1/test-helpers/test-clocks`) use that clock instead.
   */
  now?: Clock;
  /** Write the deterministic seed data (default true). */
  seed?: boolean;
  /**
   * Token bucket per credential (default `{ capacity: 100000, refillPerSecond: 50000 }`, high
   * enough for load tests); `false` turns it off. Keys with their own limit
   * (`sk_test_apotheca_limited`) keep it.
   */
  rateLimit?: RateLimitConfig | false;
  /** Maximum JSON/form body in bytes (default 1 MiB; file uploads allow 10 MiB). */
  maxBodyBytes?: number;
  /** `fetch` used to deliver webhooks (default `globalThis.fetch`). */
  webhookFetch?: typeof fetch;
  /** Webhook retry schedule (default `{ baseMs: 1000, maxAttempts: 8 }`). */
  webhookRetry?: Partial<WebhookRetryOptions>;
  /** Per-attempt webhook timeout (default 10 s). */
  webhookTimeoutMs?: number;
  /** Extra secret keys besides the seeded ones. */
  secretKeys?: SecretKeyConfig[];
  /** Where unexpected errors are logged (default `console`). */
  logger?: Pick<Console, 'error' | 'warn'>;
  /**
   * A synchronous SHA-256 (lowercase hex of the UTF-8 text) for idempotency fingerprints. The
   * default is WebCrypto, which is async; a host with a native synchronous hash (the Node host
   * passes `node:crypto`) saves a round trip per keyed request. Must return the same digest.
   *
   * @example
   * ```ts
   * import { createHash } from 'node:crypto';
   * createPlatform({ hashFingerprint: (text) => createHash('sha256').update(text).digest('hex') });
   * ```
   */
  hashFingerprint?: TextHash;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const FILE_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_RATE_LIMIT: RateLimitConfig = { capacity: 100_000, refillPerSecond: 50_000 };
export const DEFAULT_WEBHOOK_RETRY: WebhookRetryOptions = { baseMs: 1000, maxAttempts: 8 };
