import { TRACE_CODES } from '@apotheca/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { record, shadow, text, until } from '../test-support/dom';
import { requestsTo } from '../test-support/mock-api';
import { mintVerifierSession, mountVerifier, resetPage, typeAndSubmit } from './test-support';

beforeEach(resetPage);

describe('session', () => {
  it('keeps the token out of the DOM: the attribute is read and removed at once', async () => {
    const token = await mintVerifierSession();
    const element = await mountVerifier({ 'session-token': token });
    expect(element.hasAttribute('session-token')).toBe(false);
    expect(element.sessionToken).toBe(token);
    expect(element.outerHTML).not.toContain(token);
    expect(shadow(element).innerHTML).not.toContain(token);
  });

  it('asks the token provider once after a 401 (in core) and retries with the fresh token', async () => {
    const fresh = await mintVerifierSession();
    let asked = 0;
    const element = await mountVerifier(
      { 'session-token': 'wst_test_expired_session' },
      {
        tokenProvider: async () => {
          asked += 1;
          return fresh;
        },
      },
    );
    const expired = record(element, 'apotheca-session-expired');
    await typeAndSubmit(element, TRACE_CODES.genuine);
    await until(() => shadow(element).querySelector('#result-heading') !== null);
    expect(asked).toBe(1);
    expect(requestsTo('/v1/trace/verifications').map((request) => request.authorization)).toEqual([
      'Bearer wst_test_expired_session',
      `Bearer ${fresh}`,
    ]);
    expect(expired).toHaveLength(0);
  });

  it('fires apotheca-session-expired when no fresh token comes, and says so', async () => {
    const element = await mountVerifier(
      { 'session-token': 'wst_test_expired_session' },
      { tokenProvider: () => Promise.reject(new Error('portal logged out')) },
    );
    const expired = record(element, 'apotheca-session-expired');
    await typeAndSubmit(element, TRACE_CODES.genuine);
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect(expired.map((event) => event.detail)).toEqual([{ reason: 'expired' }]);
    expect(expired[0]?.composed).toBe(true);
    expect(text(element)).toContain('Your session has ended.');
    expect(requestsTo('/v1/trace/verifications')).toHaveLength(1);
  });

  it('fires apotheca-session-expired once when the fresh token is refused too', async () => {
    const element = await mountVerifier(
      { 'session-token': 'wst_test_expired_session' },
      { tokenProvider: async () => 'wst_test_also_expired' },
    );
    const expired = record(element, 'apotheca-session-expired');
    await typeAndSubmit(element, TRACE_CODES.genuine);
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect(expired.map((event) => event.detail)).toEqual([{ reason: 'expired' }]);
    expect(text(element)).toContain('Your session has ended.');
    expect(requestsTo('/v1/trace/verifications')).toHaveLength(2);
  });

  it('fires apotheca-session-expired (missing) without any token or provider', async () => {
    const element = await mountVerifier();
    const expired = record(element, 'apotheca-session-expired');
    await typeAndSubmit(element, TRACE_CODES.genuine);
    await until(() => expired.length === 1);
    expect(expired[0]?.detail).toEqual({ reason: 'missing' });
    expect(requestsTo('/v1/trace/verifications')).toHaveLength(0);
  });

  it('gets its first token from the provider', async () => {
    const token = await mintVerifierSession();
    const element = await mountVerifier({}, { tokenProvider: async () => token });
    await typeAndSubmit(element, TRACE_CODES.genuine);
    await until(() => shadow(element).querySelector('#result-heading') !== null);
    expect(requestsTo('/v1/trace/verifications')[0]?.authorization).toBe(`Bearer ${token}`);
  });
});
