import { describe, expect, it } from 'vitest';
import {
  ApothecaError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  ServerError,
  TimeoutError,
} from '../errors/errors';
import { backoffDelay, isRetryable, sleep } from './policy';
import { parseRetryAfter } from './retry-after';

describe('isRetryable', () => {
  it.each([
    [new ConnectionError('x'), true],
    [new TimeoutError('x'), true],
    [new ApothecaError('x', { status: 408 }), true],
    [new ApothecaError('x', { status: 429 }), true],
    [new ServerError('x', { status: 500 }), true],
    [new ServerError('x', { status: 503 }), true],
    [new ServerError('x', { status: 501 }), false],
    [new ServerError('x', { status: 505 }), false],
    [new ConflictError('x', { status: 409, code: 'idempotency_key_in_progress' }), true],
    [new ConflictError('x', { status: 409, code: 'lock_timeout' }), true],
    [new ConflictError('x', { status: 409, code: 'pack_not_active' }), false],
    [new NotFoundError('x', { status: 404 }), false],
    [new ApothecaError('x', { status: 400 }), false],
    [new ApothecaError('no status'), false],
    [new Error('plain'), false],
  ])('%o → %s', (error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });
});

describe('isRetryable with Apotheca-Should-Retry', () => {
  const answer = (status: number, code: string, shouldRetry?: string) =>
    new ApothecaError('x', {
      status,
      code,
      headers: new Headers(
        shouldRetry === undefined ? {} : { 'Apotheca-Should-Retry': shouldRetry },
      ),
    });

  it('retries what the server marks retryable, whatever the status or code', () => {
    expect(isRetryable(answer(409, 'pack_locked', 'true'))).toBe(true);
    expect(isRetryable(answer(409, 'pack_locked'))).toBe(false);
    expect(isRetryable(answer(423, 'locked', ' TRUE '))).toBe(true);
  });

  it('does not retry what the server marks final, even a 503 or a platform 409', () => {
    expect(isRetryable(answer(503, 'maintenance', 'false'))).toBe(false);
    expect(isRetryable(answer(503, 'maintenance'))).toBe(true);
    expect(isRetryable(answer(409, 'lock_timeout', 'false'))).toBe(false);
    expect(isRetryable(answer(429, 'quota_exhausted', 'false'))).toBe(false);
  });

  it('ignores a value that is neither true nor false', () => {
    expect(isRetryable(answer(400, 'validation_failed', 'maybe'))).toBe(false);
    expect(isRetryable(answer(500, 'internal_error', '1'))).toBe(true);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base and caps, scaled by jitter', () => {
    const top = { random: () => 0.999_999 };
    expect(backoffDelay(0, top)).toBeCloseTo(500, 0);
    expect(backoffDelay(1, top)).toBeCloseTo(1000, 0);
    expect(backoffDelay(3, top)).toBeCloseTo(4000, 0);
    expect(backoffDelay(4, top)).toBeCloseTo(8000, 0);
    expect(backoffDelay(10, top)).toBeCloseTo(8000, 0);
  });

  it('applies full jitter (anywhere from 0) and honours custom base and cap', () => {
    expect(backoffDelay(5, { random: () => 0 })).toBe(0);
    expect(backoffDelay(2, { random: () => 0.5, baseMs: 10, capMs: 1000 })).toBe(20);
    expect(backoffDelay(9, { random: () => 0.5, baseMs: 10, capMs: 1000 })).toBe(500);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(' 1.5 ')).toBe(1500);
  });

  it('reads an HTTP-date relative to now, never negative', () => {
    const now = Date.parse('2026-11-01T00:00:00Z');
    expect(parseRetryAfter('Sun, 01 Nov 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Sat, 31 Oct 2026 23:00:00 GMT', now)).toBe(0);
  });

  it('ignores missing or garbage values', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('')).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('-3')).toBeUndefined();
  });
});

describe('sleep', () => {
  it('resolves after the delay', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });

  it('rejects with the abort reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('user left');
    const waiting = sleep(60_000, controller.signal);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });

  it('rejects at once when already aborted', async () => {
    await expect(sleep(60_000, AbortSignal.abort('gone'))).rejects.toBe('gone');
  });
});
