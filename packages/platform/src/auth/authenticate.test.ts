import { createTestPlatform } from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';

type Problem = { code: string; status: number; detail: string };
type Token = { access_token: string; token_type: string; expires_in: number; scope: string };
type Session = { token: string; expires_at: string; allowed_origin: string; scopes: string[] };

const ORIGIN = 'https://portal.hospital.example';

function clock(start = Date.parse('2026-11-01T08:00:00Z')) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

async function oauthToken(
  sandbox: ReturnType<typeof createTestPlatform>,
  extra: Record<string, string> = {},
) {
  return sandbox.api<Token>('POST', '/v1/oauth/token', {
    token: null,
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'client_test_insurer',
      client_secret: 'cs_test_insurer_secret',
      ...extra,
    }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  });
}

async function widgetSession(
  sandbox: ReturnType<typeof createTestPlatform>,
  body: Record<string, unknown> = {},
) {
  return sandbox.api<Session>('POST', '/v1/widget-sessions', {
    json: {
      patient_id: 'pat_test_wangfang',
      scopes: ['patients:read'],
      allowed_origin: ORIGIN,
      ...body,
    },
  });
}

describe('secret keys', () => {
  const sandbox = createTestPlatform();

  it('requires credentials, with a hint', async () => {
    const res = await sandbox.api<Problem>('GET', '/v1/patients', { token: null });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('authentication_required');
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('rejects unknown and live keys', async () => {
    const unknown = await sandbox.api<Problem>('GET', '/v1/patients', { token: 'sk_test_nope' });
    expect(unknown.body.code).toBe('invalid_api_key');
    const live = await sandbox.api<Problem>('GET', '/v1/patients', { token: 'sk_live_abc' });
    expect(live.body.detail).toContain('Live keys');
    const garbage = await sandbox.api<Problem>('GET', '/v1/patients', {
      headers: { authorization: 'Basic abc' },
      token: null,
    });
    expect(garbage.body.code).toBe('invalid_authorization_header');
  });

  it('lets health through without credentials', async () => {
    const res = await sandbox.api<{ status: string }>('GET', '/v1/health', { token: null });
    expect(res.body.status).toBe('ok');
  });
});

describe('repeated credentials and parameters (RFC 6749 §3.1)', () => {
  const sandbox = createTestPlatform();
  const withTwo = (first: string, second: string, path = '/v1/patients') =>
    sandbox.handle(
      new Request(`http://localhost:4010${path}`, {
        headers: new Headers([
          ['authorization', first],
          ['authorization', second],
        ]),
      }),
    );

  // Regression: the second header was ignored and the request served with the first.
  it('refuses two Authorization headers with 400 duplicate_authorization_header', async () => {
    for (const [first, second] of [
      ['Bearer sk_test_apotheca_sandbox', 'Bearer sk_test_apotheca_sandbox'],
      ['Bearer sk_test_apotheca_sandbox', 'Bearer at_someone_else'],
      ['Bearer sk_test_apotheca_sandbox', 'Basic abc'],
    ] as const) {
      const res = await withTwo(first, second);
      expect(res.status).toBe(400);
      expect(((await res.json()) as Problem).code).toBe('duplicate_authorization_header');
    }
    // Also on operations that need no credentials: which one was meant is unknowable.
    const health = await withTwo('Bearer a', 'Bearer b', '/v1/health');
    expect(health.status).toBe(400);
  });

  // Regression: a repeated form parameter silently took the last value.
  it('refuses a token request with a repeated parameter', async () => {
    const form = (extra: string) =>
      sandbox.api<Problem & { errors: Array<{ path: string; code: string }> }>(
        'POST',
        '/v1/oauth/token',
        {
          token: null,
          body: `grant_type=client_credentials&client_id=client_test_insurer&client_secret=cs_test_insurer_secret${extra}`,
          contentType: 'application/x-www-form-urlencoded',
        },
      );
    const scope = await form('&scope=patients:read&scope=trace:dispense');
    expect(scope.status).toBe(400);
    expect(scope.body.code).toBe('duplicate_parameter');
    expect(scope.body.errors).toEqual([
      expect.objectContaining({ path: '/body/scope', code: 'duplicate_parameter' }),
    ]);
    const secret = await form('&client_secret=nope');
    expect(secret.status).toBe(400);
    expect(secret.body.errors[0]?.path).toBe('/body/client_secret');
    expect((await form('&scope=patients:read')).status).toBe(200);
  });
});

describe('OAuth client credentials', () => {
  it('issues a one-hour token (form or JSON) that works until it expires', async () => {
    const time = clock();
    const sandbox = createTestPlatform({ now: time.now });
    const form = await oauthToken(sandbox);
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(form.body.access_token).toMatch(/^at_/);
    expect(form.body.scope.split(' ')).toContain('patients:read');

    const json = await sandbox.api<Token>('POST', '/v1/oauth/token', {
      token: null,
      json: {
        grant_type: 'client_credentials',
        client_id: 'client_test_insurer',
        client_secret: 'cs_test_insurer_secret',
      },
    });
    expect(json.status).toBe(200);

    const token = form.body.access_token;
    expect((await sandbox.api('GET', '/v1/patients/pat_test_davidchen', { token })).status).toBe(
      200,
    );
    time.advance(3600 * 1000);
    const expired = await sandbox.api<Problem>('GET', '/v1/patients/pat_test_davidchen', { token });
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('token_expired');
  });

  it('rejects a wrong secret and unknown scopes', async () => {
    const sandbox = createTestPlatform();
    const wrong = await oauthToken(sandbox, { client_secret: 'nope' });
    expect(wrong.status).toBe(401);
    expect((wrong.body as unknown as Problem).code).toBe('invalid_client');
    const scope = await oauthToken(sandbox, { scope: 'patients:read admin' });
    expect(scope.status).toBe(400);
    expect((scope.body as unknown as Problem).code).toBe('invalid_scope');
  });

  it('enforces scopes and secret-key-only operations', async () => {
    const sandbox = createTestPlatform();
    const token = (await oauthToken(sandbox, { scope: 'patients:read' })).body.access_token;
    const write = await sandbox.api<Problem>('POST', '/v1/patients', {
      token,
      json: { name: 'Li', birth_date: '1990-01-01' },
    });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('insufficient_scope');
    const widget = await sandbox.api<Problem>('POST', '/v1/widget-sessions', {
      token,
      json: { patient_id: 'pat_test_wangfang', scopes: ['patients:read'], allowed_origin: ORIGIN },
    });
    expect(widget.status).toBe(403);
    expect(widget.body.code).toBe('credential_not_allowed');
  });
});

describe('widget sessions', () => {
  it('mints a ≤ 15 min token that sees only its patient', async () => {
    const time = clock();
    const sandbox = createTestPlatform({ now: time.now });
    const created = await widgetSession(sandbox);
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^wst_/);
    expect(Date.parse(created.body.expires_at) - time.now().getTime()).toBe(900 * 1000);
    const token = created.body.token;

    const own = await sandbox.api<{ id: string }>('GET', '/v1/patients/pat_test_wangfang', {
      token,
    });
    expect(own.body.id).toBe('pat_test_wangfang');
    // Another patient: 404, never 403, so a token cannot probe which patients exist.
    const other = await sandbox.api<Problem>('GET', '/v1/patients/pat_test_davidchen', { token });
    expect(other.status).toBe(404);
    const list = await sandbox.api<{ data: Array<{ id: string }> }>('GET', '/v1/patients', {
      token,
    });
    expect(list.body.data.map((p) => p.id)).toEqual(['pat_test_wangfang']);

    time.advance(900 * 1000);
    const expired = await sandbox.api<Problem>('GET', '/v1/patients/pat_test_wangfang', { token });
    expect(expired.body.code).toBe('token_expired');
  });

  it('has only the scopes it was given and cannot call secret-key operations', async () => {
    const sandbox = createTestPlatform();
    const { token } = (await widgetSession(sandbox)).body;
    const update = await sandbox.api<Problem>('PATCH', '/v1/patients/pat_test_wangfang', {
      token,
      json: { name: '王芳芳' },
    });
    expect(update.status).toBe(403);
    expect(update.body.code).toBe('insufficient_scope');
    const mint = await sandbox.api<Problem>('POST', '/v1/widget-sessions', {
      token,
      json: { patient_id: 'pat_test_wangfang', scopes: ['patients:read'], allowed_origin: ORIGIN },
    });
    expect(mint.status).toBe(403);
    const hooks = await sandbox.api<Problem>('POST', '/v1/webhook-endpoints', {
      token,
      json: { url: 'https://example.com/hook', events: ['*'] },
    });
    expect(hooks.status).toBe(403);
    expect(hooks.body.code).toBe('credential_not_allowed');
  });

  it('can write its own patient only, with patients:write', async () => {
    const sandbox = createTestPlatform();
    const { token } = (
      await widgetSession(sandbox, { scopes: ['patients:read', 'patients:write'] })
    ).body;
    const own = await sandbox.api<{ preferred_locale: string }>(
      'PATCH',
      '/v1/patients/pat_test_wangfang',
      {
        token,
        json: { preferred_locale: 'en' },
      },
    );
    expect(own.body.preferred_locale).toBe('en');
    const other = await sandbox.api('PATCH', '/v1/patients/pat_test_davidchen', {
      token,
      json: { preferred_locale: 'zh-CN' },
    });
    expect(other.status).toBe(404);
  });

  it('needs an existing patient and a bounded ttl', async () => {
    const sandbox = createTestPlatform();
    const missing = await widgetSession(sandbox, { patient_id: 'pat_nobody' });
    expect(missing.status).toBe(404);
    const long = await widgetSession(sandbox, { ttl_seconds: 3600 });
    expect(long.status).toBe(400);
    expect((long.body as unknown as { errors: Array<{ path: string }> }).errors[0]?.path).toBe(
      '/body/ttl_seconds',
    );
    const origin = await widgetSession(sandbox, { allowed_origin: 'https://a.example/path' });
    expect(origin.status).toBe(400);
  });
});

describe('CORS', () => {
  it('never gives CORS headers to secret-key requests', async () => {
    const sandbox = createTestPlatform();
    await widgetSession(sandbox);
    const res = await sandbox.api('GET', '/v1/patients/pat_test_wangfang', { origin: ORIGIN });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows a widget token only from its origin', async () => {
    const sandbox = createTestPlatform();
    const { token } = (
      await widgetSession(sandbox, { allowed_origin: 'https://Portal.Hospital.example:443' })
    ).body;
    const ok = await sandbox.api('GET', '/v1/patients/pat_test_wangfang', {
      token,
      origin: ORIGIN,
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(ok.headers.get('access-control-expose-headers')).toContain('Apotheca-Request-Id');
    expect(ok.headers.get('vary')).toBe('Origin');
    const evil = await sandbox.api<Problem>('GET', '/v1/patients/pat_test_wangfang', {
      token,
      origin: 'https://evil.example',
    });
    expect(evil.status).toBe(403);
    expect(evil.body.code).toBe('origin_not_allowed');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers preflights for origins of live widget sessions only', async () => {
    const sandbox = createTestPlatform();
    const preflight = (origin: string) =>
      sandbox.handle(
        new Request('http://localhost:4010/v1/patients/pat_test_wangfang', {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'GET' },
        }),
      );
    const before = await preflight(ORIGIN);
    expect(before.status).toBe(403);
    await widgetSession(sandbox);
    const after = await preflight(ORIGIN);
    expect(after.status).toBe(204);
    expect(after.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(after.headers.get('access-control-allow-methods')).toBe('GET, PATCH');
    expect(after.headers.get('access-control-allow-headers')).toBe(
      'Authorization, Content-Type, Accept, Idempotency-Key, Apotheca-Version, Apotheca-Client',
    );
    expect((await preflight('https://evil.example')).status).toBe(403);
  });

  it('lets a widget page read errors from expired tokens', async () => {
    const time = clock();
    const sandbox = createTestPlatform({ now: time.now });
    const { token } = (await widgetSession(sandbox, { ttl_seconds: 60 })).body;
    const widgetOrigin = await widgetSession(sandbox, { ttl_seconds: 900 });
    expect(widgetOrigin.status).toBe(201);
    time.advance(120 * 1000);
    const res = await sandbox.api<Problem>('GET', '/v1/patients/pat_test_wangfang', {
      token,
      origin: ORIGIN,
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });
});
