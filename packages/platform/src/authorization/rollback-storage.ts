/**
 * Test support for the authorization matrix: memory storage that can undo everything written
 * since `mark()`, so each matrix cell starts from the same state (the same dispensable pack, a
 * fresh dispensation to reverse) without building a platform per cell.
 */
import { MemoryStorage } from '../storage/memory-storage';
import type { BlobStore, Collection, Doc, Storage, Transaction } from '../storage/types';

type Undo = (tx: Transaction) => void;

export class RollbackStorage implements Storage {
  private readonly inner = new MemoryStorage();
  private log: Undo[] | null = null;

  /** Starts recording writes. */
  mark(): void {
    this.log = [];
  }

  /** Undoes every write since `mark()`, newest first, and stops recording. */
  rollback(): void {
    const log = this.log ?? [];
    this.log = null;
    this.inner.transaction((tx) => {
      for (let i = log.length - 1; i >= 0; i--) log[i]!(tx);
    });
  }

  transaction<T>(fn: (tx: Transaction) => T): T {
    return this.inner.transaction((tx) => fn(this.recording(tx)));
  }

  sync(): Promise<void> {
    return this.inner.sync();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private recording(tx: Transaction): Transaction {
    const record = (undo: Undo) => this.log?.push(undo);
    const blobs: BlobStore = {
      get: (id) => tx.blobs.get(id),
      put: (id, bytes) => {
        const before = tx.blobs.get(id);
        record((t) => (before ? t.blobs.put(id, before) : t.blobs.delete(id)));
        tx.blobs.put(id, bytes);
      },
      delete: (id) => {
        const before = tx.blobs.get(id);
        if (before) record((t) => t.blobs.put(id, before));
        return tx.blobs.delete(id);
      },
    };
    return {
      blobs,
      collection: <T extends Doc>(name: string): Collection<T> => {
        const inner = tx.collection<T>(name);
        const restore = (id: string, before: T | undefined): Undo =>
          before
            ? (t) => t.collection<T>(name).put(before)
            : (t) => {
                t.collection<T>(name).delete(id);
              };
        return {
          get: (id) => inner.get(id),
          list: (options) => inner.list(options),
          put: (doc) => {
            record(restore(doc.id, inner.get(doc.id)));
            inner.put(doc);
          },
          delete: (id) => {
            record(restore(id, inner.get(id)));
            return inner.delete(id);
          },
        };
      },
    };
  }
}
