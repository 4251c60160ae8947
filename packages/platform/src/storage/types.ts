/** A stored document: any JSON object with a string `id`. */
export interface Doc {
  id: string;
}

/** Options for {@link Collection.list}. */
export interface ListOptions<T> {
  /** Page size (1–1000). */
  limit: number;
  /** An opaque cursor from a previous page's `nextCursor`. */
  cursor?: string | null | undefined;
  /** `desc` (default): newest first, as the API's lists are. `asc`: oldest first (outboxes). */
  order?: 'asc' | 'desc';
  /** Keep only documents for which this returns true (applied before paging). */
  filter?: (doc: T) => boolean;
}

/** One page of a list. */
export interface Page<T> {
  data: T[];
  /** Opaque (base64url) cursor of the next page, or `null` on the last page. */
  nextCursor: string | null;
}

/**
 * A named set of JSON documents, ordered by creation. Writes made through a collection obtained
 * from a transaction are atomic with every other write of that transaction.
 */
export interface Collection<T extends Doc> {
  /** The document with this `id`, or `undefined`. */
  get(id: string): T | undefined;
  /** Inserts or replaces by `id`. A replaced document keeps its original creation position. */
  put(doc: T): void;
  /** Returns true when a document was removed. */
  delete(id: string): boolean;
  /** One page of documents in creation order, filtered and limited by `options`. */
  list(options: ListOptions<T>): Page<T>;
}

/** Bytes stored by id (uploaded files). */
export interface BlobStore {
  /** The bytes stored under `id`, or `undefined`. */
  get(id: string): Uint8Array | undefined;
  /** Stores (or replaces) the bytes under `id`. */
  put(id: string, bytes: Uint8Array): void;
  /** Returns true when bytes were removed. */
  delete(id: string): boolean;
}

/** The view of the store inside one transaction. */
export interface Transaction {
  /** The named collection, as seen by this transaction. */
  collection<T extends Doc>(name: string): Collection<T>;
  readonly blobs: BlobStore;
}

/**
 * A small transactional document store.
 *
 * `transaction(fn)` runs `fn` synchronously: if it returns, all its writes are applied together; if
 * it throws, none are. `sync()` resolves once every transaction that has returned is durable (a
 * no-op in memory; group commit on disk), so a host awaits it before acknowledging a write.
 *
 * @example
 * ```ts
 * const storage = new MemoryStorage();
 * storage.transaction((tx) => tx.collection('patients').put({ id: 'pat_1', name: 'Li' }));
 * await storage.sync();
 * ```
 */
export interface Storage {
  /** Runs `fn` synchronously; all its writes apply together, or none when it throws. */
  transaction<T>(fn: (tx: Transaction) => T): T;
  /** Resolves once every returned transaction is durable. */
  sync(): Promise<void>;
  /** Flushes pending writes and releases the store. */
  close(): Promise<void>;
}
