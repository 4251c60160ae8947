import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateTestWebhookHeaders } from './test-headers';
import { verifyWebhook, WebhookVerificationError } from './verify';

const KEY = Buffer.from('apotheca-test-signing-key-32byte');
const SECRET = `whsec_${KEY.toString('base64')}`;
const NOW = Date.parse('2026-11-01T08:00:00Z');
const TS = String(NOW / 1000);
const event = {
  id: 'evt_1',
  object: 'event',
  type: 'patient.created',
  api_version: '2026-11-01',
  created_at: '2026-11-01T08:00:00Z',
  data: { object: { id: 'pat_1' } },
};
const BODY = JSON.stringify(event);

/** An independent signer (node:crypto) so the verifier is not checked against itself. */
function sign(body: string, id = 'msg_1', ts = TS, key = KEY) {
  return `v1,${createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64')}`;
}

function headers(overrides: Record<string, string | undefined> = {}) {
  return {
    'webhook-id': 'msg_1',
    'webhook-timestamp': TS,
    'webhook-signature': sign(BODY),
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error: unknown = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error as WebhookVerificationError;
}

describe('verifyWebhook', () => {
  it('returns the parsed event for a valid delivery (string, bytes, Headers, Node arrays)', async () => {
    await expect(verifyWebhook(BODY, headers(), SECRET, { now: NOW })).resolves.toEqual(event);
    await expect(
      verifyWebhook(Buffer.from(BODY), headers(), SECRET, { now: NOW }),
    ).resolves.toEqual(event);
    await expect(
      verifyWebhook(new TextEncoder().encode(BODY).buffer, new Headers(headers()), SECRET, {
        now: NOW,
      }),
    ).resolves.toEqual(event);
    const nodeStyle = {
      'Webhook-Id': ['msg_1'],
      'webhook-timestamp': TS,
      'webhook-signature': [sign(BODY)],
    };
    await expect(verifyWebhook(BODY, nodeStyle, SECRET, { now: NOW })).resolves.toEqual(event);
  });

  it('accepts any one of several space-separated signatures (secret rotation)', async () => {
    const old = sign(BODY, 'msg_1', TS, Buffer.from('an-old-secret-that-was-rotated!!'));
    const h = headers({ 'webhook-signature': `v2,ignored ${old} ${sign(BODY)}` });
    await expect(verifyWebhook(BODY, h, SECRET, { now: NOW })).resolves.toEqual(event);
  });

  it('rejects a tampered body, a wrong secret, and signatures of other versions', async () => {
    expect((await failure(verifyWebhook(`${BODY} `, headers(), SECRET, { now: NOW }))).code).toBe(
      'no_matching_signature',
    );
    const other = `whsec_${Buffer.from('another-secret-another-secret!!').toString('base64')}`;
    const error = await failure(verifyWebhook(BODY, headers(), other, { now: NOW }));
    expect(error.code).toBe('no_matching_signature');
    expect(error.message).toContain('exactly as received');
    const v2 = headers({ 'webhook-signature': sign(BODY).replace('v1,', 'v2,') });
    expect((await failure(verifyWebhook(BODY, v2, SECRET, { now: NOW }))).code).toBe(
      'no_matching_signature',
    );
  });

  it('rejects a signature for another message id or timestamp', async () => {
    const h = headers({ 'webhook-id': 'msg_2' });
    expect((await failure(verifyWebhook(BODY, h, SECRET, { now: NOW }))).code).toBe(
      'no_matching_signature',
    );
  });

  it('enforces the tolerance both ways', async () => {
    const old = await failure(verifyWebhook(BODY, headers(), SECRET, { now: NOW + 301_000 }));
    expect(old.code).toBe('timestamp_too_old');
    expect(old.message).toContain('301 s old');
    const future = await failure(verifyWebhook(BODY, headers(), SECRET, { now: NOW - 301_000 }));
    expect(future.code).toBe('timestamp_too_new');
    await expect(verifyWebhook(BODY, headers(), SECRET, { now: NOW + 300_000 })).resolves.toEqual(
      event,
    );
    await expect(
      verifyWebhook(BODY, headers(), SECRET, { now: NOW + 30_000, toleranceSeconds: 10 }),
    ).rejects.toMatchObject({
      code: 'timestamp_too_old',
    });
  });

  it('explains a parsed body instead of failing the signature', async () => {
    const error = await failure(
      verifyWebhook(event as unknown as string, headers(), SECRET, { now: NOW }),
    );
    expect(error.code).toBe('parsed_body');
    expect(error.message).toContain('verifyWebhook needs the raw request body');
    expect(error.message).toContain('you passed an object');
    expect(error.message).toContain("express.raw({ type: 'application/json' })");
  });

  it('names missing headers', async () => {
    const error = await failure(
      verifyWebhook(
        BODY,
        headers({ 'webhook-id': undefined, 'webhook-signature': undefined }),
        SECRET,
        { now: NOW },
      ),
    );
    expect(error.code).toBe('missing_header');
    expect(error.message).toContain('webhook-id, webhook-signature headers');
  });

  it('rejects a malformed timestamp and a malformed secret', async () => {
    const ts = await failure(
      verifyWebhook(BODY, headers({ 'webhook-timestamp': '2026-11-01' }), SECRET, { now: NOW }),
    );
    expect(ts.code).toBe('invalid_timestamp');
    for (const secret of ['sk_test_apotheca_sandbox', 'whsec_', 'whsec_!!!']) {
      expect((await failure(verifyWebhook(BODY, headers(), secret, { now: NOW }))).code).toBe(
        'invalid_secret',
      );
    }
  });

  it('rejects a correctly signed body that is not JSON', async () => {
    const h = headers({ 'webhook-signature': sign('not json') });
    expect((await failure(verifyWebhook('not json', h, SECRET, { now: NOW }))).code).toBe(
      'invalid_json',
    );
  });
});

describe('generateTestWebhookHeaders', () => {
  it('produces headers that verify, matching an independent HMAC', async () => {
    const h = await generateTestWebhookHeaders({
      payload: BODY,
      secret: SECRET,
      id: 'msg_1',
      timestamp: NOW / 1000,
    });
    expect(h).toEqual(headers());
    const fresh = await generateTestWebhookHeaders({ payload: BODY, secret: SECRET });
    expect(fresh['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
    await expect(verifyWebhook(BODY, fresh, SECRET)).resolves.toEqual(event);
  });
});
