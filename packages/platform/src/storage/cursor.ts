import { ApiError } from '../http/problem';
import { base64UrlDecodeText, base64UrlEncodeText } from '../util/base64';
import type { Doc, ListOptions, Page } from './types';

/** Encodes a creation sequence number as an opaque cursor. */
export function encodeCursor(seq: number): string {
  return base64UrlEncodeText(`s:${seq}`);
}

/** Decodes a cursor; a cursor this store did not issue is a 400 on `/query/cursor`. */
export function decodeCursor(cursor: string): number {
  let text: string;
  try {
    text = base64UrlDecodeText(cursor);
  } catch {
    text = '';
  }
  const match = /^s:(\d{1,15})$/.exec(text);
  if (!match) {
    throw new ApiError(400, 'invalid_cursor', 'The cursor is not one this API issued.', {
      errors: [
        {
          path: '/query/cursor',
          code: 'invalid_cursor',
          message: 'is not a cursor this API issued',
        },
      ],
    });
  }
  return Number(match[1]);
}

/**
 * One page from entries already in list order and past the cursor: up to `limit` documents that
 * pass the filter, and a cursor when more follow. Shared by every storage, so paging is the same.
 */
export function takePage<T extends Doc>(
  entries: Iterable<{ seq: number; doc: T }>,
  options: ListOptions<T>,
): Page<T> {
  const data: T[] = [];
  let lastSeq = 0;
  for (const { seq, doc } of entries) {
    if (options.filter && !options.filter(doc)) continue;
    if (data.length === options.limit) return { data, nextCursor: encodeCursor(lastSeq) };
    data.push(doc);
    lastSeq = seq;
  }
  return { data, nextCursor: null };
}
