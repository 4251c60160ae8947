import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  type BlobStore,
  type Collection,
  type Doc,
  decodeCursor,
  type ListOptions,
  type Page,
  type Storage,
  type Transaction,
  takePage,
} from '@apotheca/platform';
import Database from 'better-sqlite3';

/**
 * Checkpoints the WAL into the database from a worker thread (its own connection), so copying
 * pages and the checkpoint's fsyncs do not block the event loop. PASSIVE never waits for or
 * blocks the writer.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** better-sqlite3's entry file, for the checkpointer (works from the ESM and the CJS build). */
function driverPath(): string {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  return createRequire(here).resolve('better-sqlite3');
}

function startCheckpointer(file: string): { stop(): Promise<void> } {
  const worker = new Worker(CHECKPOINTER, {
    eval: true,
    workerData: { driver: driverPath(), file, intervalMs: 100 },
  });
  // Not fatal: commits fall back to checkpointing themselves (wal_autocheckpoint).
  worker.on('error', () => {});
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    stop: () => {
      // Unref'd while running (it must not keep a process alive); wait for it now.
      worker.ref();
      worker.postMessage('close');
      return exited;
    },
  };
}

interface Row {
  id: string;
  seq: number;
  body: string;
}

/**
 * How hard a commit is pushed to disk (SQLite `synchronous` in WAL mode).
 *
 * - `normal` (default): a commit is written to the WAL without fsync; it survives a process crash
 *   or `kill -9`, but the last commits may be lost on an OS crash or power loss. See
 *   docs/decisions/0006-sqlite-synchronous-normal.md.
 * - `full`: every group commit also fsyncs the WAL, so it survives power loss too; the fsync
 *   blocks the event loop.
 */
export type SqliteDurability = 'normal' | 'full';

/** Options of {@link SqliteStorage}. */
export interface SqliteStorageOptions {
  /** Default `normal`. */
  durability?: SqliteDurability;
}

