import { decodeCursor, takePage } from './cursor';
import type { BlobStore, Collection, Doc, ListOptions, Page, Storage, Transaction } from './types';

interface Entry {
  seq: number;
  doc: Doc;
}

interface Table {
  byId: Map<string, Entry>;
  /** Entries ordered by ascending seq. */
  order: Entry[];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function indexOfSeq(order: Entry[], seq: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (order[mid]!.seq < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The default in-memory {@link Storage}. Writes apply immediately and are undone if the
 * transaction throws; stored documents are frozen copies, so a handler cannot change stored
 * state without `put`.
 *
 * @example
 * ```ts
 * const platform = createPlatform({ storage: new MemoryStorage() });
 * ```
 */
export class MemoryStorage implements Storage {
  private readonly tables = new Map<string, Table>();
  private readonly blobs = new Map<string, Uint8Array>();
  private seq = 0;
  private undo: Array<() => void> | null = null;

  /** Runs `fn`; its writes apply together, or are undone when it throws. */
  transaction<T>(fn: (tx: Transaction) => T): T {
    if (this.undo) return fn(this.tx);
    const undo: Array<() => void> = [];
    this.undo = undo;
    try {
      return fn(this.tx);
    } catch (error) {
      for (let i = undo.length - 1; i >= 0; i--) undo[i]!();
      throw error;
    } finally {
      this.undo = null;
    }
  }

  /** Resolves at once: memory has nothing to flush. */
  sync(): Promise<void> {
    return Promise.resolve();
  }

  /** Resolves at once: memory holds no resources. */
  close(): Promise<void> {
    return Promise.resolve();
  }

  private readonly tx: Transaction = {
    collection: <T extends Doc>(name: string) => this.collection<T>(name),
    blobs: this.blobStore(),
  };

  private table(name: string): Table {
    let table = this.tables.get(name);
    if (!table) {
      table = { byId: new Map(), order: [] };
      this.tables.set(name, table);
    }
    return table;
  }

  private log(step: () => void): void {
    if (!this.undo) throw new Error('Storage writes must happen inside storage.transaction().');
    this.undo.push(step);
  }

  private collection<T extends Doc>(name: string): Collection<T> {
    const table = this.table(name);
    return {
      get: (id) => table.byId.get(id)?.doc as T | undefined,
      put: (doc) => {
        const frozen = deepFreeze(structuredClone(doc));
        const existing = table.byId.get(doc.id);
        if (existing) {
          const previous = existing.doc;
          this.log(() => {
            existing.doc = previous;
          });
          existing.doc = frozen;
          return;
        }
        const entry: Entry = { seq: ++this.seq, doc: frozen };
        this.log(() => {
          table.byId.delete(doc.id);
          table.order.splice(indexOfSeq(table.order, entry.seq), 1);
        });
        table.byId.set(doc.id, entry);
        table.order.push(entry);
      },
      delete: (id) => {
        const existing = table.byId.get(id);
        if (!existing) return false;
        this.log(() => {
          table.byId.set(id, existing);
          table.order.splice(indexOfSeq(table.order, existing.seq), 0, existing);
        });
        table.byId.delete(id);
        table.order.splice(indexOfSeq(table.order, existing.seq), 1);
        return true;
      },
      list: (options) => listEntries(table.order, options) as Page<T>,
    };
  }

  private blobStore(): BlobStore {
    return {
      get: (id) => this.blobs.get(id),
      put: (id, bytes) => {
        const previous = this.blobs.get(id);
        this.log(() => {
          if (previous) this.blobs.set(id, previous);
          else this.blobs.delete(id);
        });
        this.blobs.set(id, bytes.slice());
      },
      delete: (id) => {
        const previous = this.blobs.get(id);
        if (!previous) return false;
        this.log(() => this.blobs.set(id, previous));
        this.blobs.delete(id);
        return true;
      },
    };
  }
}

function listEntries<T extends Doc>(order: Entry[], options: ListOptions<T>): Page<T> {
  const desc = (options.order ?? 'desc') === 'desc';
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  return takePage(entriesFrom(order, desc, after) as Iterable<{ seq: number; doc: T }>, options);
}

/** `order` is ascending by seq: walks it backwards for desc, starting just past the cursor. */
function* entriesFrom(order: Entry[], desc: boolean, after: number | null): Iterable<Entry> {
  if (desc) {
    for (let i = after === null ? order.length - 1 : indexOfSeq(order, after) - 1; i >= 0; i--)
      yield order[i]!;
  } else {
    for (let i = after === null ? 0 : indexOfSeq(order, after + 1); i < order.length; i++)
      yield order[i]!;
  }
}
