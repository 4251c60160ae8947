import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApothecaClient } from '../client/client';
import { ApothecaError, AuthenticationError, SecretKeyInBrowserError } from '../errors/errors';
import { BASE, health, useMswServer } from '../test-support/msw';
import { detectBrowser } from './environment';
import { oauthClientCredentials } from './oauth-client-credentials';

const server = useMswServer();

/** /v1/health that accepts only `valid` tokens, recording every Authorization header. */
function guardedHealth(valid: Set<string>) {
  const seen: (string | null)[] = [];
  server.use(
    http.get(`${BASE}/v1/health`, ({ request }) => {
      const auth = request.headers.get('authorization');
      seen.push(auth);
      return auth && valid.has(auth.replace('Bearer ', ''))
        ? HttpResponse.json(health)
        : HttpResponse.json(
            { title: 'Unauthorized', status: 401, code: 'invalid_token' },
            { status: 401 },
          );
    }),
  );
  return seen;
}

describe('browser detection', () => {
  it('is false in Node', () => {
    expect(detectBrowser()).toBe(false);
  });

  it('is true when window and document exist', () => {
    const g = globalThis as Record<string, unknown>;
    g.window = {};
    g.document = {};
    try {
      expect(detectBrowser()).toBe(true);
    } finally {
      delete g.window;
      delete g.document;
    }
  });
});

describe('secret keys in browsers', () => {
  it('refuses an sk_ key at construction, explaining widget sessions', () => {
    const construct = () =>
      new ApothecaClient({ baseUrl: BASE, apiKey: 'sk_test_x', browser: true });
    expect(construct).toThrow(SecretKeyInBrowserError);
    expect(construct).toThrow(/widget session/);
    expect(construct).toThrow(/POST \/v1\/widget-sessions/);
    try {
      construct();
    } catch (error) {
      expect(error).toBeInstanceOf(ApothecaError);
      expect((error as ApothecaError).code).toBe('secret_key_in_browser');
    }
  });

  it('refuses an sk_ key returned by a tokenProvider in a browser', async () => {
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: true,
      tokenProvider: async () => 'sk_live_x',
    });
    await expect(client.get('/v1/health')).rejects.toBeInstanceOf(SecretKeyInBrowserError);
  });

  it('accepts a widget session token in a browser and does not set User-Agent there', async () => {
    let seen: Headers | undefined;
    server.use(
      http.get(`${BASE}/v1/health`, ({ request }) => {
        seen = request.headers;
        return HttpResponse.json(health);
      }),
    );
    const client = new ApothecaClient({ baseUrl: BASE, browser: true, accessToken: 'wst_abc' });
    await client.get('/v1/health');
    expect(seen?.get('authorization')).toBe('Bearer wst_abc');
    expect(seen?.get('user-agent')).toBeNull();
  });

  it('accepts a secret key on a server', () => {
    expect(
      () => new ApothecaClient({ baseUrl: BASE, apiKey: 'sk_test_x', browser: false }),
    ).not.toThrow();
  });
});

