import { locateJsonError } from './json-error-position';
import { ApiError, validationFailed } from './problem';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The media type of a `Content-Type` value, lowercased, without parameters. */
export function mediaTypeOf(contentType: string | null): string | null {
  if (!contentType) return null;
  const semi = contentType.indexOf(';');
  return (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase() || null;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column };
}

/** Parses a JSON body; malformed JSON is a 400 `invalid_json` that says where. */
export function parseJsonBody(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body is not valid UTF-8.', {
      errors: [{ path: '/body', code: 'invalid_json', message: 'is not valid UTF-8' }],
    });
  }
  try {
    return JSON.parse(text);
  } catch {
    const { offset, expected } = locateJsonError(text);
    const found = offset >= text.length ? 'the end of the body' : JSON.stringify(text[offset]);
    const { line, column } = lineAndColumn(text, offset);
    const where = `line ${line}, column ${column}`;
    throw new ApiError(
      400,
      'invalid_json',
      `The body is not valid JSON: at ${where} expected ${expected} but found ${found}.`,
      {
        errors: [
          {
            path: '/body',
            code: 'invalid_json',
            message: `is not valid JSON (${where}: expected ${expected})`,
          },
        ],
        extra: { line, column },
      },
    );
  }
}

/** Parses an `application/x-www-form-urlencoded` body into an object of strings. */
export function parseFormBody(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw validationFailed([
      { path: '/body', code: 'invalid_encoding', message: 'is not valid UTF-8' },
    ]);
  }
  for (const [key, value] of new URLSearchParams(text)) {
    // RFC 6749 §3.1: parameters must not be included more than once; never pick one silently.
    if (Object.hasOwn(out, key)) {
      const pointer = key.replaceAll('~', '~0').replaceAll('/', '~1');
      throw new ApiError(
        400,
        'duplicate_parameter',
        `The parameter ${key} is sent more than once.`,
        {
          errors: [
            {
              path: `/body/${pointer}`,
              code: 'duplicate_parameter',
              message: 'must be sent only once',
            },
          ],
        },
      );
    }
    out[key] = value;
  }
  return out;
}

/** Parses a `multipart/form-data` body with the platform's own multipart parser (Web `formData`). */
export async function parseMultipartBody(
  bytes: Uint8Array,
  contentType: string,
): Promise<FormData> {
  try {
    return await new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: { 'content-type': contentType },
    }).formData();
  } catch {
    throw new ApiError(
      400,
      'invalid_multipart',
      'The multipart body could not be parsed (check the boundary in Content-Type and the part headers).',
      {
        errors: [
          { path: '/body', code: 'invalid_multipart', message: 'is not valid multipart/form-data' },
        ],
      },
    );
  }
}

/** The 413 for a body over `limit` bytes. */
export function payloadTooLarge(limit: number): ApiError {
  return new ApiError(
    413,
    'payload_too_large',
    `The body is larger than this operation's limit of ${limit} bytes.`,
    { extra: { limit_bytes: limit } },
  );
}

/**
 * Reads a Web stream into one buffer, stopping (and cancelling the stream) as soon as the total
 * exceeds `limit`.
 */
export async function readStreamWithLimit(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw payloadTooLarge(limit);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
