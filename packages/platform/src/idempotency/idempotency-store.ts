import type { Collection, Storage, Transaction } from '../storage/types';
import { newId } from '../util/ids';

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

/**
 * The stored form. Documents are filed under a time-ordered id (`idk_…`) and carry the
 * `<scope>:<key>` as `key`: clients send random keys (UUIDs), and filing by them would put every
 * insert on a random B-tree leaf, so each durable commit would rewrite one page per request.
 * Lookups go through an in-memory index (key → document id) instead. Records written before this
 * layout are filed under the key itself and have no `key` field.
 */
interface StoredRecord extends Omit<IdempotencyRecord, 'id'> {
  id: string;
  key?: string;
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

/** key → document id, one per storage (so two engines over one storage agree). */
const indexes = new WeakMap<Storage, Map<string, string>>();

const keyOf = (doc: StoredRecord): string => doc.key ?? doc.id;

/**
 * Idempotency keys: lookup, storage (inside the effect's transaction) and an in-flight lock so
 * concurrent requests with one key run the effect once — the later ones wait and then replay.
 * The lock and the key index are per process, which is all the sandbox is (one process per
 * database file).
 */
export class IdempotencyKeys {
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly index: Map<string, string>;
  private lastPurgeMs = 0;

  constructor(private readonly storage: Storage) {
    let index = indexes.get(storage);
    if (!index) {
      index = loadIndex(storage);
      indexes.set(storage, index);
    }
    this.index = index;
  }

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
      // Fresh keys (the common case) are decided without touching storage.
      const record = this.index.has(id)
        ? this.storage.transaction((tx) => this.lookup(tx, id, nowMs()))
        : undefined;
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
    const docId = this.index.get(id);
    if (docId === undefined) return undefined;
    const doc = tx.collection<StoredRecord>(IDEMPOTENCY_KEYS).get(docId);
    if (!doc || keyOf(doc) !== id) {
      // Its transaction was rolled back after the index learnt of it.
      this.index.delete(id);
      return undefined;
    }
    if (doc.created_at_ms + IDEMPOTENCY_TTL_MS <= nowMs) return undefined;
    const { key: _key, ...record } = doc;
    return { ...record, id };
  }

  /** Stores a response; call inside the effect's transaction. Occasionally purges expired keys. */
  store(tx: Transaction, record: IdempotencyRecord): void {
    const keys = tx.collection<StoredRecord>(IDEMPOTENCY_KEYS);
    const docId = newId('idk', record.created_at_ms);
    keys.put({ ...record, id: docId, key: record.id });
    // Rolled-back entries are harmless: lookup() finds no document and forgets them.
    this.index.set(record.id, docId);
    if (record.created_at_ms - this.lastPurgeMs >= PURGE_EVERY_MS) {
      this.lastPurgeMs = record.created_at_ms;
      this.purge(keys, record.created_at_ms - IDEMPOTENCY_TTL_MS);
    }
  }

  private purge(keys: Collection<StoredRecord>, cutoffMs: number): void {
    const expired = keys.list({
      limit: 1000,
      order: 'asc',
      filter: (r) => r.created_at_ms <= cutoffMs,
    });
    for (const old of expired.data) {
      keys.delete(old.id);
      const key = keyOf(old);
      if (this.index.get(key) === old.id) this.index.delete(key);
    }
  }
}

/** Reads the key → document id index of the unexpired records (once per storage and process). */
function loadIndex(storage: Storage): Map<string, string> {
  const index = new Map<string, string>();
  storage.transaction((tx) => {
    const keys = tx.collection<StoredRecord>(IDEMPOTENCY_KEYS);
    let cursor: string | null = null;
    do {
      // Oldest first, so a key stored twice (after expiring) ends on its newest document.
      const page = keys.list({ limit: 1000, order: 'asc', cursor });
      for (const doc of page.data) index.set(keyOf(doc), doc.id);
      cursor = page.nextCursor;
    } while (cursor !== null);
  });
  return index;
}
