import { HttpResponse, http } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { NotFoundError, ValidationError } from '../errors/errors';
import { BASE, problem, useMswServer } from '../test-support/msw';
import { API_VERSION, CLIENT_VERSION } from '../version';
import { ApothecaClient } from './client';

const server = useMswServer();

const patient = {
  id: 'pat_1',
  object: 'patient' as const,
  name: 'David Chen',
  birth_date: '1988-07-02',
  sex: 'male' as const,
  allergies: [],
  conditions: [],
  preferred_locale: 'en' as const,
  metadata: {},
  created_at: '2026-11-01T00:00:00Z',
  updated_at: '2026-11-01T00:00:00Z',
};

function client(options: Partial<ConstructorParameters<typeof ApothecaClient>[0]> = {}) {
  return new ApothecaClient({ baseUrl: BASE, apiKey: 'sk_test_x', browser: false, ...options });
}

describe('ApothecaClient transport', () => {
  it('sends version, client, auth and JSON headers, and returns the parsed body', async () => {
    let seen: Request | undefined;
    server.use(
      http.post(`${BASE}/v1/patients`, async ({ request }) => {
        seen = request.clone();
        return HttpResponse.json(patient, { status: 201 });
      }),
    );
    const created = await client().post('/v1/patients', {
      body: { name: 'David Chen', birth_date: '1988-07-02' },
    });
    expectTypeOf(created.id).toEqualTypeOf<string>();
    expect(created).toEqual(patient);
    expect(seen?.headers.get('apotheca-version')).toBe(API_VERSION);
    expect(seen?.headers.get('apotheca-client')).toBe(`@apotheca/core/${CLIENT_VERSION}`);
    expect(seen?.headers.get('user-agent')).toBe(`@apotheca/core/${CLIENT_VERSION}`);
    expect(seen?.headers.get('authorization')).toBe('Bearer sk_test_x');
    expect(seen?.headers.get('content-type')).toBe('application/json');
    expect(await seen?.json()).toEqual({ name: 'David Chen', birth_date: '1988-07-02' });
  });

  it('fills path parameters (encoded) and query parameters, and keeps a base path', async () => {
    const urls: string[] = [];
    server.use(
      http.get(`${BASE}/api/v1/patients/:id`, ({ request }) => {
        urls.push(request.url);
        return HttpResponse.json(patient);
      }),
      http.get(`${BASE}/api/v1/patients`, ({ request }) => {
        urls.push(request.url);
        return HttpResponse.json({ object: 'list', data: [], next_cursor: null });
      }),
    );
    const c = client({ baseUrl: `${BASE}/api/` });
    await c.get('/v1/patients/{id}', { params: { path: { id: 'pat_a/b' } } });
    await c.get('/v1/patients', { params: { query: { limit: 5, cursor: undefined } } });
    expect(urls).toEqual([`${BASE}/api/v1/patients/pat_a%2Fb`, `${BASE}/api/v1/patients?limit=5`]);
  });

  it('sends an Idempotency-Key on POST, PATCH and DELETE but not on GET', async () => {
    const keys: Record<string, string | null> = {};
    const record =
      (body: object) =>
      ({ request }: { request: Request }) => {
        keys[request.method] = request.headers.get('idempotency-key');
        return HttpResponse.json(body);
      };
    server.use(
      http.get(`${BASE}/v1/patients/:id`, record(patient)),
      http.patch(`${BASE}/v1/patients/:id`, record(patient)),
      http.post(`${BASE}/v1/patients`, record(patient)),
      http.delete(
        `${BASE}/v1/webhook-endpoints/:id`,
        record({ id: 'we_1', object: 'webhook_endpoint', deleted: true }),
      ),
    );
    const c = client();
    await c.get('/v1/patients/{id}', { params: { path: { id: 'pat_1' } } });
    await c.patch('/v1/patients/{id}', { params: { path: { id: 'pat_1' } }, body: { name: 'D' } });
    await c.post('/v1/patients', { body: { name: 'D', birth_date: '1988-07-02' } });
    await c.delete('/v1/webhook-endpoints/{id}', { params: { path: { id: 'we_1' } } });
    expect(keys.GET).toBeNull();
    for (const method of ['PATCH', 'POST', 'DELETE']) {
      expect(keys[method]).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
    expect(new Set([keys.PATCH, keys.POST, keys.DELETE]).size).toBe(3);
  });

  it("uses the caller's Idempotency-Key and extra headers", async () => {
    let seen: Headers | undefined;
    server.use(
      http.post(`${BASE}/v1/patients`, ({ request }) => {
        seen = request.headers;
        return HttpResponse.json(patient, { status: 201 });
      }),
    );
    await client({ headers: { 'x-tenant': 'a' } }).post('/v1/patients', {
      body: { name: 'D', birth_date: '1988-07-02' },
      idempotencyKey: 'my-key-1',
      headers: { 'X-Trace': 't1' },
    });
    expect(seen?.get('idempotency-key')).toBe('my-key-1');
    expect(seen?.get('x-tenant')).toBe('a');
    expect(seen?.get('x-trace')).toBe('t1');
  });

  it('throws typed errors with the field errors of a problem', async () => {
    server.use(
      http.post(`${BASE}/v1/patients`, () =>
        HttpResponse.json(
          {
            type: 'https://docs.apotheca.example/errors/validation_failed',
            title: 'Invalid request',
            status: 400,
            code: 'validation_failed',
            request_id: 'req_1',
            errors: [{ path: '/body/birth_date', code: 'format', message: 'must be a date' }],
          },
          {
            status: 400,
            headers: { 'content-type': 'application/problem+json', 'apotheca-request-id': 'req_1' },
          },
        ),
      ),
      http.get(`${BASE}/v1/patients/:id`, () => problem(404, 'not_found')),
    );
    const c = client();
    const invalid = await c
      .post('/v1/patients', { body: { name: 'D', birth_date: 'soon' } })
      .catch((e) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(invalid.errors[0].path).toBe('/body/birth_date');
    expect(invalid.message).toContain('POST /v1/patients failed with 400 validation_failed');
    expect(invalid.message).toContain('(request req_1)');
    await expect(
      c.get('/v1/patients/{id}', { params: { path: { id: 'pat_x' } } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('runs beforeRequest and afterResponse hooks on every attempt, and lets them replace', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${BASE}/v1/health`, ({ request }) =>
        HttpResponse.json({
          status: 'ok',
          api_version: API_VERSION,
          time: request.headers.get('x-hooked'),
        }),
      ),
    );
    const health = await client({
      hooks: {
        beforeRequest: (request) => {
          seen.push(`before ${request.method} ${new URL(request.url).pathname}`);
          const headers = new Headers(request.headers);
          headers.set('x-hooked', 'yes');
          return new Request(request, { headers });
        },
        afterResponse: (_request, response) => {
          seen.push(`after ${response.status}`);
        },
      },
    }).get('/v1/health');
    expect(health.time).toBe('yes');
    expect(seen).toEqual(['before GET /v1/health', 'after 200']);
  });

  it('returns undefined for an empty success body', async () => {
    server.use(
      http.delete(
        `${BASE}/v1/webhook-endpoints/:id`,
        () => new HttpResponse(null, { status: 204 }),
      ),
    );
    await expect(
      client().delete('/v1/webhook-endpoints/{id}', { params: { path: { id: 'we_1' } } }),
    ).resolves.toBeUndefined();
  });

  it('rejects a missing path parameter before sending anything', async () => {
    await expect(
      client().request('GET', '/v1/patients/{id}', { params: { path: {} } }),
    ).rejects.toThrow('Missing path parameter "id"');
  });

  it('uppercases the method of a raw request (a lowercase get sends no Idempotency-Key)', async () => {
    let seen: Request | undefined;
    server.use(
      http.get(`${BASE}/v1/health`, ({ request }) => {
        seen = request;
        return HttpResponse.json({ status: 'ok' });
      }),
    );
    await client().request('get', '/v1/health');
    expect(seen?.method).toBe('GET');
    expect(seen?.headers.get('idempotency-key')).toBeNull();
  });

  it('types paths, parameters and bodies from the contract', () => {
    const c = client();
    // Never called: these lines only have to (not) compile.
    const typeChecks = () => [
      // @ts-expect-error path parameters are required for /v1/patients/{id}
      c.get('/v1/patients/{id}'),
      // @ts-expect-error not a path of the contract
      c.get('/v1/patient'),
      // @ts-expect-error there is no PUT-like POST on a patient
      c.post('/v1/patients/{id}', { params: { path: { id: 'pat_1' } } }),
      // @ts-expect-error birth_date is required
      c.post('/v1/patients', { body: { name: 'x' } }),
      c.get('/v1/health'),
    ];
    expect(typeof typeChecks).toBe('function');
  });
});
