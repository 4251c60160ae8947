import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storageConformance } from '@apotheca/testing/node';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { SqliteStorage } from './sqlite-storage';

const dir = mkdtempSync(join(tmpdir(), 'apotheca-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storageConformance('SqliteStorage', () => new SqliteStorage(join(dir, `conformance-${n++}.db`)));

it('keeps committed data across reopen, and commits many transactions with one sync', async () => {
  const file = join(dir, 'reopen.db');
  const first = new SqliteStorage(file);
  for (let i = 0; i < 20; i++)
    first.transaction((tx) => tx.collection('items').put({ id: `i${i}` }));
  await first.sync();
  await first.close();
  const second = new SqliteStorage(file);
  const page = second.transaction((tx) => tx.collection('items').list({ limit: 100 }));
  expect(page.data).toHaveLength(20);
  expect(page.data[0]).toEqual({ id: 'i19' });
  second.transaction((tx) => tx.collection('items').put({ id: 'later' }));
  // New documents continue the creation order after a reopen.
  expect(second.transaction((tx) => tx.collection('items').list({ limit: 1 })).data[0]).toEqual({
    id: 'later',
  });
  await second.close();
});

it('opens a database created with the earlier WITHOUT ROWID layout', async () => {
  const file = join(dir, 'earlier-layout.db');
  const raw = new Database(file);
  raw.exec(`
    CREATE TABLE docs (
      collection TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL,
      PRIMARY KEY (collection, id)
    ) WITHOUT ROWID;
    CREATE INDEX docs_by_seq ON docs (collection, seq);
    INSERT INTO docs VALUES ('items', 'old', 7, '{"id":"old","n":1}');
  `);
  raw.close();
  const storage = new SqliteStorage(file, { durability: 'full' });
  expect(storage.transaction((tx) => tx.collection('items').get('old'))).toEqual({
    id: 'old',
    n: 1,
  });
  storage.transaction((tx) => {
    tx.collection('items').put({ id: 'new' });
    tx.collection<{ id: string; n?: number }>('items').put({ id: 'old', n: 2 });
  });
  await storage.sync();
  const page = storage.transaction((tx) => tx.collection('items').list({ limit: 10 }));
  // The replaced document keeps its creation position, after the new one in newest-first order.
  expect(page.data).toEqual([{ id: 'new' }, { id: 'old', n: 2 }]);
  await storage.close();
});
