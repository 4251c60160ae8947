import type { Collection, Doc } from '../storage/types';

/** The contract's list envelope. */
export interface ListBody<T> {
  object: 'list';
  data: T[];
  next_cursor: string | null;
}

/**
 * One page of a collection, newest first, as the contract's lists are; reads `limit` and
 * `cursor` from the validated query.
 *
 * @example
 * ```ts
 * return { status: 200, body: listPage(tx.collection<PatientDoc>('patients'), query) };
 * ```
 */
export function listPage<T extends Doc>(
  collection: Collection<T>,
  query: Readonly<Record<string, unknown>>,
  filter?: (doc: T) => boolean,
): ListBody<T> {
  const page = collection.list({
    limit: typeof query.limit === 'number' ? query.limit : 20,
    cursor: typeof query.cursor === 'string' ? query.cursor : null,
    ...(filter ? { filter } : {}),
  });
  return { object: 'list', data: page.data, next_cursor: page.nextCursor };
}
