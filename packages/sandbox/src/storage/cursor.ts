import { ApiError } from '../http/problem';
import { base64UrlDecodeText, base64UrlEncodeText } from '../util/base64';

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
