/** Request building and response reading shared by both harness modes. */
import { SECRET_KEY } from '../seed';

/** A parsed response. */
export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** Options of a harness's `api()` call. */
export interface ApiCallOptions {
  /** Bearer token (default: the seeded secret key, unless `headers` has an Authorization; `null` for none). */
  token?: string | null;
  /** A JSON body (sets `Content-Type: application/json`). */
  json?: unknown;
  /** A raw body (with `contentType`). */
  body?: BodyInit;
  contentType?: string;
  idempotencyKey?: string;
  origin?: string;
  headers?: Record<string, string>;
}

/** Builds a `RequestInit` from {@link ApiCallOptions}. */
export function requestInit(method: string, options: ApiCallOptions = {}): RequestInit {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? SECRET_KEY : options.token;
  const hasAuthorization = Object.keys(headers).some((h) => h.toLowerCase() === 'authorization');
  // An explicit Authorization header wins over the default key.
  if (token && !(hasAuthorization && options.token === undefined)) {
    headers.authorization = `Bearer ${token}`;
  }
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  if (options.origin) headers.origin = options.origin;
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] = 'application/json';
  }
  if (options.contentType) headers['content-type'] = options.contentType;
  return { method, headers, ...(body !== undefined ? { body } : {}) };
}

/** Reads a response into an {@link ApiResponse} (JSON when it parses, else the text). */
export async function readResponse<T>(response: Response): Promise<ApiResponse<T>> {
  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, headers: response.headers, body: body as T, text };
}
