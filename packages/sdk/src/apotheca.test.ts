import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { BASE, health, problem, useMswServer } from '../../core/src/test-support/msw';
import {
  Apotheca,
  ApothecaError,
  AuthenticationError,
  DEFAULT_BASE_URL,
  generateTestWebhookHeaders,
  NotFoundError,
  SecretKeyInBrowserError,
  verifyWebhook,
} from './index';

const server = useMswServer();

describe('Apotheca', () => {
  it('talks to the local sandbox by default and checks health without credentials', async () => {
    let auth: string | null = 'unset';
    server.use(
      http.get(`${DEFAULT_BASE_URL}/v1/health`, ({ request }) => {
        auth = request.headers.get('authorization');
        return HttpResponse.json(health);
      }),
    );
    await expect(new Apotheca({ browser: false }).health()).resolves.toEqual(health);
    expect(auth).toBeNull();
    expect(DEFAULT_BASE_URL).toBe('http://localhost:4010');
  });

  it('routes every resource to its endpoint with the API key', async () => {
    const calls: string[] = [];
    const record =
      (body: object, status = 200) =>
      async ({ request }: { request: Request }) => {
        calls.push(
          `${request.method} ${new URL(request.url).pathname}${new URL(request.url).search} ${request.headers.get('authorization')}`,
        );
        return HttpResponse.json(body, { status });
      };
    server.use(
      http.post(`${BASE}/v1/widget-sessions`, record({ id: 'ws_1', token: 'wst_1' }, 201)),
      http.get(`${BASE}/v1/files/:id`, record({ id: 'file_1' })),
      http.post(`${BASE}/v1/webhook-endpoints`, record({ id: 'we_1', secret: 'whsec_x' }, 201)),
      http.get(
        `${BASE}/v1/webhook-endpoints`,
        record({ object: 'list', data: [{ id: 'we_1' }], next_cursor: null }),
      ),
      http.delete(
        `${BASE}/v1/webhook-endpoints/:id`,
        record({ id: 'we_1', object: 'webhook_endpoint', deleted: true }),
      ),
      http.get(`${BASE}/v1/patients/:id`, record({ id: 'pat_test_davidchen' })),
    );
    const apotheca = new Apotheca({ apiKey: 'sk_test_x', baseUrl: BASE, browser: false });
    await apotheca.widgetSessions.create({
      patient_id: 'pat_test_davidchen',
      scopes: ['patients:read'],
      allowed_origin: 'https://portal.example.cn',
    });
    await apotheca.files.retrieve('file_1');
    await apotheca.webhookEndpoints.create({ url: 'https://partner.example/hooks', events: ['*'] });
    expect(await apotheca.webhookEndpoints.list({ limit: 10 }).toArray({ limit: 10 })).toEqual([
      { id: 'we_1' },
    ]);
    await apotheca.webhookEndpoints.del('we_1');
    await apotheca.patients.retrieve('pat_test_davidchen');
    expect(calls).toEqual([
      'POST /v1/widget-sessions Bearer sk_test_x',
      'GET /v1/files/file_1 Bearer sk_test_x',
      'POST /v1/webhook-endpoints Bearer sk_test_x',
      'GET /v1/webhook-endpoints?limit=10 Bearer sk_test_x',
      'DELETE /v1/webhook-endpoints/we_1 Bearer sk_test_x',
      'GET /v1/patients/pat_test_davidchen Bearer sk_test_x',
    ]);
  });

  it('uploads a file with its purpose', async () => {
    let received: { purpose: FormDataEntryValue | null; name: string; size: number } | undefined;
    server.use(
      http.post(`${BASE}/v1/files`, async ({ request }) => {
        const form = await request.formData();
        const file = form.get('file') as File;
        received = { purpose: form.get('purpose'), name: file.name, size: file.size };
        return HttpResponse.json({ id: 'file_1' }, { status: 201 });
      }),
    );
    const apotheca = new Apotheca({ apiKey: 'sk_test_x', baseUrl: BASE, browser: false });
    await apotheca.files.create({
      file: new Uint8Array(10),
      filename: 'rx.jpg',
      contentType: 'image/jpeg',
      purpose: 'prescription_photo',
    });
    expect(received).toEqual({ purpose: 'prescription_photo', name: 'rx.jpg', size: 10 });
  });

  it('gets, caches and refreshes OAuth client-credentials tokens', async () => {
    let issued = 0;
    const valid = new Set<string>();
    server.use(
      http.post(`${BASE}/v1/oauth/token`, async ({ request }) => {
        const body = (await request.json()) as Record<string, string>;
        if (body.client_secret !== 'cs_test_insurer_secret') {
          return problem(401, 'invalid_client');
        }
        const token = `at_${++issued}`;
        valid.add(token);
        return HttpResponse.json({
          access_token: token,
          token_type: 'Bearer',
          expires_in: 3600,
          scope: body.scope ?? '',
        });
      }),
      http.get(`${BASE}/v1/patients/:id`, ({ request }) => {
        const token = request.headers.get('authorization')?.replace('Bearer ', '') ?? '';
        return valid.has(token)
          ? HttpResponse.json({ id: 'pat_1' })
          : problem(401, 'invalid_token');
      }),
    );
    const insurer = new Apotheca({
      baseUrl: BASE,
      browser: false,
      clientId: 'client_test_insurer',
      clientSecret: 'cs_test_insurer_secret',
    });
    await insurer.patients.retrieve('pat_1');
    await insurer.patients.retrieve('pat_1');
    expect(issued).toBe(1);
    valid.clear(); // the token is revoked: the next call gets a 401, refreshes once and succeeds
    await insurer.patients.retrieve('pat_1');
    expect(issued).toBe(2);

    const wrong = new Apotheca({
      baseUrl: BASE,
      browser: false,
      clientId: 'client_test_insurer',
      clientSecret: 'nope',
    });
    await expect(wrong.patients.retrieve('pat_1')).rejects.toBeInstanceOf(AuthenticationError);
    expect(() => new Apotheca({ clientId: 'only-id' })).toThrow('both clientId and clientSecret');
  });

  it('sends the OAuth token request with every client option (headers, hooks, onRetry, deadline)', async () => {
    const tokenRequests: { header: string | null }[] = [];
    server.use(
      http.post(`${BASE}/v1/oauth/token`, ({ request }) => {
        tokenRequests.push({ header: request.headers.get('x-partner') });
        // The first attempt fails with a retryable 503, so onRetry must hear about it.
        if (tokenRequests.length === 1) return problem(503, 'unavailable');
        return HttpResponse.json({
          access_token: 'at_1',
          token_type: 'Bearer',
          expires_in: 3600,
          scope: '',
        });
      }),
      http.get(`${BASE}/v1/patients/:id`, () => HttpResponse.json({ id: 'pat_1' })),
    );
    const seen: string[] = [];
    const retried: string[] = [];
    const insurer = new Apotheca({
      baseUrl: BASE,
      browser: false,
      clientId: 'client_test_insurer',
      clientSecret: 'cs_test_insurer_secret',
      headers: { 'x-partner': 'insurer-1' },
      hooks: { beforeRequest: (request) => void seen.push(new URL(request.url).pathname) },
      onRetry: ({ error }) => retried.push(`${error.status}`),
      // The one backoff wait (0 ms here) is recorded, not slept.
      backoff: { random: () => 0, sleep: async () => {} },
      deadline: 60_000,
    });
    await insurer.patients.retrieve('pat_1');
    expect(tokenRequests).toEqual([{ header: 'insurer-1' }, { header: 'insurer-1' }]);
    expect(seen).toEqual(['/v1/oauth/token', '/v1/oauth/token', '/v1/patients/pat_1']);
    expect(retried).toEqual(['503']);
  });

  it('applies the deadline to the OAuth token request too', async () => {
    server.use(
      http.post(`${BASE}/v1/oauth/token`, () =>
        problem(503, 'unavailable', { 'retry-after': '5' }),
      ),
    );
    const insurer = new Apotheca({
      baseUrl: BASE,
      browser: false,
      clientId: 'client_test_insurer',
      clientSecret: 'cs_test_insurer_secret',
      // A 5 s Retry-After does not fit a 1 s deadline: the token request fails at once.
      deadline: 1_000,
      backoff: { sleep: async () => expect.unreachable('must not wait past the deadline') },
    });
    await expect(insurer.patients.retrieve('pat_1')).rejects.toMatchObject({ status: 503 });
  });

  it('refuses a secret key in a browser', () => {
    expect(() => new Apotheca({ apiKey: 'sk_test_x', browser: true })).toThrow(
      SecretKeyInBrowserError,
    );
  });

  it('re-exports core: errors, webhook helpers and the typed client', async () => {
    server.use(http.get(`${BASE}/v1/patients/:id`, () => problem(404, 'not_found')));
    const apotheca = new Apotheca({ apiKey: 'sk_test_x', baseUrl: BASE, browser: false });
    const error = await apotheca.patients.retrieve('pat_nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(ApothecaError);
    expect(apotheca.webhooks.verify).toBe(verifyWebhook);
    const secret = `whsec_${btoa('sdk-test-secret')}`;
    const payload = JSON.stringify({
      id: 'evt_1',
      object: 'event',
      type: 'patient.created',
      api_version: '2026-11-01',
      created_at: '2026-11-01T00:00:00Z',
      data: { object: {} },
    });
    const headers = await generateTestWebhookHeaders({ payload, secret });
    await expect(apotheca.webhooks.verify(payload, headers, secret)).resolves.toMatchObject({
      id: 'evt_1',
    });
  });
});
