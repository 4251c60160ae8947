import { sleepOn, systemClock } from '../clock/clock';
import { ApothecaError, ConnectionError, TimeoutError } from '../errors/errors';

/**
 * 409 codes retried when the server sends no `Apotheca-Should-Retry`: the platform's own "try again
 * shortly" conflicts (the same `Idempotency-Key` still in progress, a lock timed out).
 *
 * @deprecated The server says what is retryable with `Apotheca-Should-Retry`; this list only
 * serves servers that predate the header and goes in the next major version. Never add domain
 * codes here: mark them retryable on the server.
 */
export const RETRYABLE_CONFLICT_CODES: readonly string[] = [
  'idempotency_key_in_progress',
  'lock_timeout',
];

/** The server's verdict from `Apotheca-Should-Retry` (`undefined` when absent or neither value). */
export function serverSaysRetry(headers: Headers | undefined): boolean | undefined {
  const value = headers?.get('apotheca-should-retry')?.trim().toLowerCase();
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

/**
 * Whether a failed attempt may be retried. The server decides when it answers with
 * `Apotheca-Should-Retry: true|false` (it knows whether a conflict may clear). Otherwise by status:
 * connection errors, per-attempt timeouts, 408, 429 and 5xx except 501 and 505 (the server will
 * never support the request, so retrying only wastes the caller's deadline); a 409 only for the
 * deprecated {@link RETRYABLE_CONFLICT_CODES}.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ConnectionError || error instanceof TimeoutError) return true;
  if (!(error instanceof ApothecaError) || error.status === undefined) return false;
  const verdict = serverSaysRetry(error.headers);
  if (verdict !== undefined) return verdict;
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
  /** Waits `ms`, rejecting with `signal.reason` as soon as `signal` aborts (default: a timer on the client's clock). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Exponential backoff with full jitter: uniform in [0, min(cap, base · 2^retry)). */
export function backoffDelay(retry: number, options: BackoffOptions = {}): number {
  const { baseMs = 500, capMs = 8000, random = Math.random } = options;
  return random() * Math.min(capMs, baseMs * 2 ** retry);
}

/** A timer that an abort cancels at once, rejecting with the signal's reason. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return sleepOn(systemClock, ms, signal);
}
