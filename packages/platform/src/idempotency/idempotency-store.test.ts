import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../storage/memory-storage';
import { IDEMPOTENCY_KEYS, IDEMPOTENCY_TTL_MS, IdempotencyKeys } from './idempotency-store';

const NOW = Date.UTC(2026, 10, 1);
const record = (id: string, body = '{"ok":true}') => ({
  id,
  fingerprint: 'fp',
  status: 201,
  body,
  created_at_ms: NOW,
});

describe('IdempotencyKeys', () => {
  it('still replays records stored under the key itself (the earlier layout)', async () => {
    const storage = new MemoryStorage();
    storage.transaction((tx) => tx.collection(IDEMPOTENCY_KEYS).put(record('sk:old')));
    const keys = new IdempotencyKeys(storage);
    const { decision } = await keys.acquire('sk:old', 'fp', () => NOW);
    expect(decision).toEqual({ kind: 'replay', record: record('sk:old') });
  });

  it('forgets a record whose transaction rolled back, and executes again', async () => {
    const storage = new MemoryStorage();
    const keys = new IdempotencyKeys(storage);
    expect(() =>
      storage.transaction((tx) => {
        keys.store(tx, record('sk:k-2'));
        throw new Error('effect failed');
      }),
    ).toThrow('effect failed');
    const { decision, release } = await keys.acquire('sk:k-2', 'fp', () => NOW);
    expect(decision.kind).toBe('execute');
    release();
  });

  it('executes again once a record has expired, then replays the new one', async () => {
    const storage = new MemoryStorage();
    const keys = new IdempotencyKeys(storage);
    storage.transaction((tx) => keys.store(tx, record('sk:k-3', '"old"')));
    const later = NOW + IDEMPOTENCY_TTL_MS;
    const expired = await keys.acquire('sk:k-3', 'fp', () => later);
    expect(expired.decision.kind).toBe('execute');
    storage.transaction((tx) =>
      keys.store(tx, { ...record('sk:k-3', '"new"'), created_at_ms: later }),
    );
    expired.release();
    const { decision } = await new IdempotencyKeys(storage).acquire('sk:k-3', 'fp', () => later);
    expect(decision).toMatchObject({ kind: 'replay', record: { body: '"new"' } });
  });
});
