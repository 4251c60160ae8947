import { ApothecaError, ConnectionError, TimeoutError } from '../errors/errors';

/**
 * 409 codes that mean "try again shortly" rather than "this can never succeed": the same
 * `Idempotency-Key` is still being processed, or a row lock timed out. Every other 409 (e.g.
 * `pack_not_active`) is a domain conflict and is never retried.
 */
export const RETRYABLE_CONFLICT_CODES: readonly string[] = [
  'idempotency_key_in_progress',
  'lock_timeout',
];

/**
 * Whether a failed attempt may be retried: connection errors, per-attempt timeouts, 408, 429,
 * retryable 409s (see {@link RETRYABLE_CONFLICT_CODES}) and 5xx except 501 and 505, which mean
 * the server will never support the request, so retrying only wastes the caller's deadline.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ConnectionError || error instanceof TimeoutError) return true;
  if (!(error instanceof ApothecaError) || error.status === undefined) return false;
  const { status, code } = error;
  if (status === 409) return RETRYABLE_CONFLICT_CODES.includes(code);
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** Backoff settings; all optional. */
export interface BackoffOptions {
  /** Delay before the first retry, before jitter (default 500 ms); doubles each retry. */
  baseMs?: number;
  /** Largest delay before jitter (default 8000 ms). */
  capMs?: number;
  /** Source of jitter in [0, 1) (default `Math.random`); inject for deterministic tests. */
  random?: () => number;
  /** Waits `ms`, rejecting with `signal.reason` as soon as `signal` aborts (default: a timer). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Exponential backoff with full jitter: uniform in [0, min(cap, base · 2^retry)). */
export function backoffDelay(retry: number, options: BackoffOptions = {}): number {
  const { baseMs = 500, capMs = 8000, random = Math.random } = options;
  return random() * Math.min(capMs, baseMs * 2 ** retry);
}

/** A timer that an abort cancels at once, rejecting with the signal's reason. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
