import { createTestPlatform } from '@apotheca/testing/node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

type Problem = { code: string; status: number; errors?: Array<{ path: string; code: string }> };
type Session = { allowed_origin: string };

const sandbox = createTestPlatform();

function mint(allowedOrigin: unknown) {
  return sandbox.api<Session & Problem>('POST', '/v1/widget-sessions', {
    json: {
      patient_id: 'pat_test_wangfang',
      scopes: ['patients:read'],
      allowed_origin: allowedOrigin,
    },
  });
}

async function expectRejected(origin: string) {
  const res = await mint(origin);
  expect(res.status, origin).toBe(400);
  expect(res.body.code, origin).toBe('validation_failed');
  expect(res.body.errors?.[0]?.path, origin).toBe('/body/allowed_origin');
}

describe('POST /v1/widget-sessions allowed_origin', () => {
  // Regression: these answered 500 (the URL parser threw) before origins were checked.
  it.each([
    'http://a:99999',
    'http://a:0',
    'http://a:',
    'http://:80',
    'http://xn--',
    'http://xn--a.example',
    'http://exa%20mple.com',
    'http://[::1',
  ])('answers 400 naming the field for %s', expectRejected);

  // Regression: these were silently rewritten (userinfo or query dropped, host reinterpreted).
  it.each([
    'http://a:b@c',
    'http://user@portal.example',
    'https://portal.example?x=1',
    'https://portal.example#top',
    'https://portal.example/',
    'https://portal.example/path',
    'http://1.2.3',
    'http://0x7f.0.0.1',
    'http://127.1',
    'http://256.1.1.1',
    'http://-bad.example',
    'http://bad-.example',
    'http://under_score.example',
    'http://portal.example.',
    `http://${'a'.repeat(64)}.example`,
    'http://例え.jp',
    'ftp://portal.example',
    'http://portal..example',
  ])('refuses %s instead of rewriting it', expectRejected);

  it.each([
    ['https://portal.example', 'https://portal.example'],
    ['https://Portal.Hospital.example:443', 'https://portal.hospital.example'],
    ['http://localhost:6006', 'http://localhost:6006'],
    ['http://127.0.0.1:65535', 'http://127.0.0.1:65535'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
    ['https://xn--r8jz45g.jp', 'https://xn--r8jz45g.jp'],
    ['http://a:1', 'http://a:1'],
  ])('accepts %s as %s', async (input, serialised) => {
    const res = await mint(input);
    expect(res.status).toBe(201);
    expect(res.body.allowed_origin).toBe(serialised);
  });

  it('never answers 500, and never stores an origin other than the one sent', async () => {
    const near = fc
      .tuple(
        fc.constantFrom('http://', 'https://', 'HTTP://', 'http:/', ''),
        fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
        fc.option(fc.integer({ min: -5, max: 70000 }), { nil: undefined }),
      )
      .map(([scheme, host, port]) => `${scheme}${host}${port === undefined ? '' : `:${port}`}`);
    const anything = fc.oneof(
      near,
      fc.string(),
      fc.webUrl(),
      fc.webUrl().map((u) => u.replace(/\/.*$/, '')),
    );
    await fc.assert(
      fc.asyncProperty(anything, async (origin) => {
        const res = await mint(origin);
        expect([201, 400]).toContain(res.status);
        if (res.status === 201) {
          // Only case and a default port may differ: nothing dropped, nothing reinterpreted.
          const stored = res.body.allowed_origin;
          expect(new URL(stored).origin).toBe(stored);
          const sent = origin.toLowerCase();
          const withoutDefault = sent.startsWith('https:')
            ? sent.replace(/:443$/, '')
            : sent.replace(/:80$/, '');
          expect(withoutDefault).toBe(stored);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