describe('tokenProvider', () => {
  it('is called lazily, once, and its token cached', async () => {
    const seen = guardedHealth(new Set(['t1']));
    let calls = 0;
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: false,
      tokenProvider: async () => `t${++calls}`,
    });
    expect(calls).toBe(0);
    await Promise.all([client.get('/v1/health'), client.get('/v1/health')]);
    await client.get('/v1/health');
    expect(calls).toBe(1);
    expect(seen).toEqual(['Bearer t1', 'Bearer t1', 'Bearer t1']);
  });

  it('refreshes exactly once on a 401 and retries the request once', async () => {
    const seen = guardedHealth(new Set(['t2']));
    const force: boolean[] = [];
    let calls = 0;
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: false,
      tokenProvider: async ({ forceRefresh }) => {
        force.push(forceRefresh);
        return `t${++calls}`;
      },
    });
    await expect(client.get('/v1/health')).resolves.toEqual(health);
    expect(seen).toEqual(['Bearer t1', 'Bearer t2']);
    expect(force).toEqual([false, true]);
  });

  it('shares one refresh between concurrent calls that got a 401', async () => {
    guardedHealth(new Set(['t2']));
    let calls = 0;
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: false,
      tokenProvider: async () => `t${++calls}`,
    });
    await Promise.all([
      client.get('/v1/health'),
      client.get('/v1/health'),
      client.get('/v1/health'),
    ]);
    expect(calls).toBe(2);
  });

  it('throws AuthenticationError when the refreshed token is rejected too', async () => {
    const seen = guardedHealth(new Set());
    let calls = 0;
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: false,
      maxRetries: 5,
      tokenProvider: async () => `t${++calls}`,
    });
    await expect(client.get('/v1/health')).rejects.toBeInstanceOf(AuthenticationError);
    expect(calls).toBe(2);
    expect(seen).toHaveLength(2);
  });

  it('does not retry a 401 for a static key', async () => {
    const seen = guardedHealth(new Set());
    const client = new ApothecaClient({ baseUrl: BASE, browser: false, apiKey: 'sk_test_wrong' });
    await expect(client.get('/v1/health')).rejects.toBeInstanceOf(AuthenticationError);
    expect(seen).toEqual(['Bearer sk_test_wrong']);
  });

  it('fetches a new token shortly before expiresAt', async () => {
    guardedHealth(new Set(['t1', 't2']));
    let calls = 0;
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: false,
      // The first token is already inside the refresh margin; the second lasts an hour.
      tokenProvider: async () => ({
        token: `t${++calls}`,
        expiresAt: Date.now() + (calls === 1 ? 1000 : 3_600_000),
      }),
    });
    await client.get('/v1/health');
    await client.get('/v1/health');
    expect(calls).toBe(2);
  });

  it('asks again after the provider failed', async () => {
    guardedHealth(new Set(['ok']));
    let calls = 0;
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: false,
      maxRetries: 0,
      tokenProvider: async () => {
        if (++calls === 1) throw new Error('token service down');
        return 'ok';
      },
    });
    await expect(client.get('/v1/health')).rejects.toThrow('token service down');
    await expect(client.get('/v1/health')).resolves.toEqual(health);
  });

  it("passes the provider's own error through unchanged and never retries it", async () => {
    const seen = guardedHealth(new Set(['ok']));
    class SessionExpired extends Error {}
    const failure = new SessionExpired('the page could not mint a widget session');
    let calls = 0;
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: false,
      maxRetries: 2,
      tokenProvider: async () => {
        calls++;
        throw failure;
      },
    });
    // The caller's own error, not a ConnectionError around it: it is the page's to handle.
    await expect(client.get('/v1/health')).rejects.toBe(failure);
    expect(calls).toBe(1);
    expect(seen).toEqual([]);
  });
});

describe('oauthClientCredentials', () => {
  it('exchanges client credentials and caches the token until it nears expiry', async () => {
    const tokenBodies: unknown[] = [];
    let issued = 0;
    server.use(
      http.post(`${BASE}/v1/oauth/token`, async ({ request }) => {
        tokenBodies.push(await request.json());
        return HttpResponse.json({
          access_token: `at_${++issued}`,
          token_type: 'Bearer',
          expires_in: 3600,
          scope: 'patients:read',
        });
      }),
    );
    const seen = guardedHealth(new Set(['at_1']));
    const client = new ApothecaClient({
      baseUrl: BASE,
      browser: false,
      tokenProvider: oauthClientCredentials({
        baseUrl: BASE,
        clientId: 'client_test_insurer',
        clientSecret: 'cs_test_insurer_secret',
        scope: 'patients:read',
      }),
    });
    await client.get('/v1/health');
    await client.get('/v1/health');
    expect(issued).toBe(1);
    expect(seen).toEqual(['Bearer at_1', 'Bearer at_1']);
    expect(tokenBodies[0]).toEqual({
      grant_type: 'client_credentials',
      client_id: 'client_test_insurer',
      client_secret: 'cs_test_insurer_secret',
      scope: 'patients:read',
    });
  });

  it('surfaces bad client credentials as AuthenticationError', async () => {
    server.use(
      http.post(`${BASE}/v1/oauth/token`, () =>
        HttpResponse.json(
          { title: 'Unauthorized', status: 401, code: 'invalid_client' },
          { status: 401 },
        ),
      ),
    );
    const provider = oauthClientCredentials({
      baseUrl: BASE,
      clientId: 'c',
      clientSecret: 'wrong',
    });
    await expect(provider({ forceRefresh: false })).rejects.toMatchObject({
      code: 'invalid_client',
      status: 401,
    });
  });
});
