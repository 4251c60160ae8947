/** One page of a cursor-paginated list. */
export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

/** The most items {@link Paginator.toArray} will collect. */
export const MAX_TO_ARRAY = 10_000;

/**
 * Every item of a list, fetched page by page on demand (following `next_cursor`).
 *
 * @example
 * ```ts
 * for await (const patient of client.paginate('/v1/patients', { params: { query: { limit: 100 } } })) {
 *   console.log(patient.id);
 * }
 * const first50 = await client.paginate('/v1/patients').toArray({ limit: 50 });
 * ```
 */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #fetchPage: (cursor: string | undefined) => Promise<Page<T>>;
  readonly #signal: AbortSignal | undefined;

  /** @param fetchPage fetches the page after `cursor` (the first page for `undefined`). */
  constructor(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, signal?: AbortSignal) {
    this.#fetchPage = fetchPage;
    this.#signal = signal;
  }

  /** Every item of every page, fetching the next page when the current one is used up. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let cursor: string | undefined;
    do {
      const page = await this.#fetchPage(cursor);
      for (const item of page.data) {
        this.#signal?.throwIfAborted();
        yield item;
      }
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
  }

  /**
   * Collects up to `limit` items (at most {@link MAX_TO_ARRAY}); the limit is required so a
   * forgotten filter cannot load a whole tenant into memory.
   */
  async toArray({ limit }: { limit: number }): Promise<T[]> {
    if (!(Number.isInteger(limit) && limit >= 1 && limit <= MAX_TO_ARRAY)) {
      throw new RangeError(`toArray needs a limit between 1 and ${MAX_TO_ARRAY}, got ${limit}`);
    }
    const items: T[] = [];
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}
