import type { Storage, Transaction } from '../storage/types';

/** A stored successful response for an idempotency key. */
export interface IdempotencyRecord {
  /** `<owner scope>:<key>` */
  id: string;
  fingerprint: string;
  status: number;
  /** The JSON body exactly as sent. */
  body: string;
  /** Headers the route set (besides the engine's own). */
  headers?: Record<string, string>;
  created_at_ms: number;
}

/** The collection ("idempotency table") holding the records. */
export const IDEMPOTENCY_KEYS = 'idempotency_keys';

/** Keys are kept (at least) this long. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

const PURGE_EVERY_MS = 60 * 60 * 1000;

/** What to do with a request carrying an idempotency key. */
export type IdempotencyDecision =
  | { kind: 'execute' }
  | { kind: 'replay'; record: IdempotencyRecord }
  | { kind: 'reused' };

/**
 * Idempotency keys: lookup, storage (inside the effect's transaction) and an in-flight lock so
 * concurrent requests with one key run the effect once — the later ones wait and then replay.
 * The lock is per process, which is all the sandbox is.
 */
export class IdempotencyKeys {
  private readonly inFlight = new Map<string, Promise<void>>();
  private lastPurgeMs = 0;

  constructor(private readonly storage: Storage) {}

  /**
   * Waits for any in-flight request with this key, then decides. When the decision is `execute`,
   * the caller holds the key's lock and must call the returned `release` when done.
   */
  async acquire(
    id: string,
    fingerprint: string,
    nowMs: () => number,
  ): Promise<{ decision: IdempotencyDecision; release: () => void }> {
    for (;;) {
      const pending = this.inFlight.get(id);
      if (pending) {
        await pending;
        continue;
      }
      const record = this.storage.transaction((tx) => this.lookup(tx, id, nowMs()));
      if (record) {
        return {
          decision:
            record.fingerprint === fingerprint ? { kind: 'replay', record } : { kind: 'reused' },
          release: () => {},
        };
      }
      let release!: () => void;
      this.inFlight.set(
        id,
        new Promise<void>((resolve) => {
          release = () => {
            this.inFlight.delete(id);
            resolve();
          };
        }),
      );
      return { decision: { kind: 'execute' }, release };
    }
  }

  /** A live (unexpired) record, if any. */
  lookup(tx: Transaction, id: string, nowMs: number): IdempotencyRecord | undefined {
    const record = tx.collection<IdempotencyRecord>(IDEMPOTENCY_KEYS).get(id);
    if (!record || record.created_at_ms + IDEMPOTENCY_TTL_MS <= nowMs) return undefined;
    return record;
  }

  /** Stores a response; call inside the effect's transaction. Occasionally purges expired keys. */
  store(tx: Transaction, record: IdempotencyRecord): void {
    const keys = tx.collection<IdempotencyRecord>(IDEMPOTENCY_KEYS);
    keys.put(record);
    if (record.created_at_ms - this.lastPurgeMs >= PURGE_EVERY_MS) {
      this.lastPurgeMs = record.created_at_ms;
      const cutoff = record.created_at_ms - IDEMPOTENCY_TTL_MS;
      const expired = keys.list({
        limit: 1000,
        order: 'asc',
        filter: (r) => r.created_at_ms <= cutoff,
      });
      for (const old of expired.data) keys.delete(old.id);
    }
  }
}