/**
 * Durable {@link Storage} on SQLite (better-sqlite3): WAL journal with `synchronous=NORMAL` by
 * default, so a commit that returned survives `kill -9` (and, with `durability: 'full'`, power
 * loss).
 *
 * Transactions run as savepoints inside a shared write transaction that `sync()` commits once per
 * event-loop turn (group commit): many concurrent requests share one fsync, and none is
 * acknowledged before its commit is durable. One process per database file.
 *
 * @example
 * ```ts
 * const platform = createPlatform({
 *   storage: new SqliteStorage('/var/lib/apotheca/sandbox.db', { durability: 'full' }),
 * });
 * ```
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private seq: number;
  private savepointOpen = false;
  private depth = 0;
  private commitScheduled: Promise<void> | null = null;
  private readonly statements;
  private readonly tx: Transaction;
  private closed = false;
  private readonly checkpointer: { stop(): Promise<void> } | null;

  constructor(file: string, options: SqliteStorageOptions = {}) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    // 64 MiB page cache (default 2 MiB), so a busy sandbox's working set is read once.
    this.db.pragma('cache_size = -65536');
    // The checkpointer thread keeps the WAL short; a commit checkpoints itself only as a fallback
    // (the worker lagging, ~40 MB of WAL), since that copy and its fsyncs block the event loop.
    this.db.pragma('wal_autocheckpoint = 10000');
    // Documents (0.5–4 KB of JSON) live in a rowid table keyed by creation order: a row fits in
    // its leaf and new rows append. (Databases created before keep their WITHOUT ROWID table,
    // keyed by (collection, id), where such rows spill to overflow pages; the statements below
    // work on both.)
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS docs (
        seq INTEGER PRIMARY KEY,
        collection TEXT NOT NULL,
        id TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (collection, id)
      );
      CREATE INDEX IF NOT EXISTS docs_by_seq ON docs (collection, seq);
      CREATE TABLE IF NOT EXISTS blobs (id TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
    `);
    this.checkpointer = file === ':memory:' ? null : startCheckpointer(file);
    this.seq =
      (this.db.prepare('SELECT max(seq) AS seq FROM docs').get() as { seq: number | null }).seq ??
      0;
    this.statements = {
      get: this.db.prepare<[string, string], { body: string }>(
        'SELECT body FROM docs WHERE collection = ? AND id = ?',
      ),
      upsert: this.db.prepare(
        `INSERT INTO docs (collection, id, seq, body) VALUES (?, ?, ?, ?)
         ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body`,
      ),
      delete: this.db.prepare('DELETE FROM docs WHERE collection = ? AND id = ?'),
      desc: this.db.prepare<[string, number], Row>(
        'SELECT id, seq, body FROM docs WHERE collection = ? AND seq < ? ORDER BY seq DESC',
      ),
      asc: this.db.prepare<[string, number], Row>(
        'SELECT id, seq, body FROM docs WHERE collection = ? AND seq > ? ORDER BY seq ASC',
      ),
      blobGet: this.db.prepare<[string], { data: Buffer }>('SELECT data FROM blobs WHERE id = ?'),
      blobPut: this.db.prepare('INSERT OR REPLACE INTO blobs (id, data) VALUES (?, ?)'),
      blobDelete: this.db.prepare('DELETE FROM blobs WHERE id = ?'),
      savepoint: this.db.prepare('SAVEPOINT tx'),
      release: this.db.prepare('RELEASE tx'),
      rollbackTo: this.db.prepare('ROLLBACK TO tx'),
    };
    const collections = new Map<string, Collection<Doc>>();
    this.tx = {
      collection: <T extends Doc>(name: string) => {
        let collection = collections.get(name);
        if (!collection) {
          collection = this.collection(name);
          collections.set(name, collection);
        }
        return collection as Collection<T>;
      },
      blobs: this.blobStore(),
    };
  }

  /** Runs `fn` in a savepoint; its writes apply together, or none when it throws. */
  transaction<T>(fn: (tx: Transaction) => T): T {
    if (this.closed) throw new Error('SqliteStorage is closed.');
    if (this.depth > 0) return fn(this.tx);
    this.depth++;
    try {
      const result = fn(this.tx);
      if (this.savepointOpen) this.statements.release.run();
      return result;
    } catch (error) {
      if (this.savepointOpen) {
        this.statements.rollbackTo.run();
        this.statements.release.run();
      }
      throw error;
    } finally {
      this.savepointOpen = false;
      this.depth--;
    }
  }

  /** Resolves once the group commit holding every returned transaction is on disk. */
  sync(): Promise<void> {
    if (!this.db.inTransaction) return Promise.resolve();
    this.commitScheduled ??= new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        this.commitScheduled = null;
        try {
          if (this.db.inTransaction) this.db.exec('COMMIT');
          resolve();
        } catch (error) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          reject(error);
        }
      });
    });
    return this.commitScheduled;
  }

  /** Commits what is pending and closes the database. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.commitScheduled?.catch(() => {});
    if (this.db.inTransaction) this.db.exec('COMMIT');
    this.closed = true;
    await this.checkpointer?.stop();
    this.db.close();
  }

  /** Opens the shared write transaction and this transaction's savepoint on first write. */
  private beginWrite(): void {
    if (this.depth === 0)
      throw new Error('Storage writes must happen inside storage.transaction().');
    if (this.savepointOpen) return;
    if (!this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
    this.statements.savepoint.run();
    this.savepointOpen = true;
  }

  private collection(name: string): Collection<Doc> {
    const s = this.statements;
    return {
      get: (id) => {
        const row = s.get.get(name, id);
        return row ? (JSON.parse(row.body) as Doc) : undefined;
      },
      put: (doc) => {
        this.beginWrite();
        s.upsert.run(name, doc.id, ++this.seq, JSON.stringify(doc));
      },
      delete: (id) => {
        this.beginWrite();
        return s.delete.run(name, id).changes > 0;
      },
      list: (options) => this.list(name, options),
    };
  }

  private list(name: string, options: ListOptions<Doc>): Page<Doc> {
    const desc = (options.order ?? 'desc') === 'desc';
    const after = options.cursor ? decodeCursor(options.cursor) : null;
    const rows = desc
      ? this.statements.desc.iterate(name, after ?? Number.MAX_SAFE_INTEGER)
      : this.statements.asc.iterate(name, after ?? 0);
    return takePage(parsedRows(rows), options);
  }

  private blobStore(): BlobStore {
    const s = this.statements;
    return {
      get: (id) => {
        const row = s.blobGet.get(id);
        return row ? new Uint8Array(row.data) : undefined;
      },
      put: (id, bytes) => {
        this.beginWrite();
        s.blobPut.run(id, bytes);
      },
      delete: (id) => {
        this.beginWrite();
        return s.blobDelete.run(id).changes > 0;
      },
    };
  }
}

/** Rows with their documents parsed lazily, so a page parses only what it reads. */
function* parsedRows(
  rows: Iterable<{ seq: number; body: string }>,
): Iterable<{ seq: number; doc: Doc }> {
  for (const row of rows) yield { seq: row.seq, doc: JSON.parse(row.body) as Doc };
}
