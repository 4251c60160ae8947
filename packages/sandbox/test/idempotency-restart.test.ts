import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPlatform } from '@apotheca/testing/node';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../src/storage/sqlite-storage';

const dir = mkdtempSync(join(tmpdir(), 'apotheca-idempotency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Idempotency-Key on SQLite', () => {
  it('replays a response stored by an earlier process over the same file (a restart)', async () => {
    const file = join(dir, 'restart.db');
    const body = { name: 'Restart "quoted"', birth_date: '1990-01-01' };
    const before = createTestPlatform({ storage: new SqliteStorage(file) });
    const first = await before.api<{ id: string }>('POST', '/v1/patients', {
      json: body,
      idempotencyKey: 'k-restart',
    });
    expect(first.status).toBe(201);
    await before.close();

    // A new process: same data, fresh in-memory index of keys.
    const after = createTestPlatform({ storage: new SqliteStorage(file) });
    const replay = await after.api<{ id: string }>('POST', '/v1/patients', {
      json: body,
      idempotencyKey: 'k-restart',
    });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(first.body.id);
    const reused = await after.api<{ code: string }>('POST', '/v1/patients', {
      json: { ...body, name: 'Someone else' },
      idempotencyKey: 'k-restart',
    });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    await after.close();
  });
});
