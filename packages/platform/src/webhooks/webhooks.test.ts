import { createHmac, timingSafeEqual } from 'node:crypto';
import { createTestPlatform, startWebhookReceiver } from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';
import { signWebhook } from './signing';

type Endpoint = { id: string; secret: string; url: string; events: string[] };

/** Verifies a Standard Webhooks signature independently of the sandbox's code. */
function verify(secret: string, headers: Record<string, unknown>, body: string): boolean {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
    .digest();
  const [version, signature = ''] = String(headers['webhook-signature']).split(',');
  const given = Buffer.from(signature, 'base64');
  return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
}

const fast = { webhookRetry: { baseMs: 10, maxAttempts: 3 } };

describe('signWebhook', () => {
  it('matches the Standard Webhooks reference vector', async () => {
    // From the Standard Webhooks specification's test vectors.
    const signature = await signWebhook(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    );
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });
});

describe('webhook endpoints and deliveries', () => {
  it('registers endpoints (secret shown once), lists and deletes them', async () => {
    const sandbox = createTestPlatform();
    const created = await sandbox.api<Endpoint>('POST', '/v1/webhook-endpoints', {
      json: {
        url: 'https://partner.example/hooks',
        events: ['patient.created'],
        description: 'CRM sync',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
    const list = await sandbox.api<{ data: Endpoint[] }>('GET', '/v1/webhook-endpoints');
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).not.toHaveProperty('secret');
    const deleted = await sandbox.api('DELETE', `/v1/webhook-endpoints/${created.body.id}`);
    expect(deleted.body).toEqual({
      id: created.body.id,
      object: 'webhook_endpoint',
      deleted: true,
    });
    expect((await sandbox.api('DELETE', `/v1/webhook-endpoints/${created.body.id}`)).status).toBe(
      404,
    );
    const bad = await sandbox.api<{ errors: Array<{ path: string; message: string }> }>(
      'POST',
      '/v1/webhook-endpoints',
      {
        json: { url: 'ftp://x.example', events: ['patient.deleted'] },
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.path).sort()).toEqual(['/body/events/0', '/body/url']);
    expect(bad.body.errors.find((e) => e.path === '/body/events/0')?.message).toContain(
      'patient.created',
    );
  });

  it('delivers signed events to subscribed endpoints only', async () => {
    const receiver = await startWebhookReceiver();
    const sandbox = createTestPlatform(fast);
    const all = (
      await sandbox.api<Endpoint>('POST', '/v1/webhook-endpoints', {
        json: { url: receiver.url, events: ['*'] },
      })
    ).body;
    await sandbox.api('POST', '/v1/webhook-endpoints', {
      json: { url: receiver.url, events: ['file.created'] },
    });
    const patient = await sandbox.api<{ id: string }>('POST', '/v1/patients', {
      json: { name: 'Hook', birth_date: '2001-01-01' },
    });
    await sandbox.platform.webhooks.settled();
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    const event = JSON.parse(delivery!.body);
    expect(event).toMatchObject({
      object: 'event',
      type: 'patient.created',
      api_version: '2026-11-01',
      data: { object: { id: patient.body.id } },
    });
    expect(event.id).toMatch(/^evt_/);
    expect(delivery!.headers['webhook-id']).toBe(event.id);
    expect(
      Math.abs(Number(delivery!.headers['webhook-timestamp']) - Date.now() / 1000),
    ).toBeLessThan(60);
    expect(verify(all.secret, delivery!.headers, delivery!.body)).toBe(true);
    expect(verify(all.secret, delivery!.headers, delivery!.body.replace('Hook', 'Hack'))).toBe(
      false,
    );
    const log = sandbox.platform.webhooks.deliveries();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      status: 'delivered',
      endpoint_id: all.id,
      attempts: [{ status_code: 200, error: null }],
    });
    await sandbox.close();
    await receiver.close();
  });

  it('retries non-2xx answers with backoff, then gives up after maxAttempts', async () => {
    const receiver = await startWebhookReceiver([500, 503]);
    const sandbox = createTestPlatform(fast);
    await sandbox.api('POST', '/v1/webhook-endpoints', {
      json: { url: receiver.url, events: ['patient.updated'] },
    });
    await sandbox.api('PATCH', '/v1/patients/pat_test_davidchen', {
      json: { preferred_locale: 'zh-CN' },
    });
    await sandbox.platform.webhooks.settled();
    expect(receiver.received).toHaveLength(3);
    // Same message id on every attempt, so receivers can deduplicate.
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    const [delivery] = sandbox.platform.webhooks.deliveries();
    expect(delivery?.status).toBe('delivered');
    expect(delivery?.attempts.map((a) => a.status_code)).toEqual([500, 503, 200]);

    const down = await startWebhookReceiver([500, 500, 500, 500]);
    await sandbox.api('POST', '/v1/webhook-endpoints', {
      json: { url: down.url, events: ['patient.created'] },
    });
    await sandbox.api('POST', '/v1/patients', {
      json: { name: 'Nobody Home', birth_date: '2001-01-01' },
    });
    await sandbox.platform.webhooks.settled();
    const failed = sandbox.platform.webhooks
      .deliveries()
      .find((d) => d.event_type === 'patient.created');
    expect(failed?.status).toBe('failed');
    expect(failed?.attempts).toHaveLength(3);
    await sandbox.close();
    await receiver.close();
    await down.close();
  });

  it('records network errors in the delivery log and retries them', async () => {
    let calls = 0;
    const sandbox = createTestPlatform({
      ...fast,
      webhookFetch: async () => {
        calls++;
        if (calls === 1) throw new TypeError('fetch failed: ECONNREFUSED');
        return new Response(null, { status: 204 });
      },
    });
    await sandbox.api('POST', '/v1/webhook-endpoints', {
      json: { url: 'https://partner.example/h', events: ['*'] },
    });
    await sandbox.api('POST', '/v1/patients', { json: { name: 'Net', birth_date: '2001-01-01' } });
    await sandbox.platform.webhooks.settled();
    const [delivery] = sandbox.platform.webhooks.deliveries();
    expect(delivery?.attempts.map((a) => [a.status_code, a.error])).toEqual([
      [null, 'fetch failed: ECONNREFUSED'],
      [204, null],
    ]);
    await sandbox.close();
  });

  it('idle() waits for the first attempt, not for the retry schedule', async () => {
    let calls = 0;
    const sandbox = createTestPlatform({
      webhookRetry: { baseMs: 3_600_000, maxAttempts: 5 },
      webhookFetch: async () => {
        calls++;
        return new Response(null, { status: 503 });
      },
    });
    await sandbox.api('POST', '/v1/webhook-endpoints', {
      json: { url: 'https://partner.example/h', events: ['*'] },
    });
    await sandbox.api('POST', '/v1/patients', { json: { name: 'Idle', birth_date: '2001-01-01' } });
    await sandbox.platform.webhooks.idle();
    expect(calls).toBe(1);
    const [delivery] = sandbox.platform.webhooks.deliveries();
    expect(delivery?.status).toBe('pending');
    expect(delivery?.attempts.map((a) => a.status_code)).toEqual([503]);
    await sandbox.close();
  });
});
