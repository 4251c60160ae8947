import { describe, expect, it } from 'vitest';
import { en } from '../localize/messages/en';
import { describeProblem, isAbort, toProblem } from './problem';

function sdkError(name: string, status: number | undefined, code: string) {
  return Object.assign(new Error('detail that may echo input'), {
    name,
    status,
    code,
    requestId: 'req_1',
  });
}

describe('toProblem', () => {
  it('classifies SDK errors by name and status, keeping the stable code and request id', () => {
    expect(toProblem(sdkError('ConnectionError', undefined, 'connection_error'))).toEqual({
      kind: 'offline',
      code: 'connection_error',
      requestId: 'req_1',
    });
    expect(toProblem(sdkError('AuthenticationError', 401, 'token_expired')).kind).toBe('session');
    expect(toProblem(sdkError('PermissionError', 403, 'missing_scope')).kind).toBe('permission');
    expect(toProblem(sdkError('ConflictError', 409, 'pack_not_active')).kind).toBe('conflict');
    expect(toProblem(sdkError('RateLimitError', 429, 'rate_limited')).kind).toBe('rate_limited');
    expect(toProblem(sdkError('ServerError', 503, 'unavailable')).kind).toBe('server');
    expect(toProblem(sdkError('TimeoutError', undefined, 'timeout')).kind).toBe('timeout');
  });

  it('never carries the message text, and falls back to the kind for odd codes', () => {
    const problem = toProblem(Object.assign(new Error('王芳 penicillin'), { code: 'Not A Code' }));
    expect(problem).toEqual({ kind: 'unknown', code: 'unknown' });
    expect(JSON.stringify(problem)).not.toContain('王芳');
    expect(toProblem('a string')).toEqual({ kind: 'unknown', code: 'unknown' });
  });

  it('describes each kind in words a patient understands', () => {
    expect(describeProblem({ kind: 'offline', code: 'x' }, en)).toContain('internet connection');
    expect(describeProblem({ kind: 'conflict', code: 'x' }, en)).toBe(en.errorUnknown);
  });

  it('recognises aborts', () => {
    expect(isAbort(new DOMException('stop', 'AbortError'))).toBe(true);
    expect(isAbort(new Error('stop'))).toBe(false);
  });
});
