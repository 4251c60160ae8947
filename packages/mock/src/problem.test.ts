import { describe, expect, it } from 'vitest';
import { problemResponse } from './problem';

describe('problemResponse', () => {
  it('is a problem+json document with the request id in body and header', async () => {
    const response = problemResponse(429, 'rate_limited', { headers: { 'Retry-After': '2' } });
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('apotheca-request-id')).toBe('req_mock_rate_limited');
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toEqual({
      type: 'https://docs.apotheca.example/errors/rate_limited',
      title: 'rate limited',
      status: 429,
      code: 'rate_limited',
      request_id: 'req_mock_rate_limited',
    });
  });
});
