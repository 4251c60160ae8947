import { describe, expect, it } from 'vitest';
import {
  ApothecaError,
  AuthenticationError,
  ConflictError,
  IdempotencyKeyReusedError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  ValidationError,
} from './errors';
import { errorFromResponse } from './from-response';

function problemResponse(
  status: number,
  problem: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Error', status, ...problem }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

describe('errorFromResponse', () => {
  it.each([
    [400, 'validation_failed', ValidationError],
    [401, 'unauthorized', AuthenticationError],
    [403, 'forbidden', PermissionError],
    [404, 'not_found', NotFoundError],
    [409, 'pack_not_active', ConflictError],
    [413, 'payload_too_large', ValidationError],
    [422, 'validation_failed', ValidationError],
    [422, 'idempotency_key_reused', IdempotencyKeyReusedError],
    [429, 'rate_limited', RateLimitError],
    [500, 'internal_error', ServerError],
    [503, 'unavailable', ServerError],
  ])('maps %i %s to %O', async (status, code, Class) => {
    const error = await errorFromResponse('GET', '/v1/x', problemResponse(status, { code }));
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ApothecaError);
    expect(error.name).toBe(Class.name);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
  });

  it('writes a message naming the call, status, code, detail, field errors and request id', async () => {
    const error = await errorFromResponse(
      'POST',
      '/v1/patients',
      problemResponse(
        400,
        {
          code: 'validation_failed',
          detail: 'The request body is invalid.',
          request_id: 'req_body',
          errors: [{ path: '/body/birth_date', code: 'format', message: 'must be a date' }],
        },
        { 'apotheca-request-id': 'req_abc' },
      ),
    );
    expect(error.message).toBe(
      'POST /v1/patients failed with 400 validation_failed: The request body is invalid.; /body/birth_date: must be a date (request req_abc)',
    );
    expect(error.requestId).toBe('req_abc');
    expect(error.errors).toEqual([
      { path: '/body/birth_date', code: 'format', message: 'must be a date' },
    ]);
    expect(error.problem?.detail).toBe('The request body is invalid.');
    expect(error.headers?.get('apotheca-request-id')).toBe('req_abc');
  });

  it('falls back to the problem request_id when the header is missing', async () => {
    const error = await errorFromResponse(
      'GET',
      '/v1/x',
      problemResponse(404, { code: 'not_found', request_id: 'req_p' }),
    );
    expect(error.requestId).toBe('req_p');
  });

  it('still types an error whose body is not JSON', async () => {
    const response = new Response('<html>Bad gateway</html>', {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'content-type': 'text/html' },
    });
    const error = await errorFromResponse('GET', '/v1/health', response);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.code).toBe('http_502');
    expect(error.problem).toBeUndefined();
    expect(error.errors).toEqual([]);
    expect(error.message).toBe('GET /v1/health failed with 502 http_502: Bad Gateway');
  });

  it('reads Retry-After into RateLimitError.retryAfterMs', async () => {
    const error = await errorFromResponse(
      'GET',
      '/v1/x',
      problemResponse(429, { code: 'rate_limited' }, { 'retry-after': '3' }),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3000);
  });
});

describe('errorFromResponse message', () => {
  it('does not repeat field errors the detail already states', async () => {
    const response = new Response(
      JSON.stringify({
        title: 'Invalid',
        status: 400,
        code: 'validation_failed',
        detail: '/body/birth_date must be a calendar date (YYYY-MM-DD).',
        errors: [
          {
            path: '/body/birth_date',
            code: 'invalid_format',
            message: 'must be a calendar date (YYYY-MM-DD)',
          },
          {
            path: '/body/sex',
            code: 'enum',
            message: 'must be one of female, male, other, unknown',
          },
        ],
      }),
      { status: 400, headers: { 'apotheca-request-id': 'req_abc' } },
    );
    const error = await errorFromResponse('POST', '/v1/patients', response);
    expect(error.message).toBe(
      'POST /v1/patients failed with 400 validation_failed: /body/birth_date must be a calendar date (YYYY-MM-DD).; /body/sex: must be one of female, male, other, unknown (request req_abc)',
    );
  });
});
