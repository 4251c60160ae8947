import { createTestPlatform } from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../storage/memory-storage';
import type { Collection, Doc, Storage } from '../storage/types';

type Patient = { id: string; name: string };
type Problem = { code: string };

const body = { name: '刘洋', birth_date: '1985-06-01', preferred_locale: 'zh-CN' };

async function countPatients(sandbox: ReturnType<typeof createTestPlatform>): Promise<number> {
  const res = await sandbox.api<{ data: unknown[] }>('GET', '/v1/patients?limit=100');
  return res.body.data.length;
}

describe('idempotency keys', () => {
  it('replays the stored response for the same key and body', async () => {
    const sandbox = createTestPlatform();
    const first = await sandbox.api<Patient>('POST', '/v1/patients', {
      json: body,
      idempotencyKey: 'k-1',
    });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    // Same body with keys in another order is the same request.
    const reordered = { preferred_locale: 'zh-CN', birth_date: '1985-06-01', name: '刘洋' };
    const second = await sandbox.api<Patient>('POST', '/v1/patients', {
      json: reordered,
      idempotencyKey: 'k-1',
    });
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.headers.get('apotheca-request-id')).not.toBe(
      first.headers.get('apotheca-request-id'),
    );
    expect(await countPatients(sandbox)).toBe(6);
  });

  it('answers 422 idempotency_key_reused for the same key with another body or path', async () => {
    const sandbox = createTestPlatform();
    await sandbox.api('POST', '/v1/patients', { json: body, idempotencyKey: 'k-2' });
    const other = await sandbox.api<Problem>('POST', '/v1/patients', {
      json: { ...body, name: '刘洋洋' },
      idempotencyKey: 'k-2',
    });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    const otherPath = await sandbox.api<Problem>('PATCH', '/v1/patients/pat_test_davidchen', {
      json: { name: 'David' },
      idempotencyKey: 'k-2',
    });
    expect(otherPath.status).toBe(422);
    expect(await countPatients(sandbox)).toBe(6);
  });

  it('runs the effect once for concurrent requests with one key', async () => {
    const sandbox = createTestPlatform();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        sandbox.api<Patient>('POST', '/v1/patients', {
          json: body,
          idempotencyKey: 'k-concurrent',
        }),
      ),
    );
    expect(new Set(results.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(results.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(9);
    expect(await countPatients(sandbox)).toBe(6);
  });

  it('scopes keys to the credential owner', async () => {
    const sandbox = createTestPlatform();
    const token = (
      await sandbox.api<{ access_token: string }>('POST', '/v1/oauth/token', {
        token: null,
        json: {
          grant_type: 'client_credentials',
          client_id: 'client_test_insurer',
          client_secret: 'cs_test_insurer_secret',
        },
      })
    ).body.access_token;
    const a = await sandbox.api<Patient>('POST', '/v1/patients', {
      json: body,
      idempotencyKey: 'shared',
    });
    const b = await sandbox.api<Patient>('POST', '/v1/patients', {
      json: body,
      idempotencyKey: 'shared',
      token,
    });
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('keeps keys 24 hours, then forgets them', async () => {
    let now = Date.parse('2026-11-01T00:00:00Z');
    const sandbox = createTestPlatform({ now: () => new Date(now) });
    const first = await sandbox.api<Patient>('POST', '/v1/patients', {
      json: body,
      idempotencyKey: 'k-day',
    });
    now += 24 * 3600 * 1000 - 1;
    const replay = await sandbox.api<Patient>('POST', '/v1/patients', {
      json: body,
      idempotencyKey: 'k-day',
    });
    expect(replay.body.id).toBe(first.body.id);
    now += 1;
    const fresh = await sandbox.api<Patient>('POST', '/v1/patients', {
      json: body,
      idempotencyKey: 'k-day',
    });
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get('idempotent-replayed')).toBeNull();
    expect(fresh.body.id).not.toBe(first.body.id);
  });

  it('does not store errors, so a corrected retry with the same key works', async () => {
    const sandbox = createTestPlatform();
    const invalid = await sandbox.api('POST', '/v1/patients', {
      json: { ...body, birth_date: 'yesterday' },
      idempotencyKey: 'k-fix',
    });
    expect(invalid.status).toBe(400);
    const future = await sandbox.api<Problem>('POST', '/v1/patients', {
      json: { ...body, birth_date: '2999-01-01' },
      idempotencyKey: 'k-fix',
    });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('invalid_birth_date');
    const fixed = await sandbox.api('POST', '/v1/patients', {
      json: body,
      idempotencyKey: 'k-fix',
    });
    expect(fixed.status).toBe(201);
  });

  it('commits the effect and the stored response together (a failure stores neither)', async () => {
    const inner = new MemoryStorage();
    let failIdempotencyWrites = true;
    const storage: Storage = {
      transaction: (fn) =>
        inner.transaction((tx) =>
          fn({
            blobs: tx.blobs,
            collection: <T extends Doc>(name: string) => {
              const collection = tx.collection<T>(name);
              if (name !== 'idempotency_keys') return collection;
              return {
                ...collection,
                put: (doc) => {
                  if (failIdempotencyWrites) throw new Error('storage failed mid-transaction');
                  collection.put(doc);
                },
              } as Collection<T>;
            },
          }),
        ),
      sync: () => inner.sync(),
      close: () => inner.close(),
    };
    const sandbox = createTestPlatform({
      storage,
      logger: { error: () => {}, warn: () => {} },
      allowServerErrors: true,
    });
    await sandbox.api('POST', '/v1/webhook-endpoints', {
      json: { url: 'http://127.0.0.1:9/hook', events: ['*'] },
    });
    const failed = await sandbox.api('POST', '/v1/patients', {
      json: body,
      idempotencyKey: 'k-atomic',
    });
    expect(failed.status).toBe(500);
    // The patient written before the failure was rolled back, and so was its event.
    expect(await countPatients(sandbox)).toBe(5);
    expect(sandbox.platform.webhooks.deliveries()).toHaveLength(0);
    failIdempotencyWrites = false;
    const retried = await sandbox.api('POST', '/v1/patients', {
      json: body,
      idempotencyKey: 'k-atomic',
    });
    expect(retried.status).toBe(201);
    expect(await countPatients(sandbox)).toBe(6);
    await sandbox.close();
  });

  it('ignores keys on reads', async () => {
    const sandbox = createTestPlatform();
    const res = await sandbox.api('GET', '/v1/patients/pat_test_wangfang', {
      idempotencyKey: 'k-read',
    });
    expect(res.headers.get('idempotent-replayed')).toBeNull();
    const again = await sandbox.api('GET', '/v1/patients/pat_test_wangfang', {
      idempotencyKey: 'k-read',
    });
    expect(again.headers.get('idempotent-replayed')).toBeNull();
  });
});
