import {
  createPlatform,
  createResponseValidator,
  type Platform,
  type PlatformOptions,
} from '../../src/index';

/** The one validator every test response goes through. */
export const contractValidator = createResponseValidator();

export const SECRET_KEY = 'sk_test_apotheca_sandbox';
export const BASE_URL = 'http://localhost:4010';

/** A parsed response. */
export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** Options of {@link TestPlatform.api}. */
export interface ApiCallOptions {
  /** Bearer token (default: the seeded secret key; `null` for none). */
  token?: string | null;
  json?: unknown;
  /** A raw body (with `contentType`). */
  body?: BodyInit;
  contentType?: string;
  idempotencyKey?: string;
  origin?: string;
  headers?: Record<string, string>;
}

/** A platform whose every response is checked against the contract (a mismatch throws). */
export interface TestPlatform {
  platform: Platform;
  handle(request: Request): Promise<Response>;
  api<T = Record<string, unknown>>(
    method: string,
    path: string,
    options?: ApiCallOptions,
  ): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

/** Fetch that validates every response against the contract (for tests over real HTTP). */
export async function checkedFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(input, init);
  await contractValidator.assertResponse({ method: init.method ?? 'GET', url: input }, response);
  return response;
}

/** Builds request init for {@link ApiCallOptions}. */
export function requestInit(method: string, options: ApiCallOptions = {}): RequestInit {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? SECRET_KEY : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
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

/** Reads a response into an {@link ApiResponse}. */
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

/**
 * A platform for tests: in memory, seeded, rate limit off unless given, and every response
 * validated against the contract.
 */
export function createTestPlatform(options: PlatformOptions = {}): TestPlatform {
  const platform = createPlatform({ rateLimit: false, ...options });
  const handle = async (request: Request) => {
    const response = await platform.handle(request);
    await contractValidator.assertResponse(request, response);
    return response;
  };
  return {
    platform,
    handle,
    async api(method, path, options = {}) {
      const response = await handle(new Request(BASE_URL + path, requestInit(method, options)));
      return readResponse(response);
    },
    close: () => platform.close(),
  };
}
