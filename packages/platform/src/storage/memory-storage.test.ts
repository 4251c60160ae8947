import { storageConformance } from '@apotheca/testing/node';
import { expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage';

storageConformance('MemoryStorage', () => new MemoryStorage());

it('hands out frozen documents, so state changes only through put', () => {
  const storage = new MemoryStorage();
  const doc = { id: 'p', tags: ['a'] };
  storage.transaction((tx) => tx.collection('x').put(doc));
  doc.tags.push('changed-after-put');
  const stored = storage.transaction((tx) => tx.collection<typeof doc>('x').get('p'))!;
  expect(stored.tags).toEqual(['a']);
  expect(() => stored.tags.push('b')).toThrow(TypeError);
});
