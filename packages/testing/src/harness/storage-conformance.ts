import type { Storage } from '@apotheca/platform';
import { describe, expect, it } from 'vitest';

interface Item {
  id: string;
  n: number;
}

/** The behaviour every Storage must have; run against each implementation. */
export function storageConformance(name: string, open: () => Storage): void {
  describe(`${name} (Storage conformance)`, () => {
    it('puts, gets, replaces and deletes documents', async () => {
      const storage = open();
      storage.transaction((tx) => tx.collection<Item>('items').put({ id: 'a', n: 1 }));
      await storage.sync();
      expect(storage.transaction((tx) => tx.collection<Item>('items').get('a'))).toEqual({
        id: 'a',
        n: 1,
      });
      storage.transaction((tx) => tx.collection<Item>('items').put({ id: 'a', n: 2 }));
      expect(storage.transaction((tx) => tx.collection<Item>('items').get('a'))?.n).toBe(2);
      expect(storage.transaction((tx) => tx.collection('other').get('a'))).toBeUndefined();
      expect(storage.transaction((tx) => tx.collection('items').delete('a'))).toBe(true);
      expect(storage.transaction((tx) => tx.collection('items').delete('a'))).toBe(false);
      await storage.close();
    });

    it('rolls back every write of a transaction that throws', async () => {
      const storage = open();
      storage.transaction((tx) => {
        tx.collection<Item>('items').put({ id: 'keep', n: 1 });
        tx.collection<Item>('items').put({ id: 'gone', n: 1 });
      });
      expect(() =>
        storage.transaction((tx) => {
          const items = tx.collection<Item>('items');
          items.put({ id: 'new', n: 1 });
          items.put({ id: 'keep', n: 99 });
          items.delete('gone');
          tx.blobs.put('blob', new Uint8Array([1, 2, 3]));
          throw new Error('boom');
        }),
      ).toThrow('boom');
      await storage.sync();
      const state = storage.transaction((tx) => ({
        keep: tx.collection<Item>('items').get('keep'),
        gone: tx.collection<Item>('items').get('gone'),
        fresh: tx.collection<Item>('items').get('new'),
        blob: tx.blobs.get('blob'),
        list: tx
          .collection<Item>('items')
          .list({ limit: 10 })
          .data.map((d) => d.id),
      }));
      expect(state).toEqual({
        keep: { id: 'keep', n: 1 },
        gone: { id: 'gone', n: 1 },
        fresh: undefined,
        blob: undefined,
        list: ['gone', 'keep'],
      });
      await storage.close();
    });

    it('lists newest first (or oldest first) with opaque cursors and filters', async () => {
      const storage = open();
      storage.transaction((tx) => {
        for (let n = 1; n <= 7; n++) tx.collection<Item>('items').put({ id: `i${n}`, n });
      });
      // Replacing keeps the original position.
      storage.transaction((tx) => tx.collection<Item>('items').put({ id: 'i3', n: 30 }));
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const page = storage.transaction((tx) =>
          tx.collection<Item>('items').list({ limit: 3, cursor }),
        );
        pages.push(page.data.map((d) => d.id));
        cursor = page.nextCursor;
        if (cursor) expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      } while (cursor);
      expect(pages).toEqual([['i7', 'i6', 'i5'], ['i4', 'i3', 'i2'], ['i1']]);
      const asc = storage.transaction((tx) =>
        tx.collection<Item>('items').list({ limit: 2, order: 'asc', filter: (d) => d.n % 2 === 1 }),
      );
      expect(asc.data.map((d) => d.id)).toEqual(['i1', 'i5']);
      const next = storage.transaction((tx) =>
        tx
          .collection<Item>('items')
          .list({ limit: 2, order: 'asc', cursor: asc.nextCursor, filter: (d) => d.n % 2 === 1 }),
      );
      expect(next.data.map((d) => d.id)).toEqual(['i7']);
      expect(next.nextCursor).toBeNull();
      expect(() =>
        storage.transaction((tx) => tx.collection('items').list({ limit: 1, cursor: 'bogus!' })),
      ).toThrow();
      await storage.close();
    });

    it('stores bytes', async () => {
      const storage = open();
      storage.transaction((tx) => tx.blobs.put('f', new Uint8Array([0, 255, 7])));
      await storage.sync();
      expect(Array.from(storage.transaction((tx) => tx.blobs.get('f')) ?? [])).toEqual([0, 255, 7]);
      await storage.close();
    });

    it('refuses writes outside a transaction', () => {
      const storage = open();
      const escaped = storage.transaction((tx) => tx.collection<Item>('items'));
      expect(() => escaped.put({ id: 'x', n: 1 })).toThrow(/inside storage.transaction/);
    });
  });
}
