import { checkedFetch, PATIENTS, SECRET_KEY } from '@apotheca/testing/node';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockPlatform } from './index';

const mock = createMockPlatform();
const other = createMockPlatform({ baseUrl: 'https://api.partner.test/' });
const server = setupServer(...mock.handlers, ...other.handlers);
const auth = { authorization: `Bearer ${SECRET_KEY}` };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

/** Plain fetch (through msw), with every response checked against the contract. */
const call = checkedFetch;

describe('createMockPlatform', () => {
  it('answers plain fetch calls with the sandbox engine and its seed data', async () => {
    const res = await call(`http://localhost:4010/v1/patients/${PATIENTS.wangfang}`, {
      headers: auth,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('apotheca-request-id')).toMatch(/^req_/);
    expect(await res.json()).toMatchObject({ name: '王芳', birth_date: '1956-03-14' });
  });

  it('validates like the sandbox', async () => {
    const res = await call('http://localhost:4010/v1/patients', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"name":"Li"}',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: '/body/birth_date' }],
    });
    const noAuth = await call('http://localhost:4010/v1/patients');
    expect(noAuth.status).toBe(401);
  });

  it('keeps state until reset()', async () => {
    const created = await call('http://localhost:4010/v1/patients', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': 'mock-1' },
      body: JSON.stringify({ name: 'Mock Patient', birth_date: '1990-01-01' }),
    });
    const { id } = (await created.json()) as { id: string };
    expect((await call(`http://localhost:4010/v1/patients/${id}`, { headers: auth })).status).toBe(
      200,
    );
    const before = mock.platform;
    mock.reset();
    expect(mock.platform).not.toBe(before);
    expect((await call(`http://localhost:4010/v1/patients/${id}`, { headers: auth })).status).toBe(
      404,
    );
  });

  it('serves a custom base URL', async () => {
    const res = await call('https://api.partner.test/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });
});
