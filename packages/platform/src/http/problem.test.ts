import { describe, expect, it } from 'vitest';
import { ApiError } from './problem';

const retryHeader = (status: number) =>
  new ApiError(status, 'x', 'x').toReply('req_1').headers['Apotheca-Should-Retry'];

describe('ApiError replies', () => {
  it('tell clients whether the same request may succeed later (Apotheca-Should-Retry)', () => {
    expect(retryHeader(429)).toBe('true');
    expect(retryHeader(503)).toBe('true');
    // A domain conflict, a validation error, a missing resource: the same answer every time.
    for (const status of [400, 401, 403, 404, 409, 413, 415, 422])
      expect(retryHeader(status)).toBe('false');
    // Where the sandbox does not know, the client's status-based default applies.
    expect(retryHeader(500)).toBeUndefined();
    expect(retryHeader(408)).toBeUndefined();
  });

  it('lets an error override it with its own headers', () => {
    const reply = new ApiError(409, 'lock_timeout', 'busy', {
      headers: { 'Apotheca-Should-Retry': 'true' },
    }).toReply('req_1');
    expect(reply.headers['Apotheca-Should-Retry']).toBe('true');
  });
});
