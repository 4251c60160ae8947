import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPlatform, startWebhookReceiver } from '@apotheca/testing/node';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../src/storage/sqlite-storage';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('webhook outbox on SQLite', () => {
  it('keeps undelivered events across a restart (outbox in durable storage)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apotheca-outbox-'));
    dirs.push(dir);
    const file = join(dir, 'sandbox.db');
    const first = createTestPlatform({
      storage: new SqliteStorage(file),
      webhookRetry: { baseMs: 60_000, maxAttempts: 5 },
      webhookFetch: async () => new Response(null, { status: 503 }),
    });
    const receiver = await startWebhookReceiver();
    await first.api('POST', '/v1/webhook-endpoints', {
      json: { url: receiver.url, events: ['*'] },
    });
    const patient = await first.api<{ id: string }>('POST', '/v1/patients', {
      json: { name: 'Restart', birth_date: '2001-01-01' },
    });
    await first.platform.webhooks.idle();
    expect(first.platform.webhooks.deliveries()[0]?.attempts).toHaveLength(1);
    await first.close();

    // The retry is due now (clock moved past the backoff); a new process picks it up.
    const second = createTestPlatform({
      storage: new SqliteStorage(file),
      now: () => new Date(Date.now() + 120_000),
    });
    await second.platform.webhooks.settled();
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0]!.body).data.object.id).toBe(patient.body.id);
    expect(second.platform.webhooks.deliveries()[0]?.status).toBe('delivered');
    await second.close();
    await receiver.close();
  });
});
