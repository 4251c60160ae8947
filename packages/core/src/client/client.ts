import { type CredentialOptions, Credentials } from '../auth/credentials';
import { detectBrowser } from '../auth/environment';
import { type Clock, sleepOn, systemClock } from '../clock/clock';
import {
  ApothecaError,
  AuthenticationError,
  ConnectionError,
  TimeoutError,
} from '../errors/errors';
import { errorFromResponse } from '../errors/from-response';
import { newIdempotencyKey } from '../idempotency/key';
import { createLog, type Log, type Logger } from '../logging/logger';
import { Paginator } from '../pagination/paginator';
import { type BackoffOptions, backoffDelay, isRetryable } from '../retry/policy';
import { parseRetryAfter } from '../retry/retry-after';
import type {
  ListItem,
  ListPaths,
  Operation,
  PathsWith,
  QueryParams,
  RequestArgs,
  RequestOptions,
  ResponseBody,
} from '../types/paths';
import { API_VERSION, CLIENT_VERSION } from '../version';
import { buildUrl } from './url';

/** What {@link ClientOptions.onRetry} is told before each retry wait. */
export interface RetryInfo {
  /** The retry about to happen: 1 for the first retry. */
  attempt: number;
  /** How long the client waits first (from `Retry-After`, or backoff with jitter). */
  delayMs: number;
  /** Why the previous attempt failed. */
  error: ApothecaError;
  /** The previous attempt's request (its body may already be consumed). */
  request: Request | undefined;
}

/** What a hook returns: a replacement, or nothing to keep the original. */
// biome-ignore lint/suspicious/noConfusingVoidType: hooks that only observe return nothing, maybe asynchronously.
export type HookResult<T> = T | void | Promise<T | void>;

/** Hooks around every attempt (including retries). */
export interface ClientHooks {
  /** Sees (and may replace) each outgoing request. */
  beforeRequest?: (request: Request) => HookResult<Request>;
  /** Sees (and may replace) each response, before the client reads it. */
  afterResponse?: (request: Request, response: Response) => HookResult<Response>;
}

/** How to construct an {@link ApothecaClient}. */
export interface ClientOptions extends CredentialOptions {
  /** The API origin, e.g. `http://localhost:4010` for the local sandbox. */
  baseUrl: string;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Milliseconds per attempt (default 30 000). */
  timeout?: number | undefined;
  /** Milliseconds per call across all attempts and retry waits (default: none). */
  deadline?: number | undefined;
  /** Backoff tuning (base, cap, jitter source, sleep). */
  backoff?: BackoffOptions | undefined;
  /** A `fetch` to use instead of `globalThis.fetch`. */
  fetch?: typeof fetch | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  hooks?: ClientHooks | undefined;
  /** Called before each retry wait. */
  onRetry?: ((info: RetryInfo) => void) | undefined;
  /** Receives redacted debug output. */
  logger?: Logger | undefined;
  /** Shorthand for `logger: console`. */
  debug?: boolean | undefined;
  /** Overrides browser detection (which decides whether a secret key is refused). */
  browser?: boolean | undefined;
  /** Time for timeouts, deadlines, retry waits and token expiry (default: the system clock). */
  clock?: Clock | undefined;
}

/** A request the typed methods cannot express (escape hatch); see {@link ApothecaClient.request}. */
export interface RawRequestInit extends RequestOptions {
  params?: { path?: unknown; query?: unknown } | undefined;
  body?: unknown;
  /** Builds a multipart body; called again for every attempt so retries resend it whole. */
  form?: (() => FormData) | undefined;
}

/** A file to upload, and the form fields sent with it. */
export interface UploadInit {
  file: Blob | Uint8Array | ArrayBuffer;
  /** File name sent in the multipart part (default: the `File`'s name, else `upload`). */
  filename?: string | undefined;
  /** Content type when `file` is bytes (default `application/octet-stream`). */
  contentType?: string | undefined;
  /** Other form fields, e.g. `{ purpose: 'prescription_photo' }`. */
  fields?: Record<string, string> | undefined;
}

/** Never honour a `Retry-After` longer than this when the call has no deadline: fail instead. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * The Apotheca HTTP client: typed calls for every path of the contract, with auth, automatic
 * `Idempotency-Key`s reused across retries, retries with backoff and `Retry-After`, timeouts,
 * deadlines, aborts, typed errors, pagination, uploads and redacted debug logging.
 *
 * @example
 * ```ts
 * import { ApothecaClient } from '@apotheca/core';
 *
 * const client = new ApothecaClient({ apiKey: 'sk_test_apotheca_sandbox', baseUrl: 'http://localhost:4010' });
 * const patient = await client.post('/v1/patients', { body: { name: 'David Chen', birth_date: '1988-07-02' } });
 * const same = await client.get('/v1/patients/{id}', { params: { path: { id: patient.id } } });
 * ```
 */
export class ApothecaClient {
  /** The API origin requests go to. */
  readonly baseUrl: string;
  readonly #options: ClientOptions;
  readonly #credentials: Credentials;
  readonly #log: Log;
  readonly #clock: Clock;
  // The headers every attempt starts from, built once.
  readonly #defaultHeaders: Record<string, string>;

  constructor(options: ClientOptions) {
    this.#options = options;
    this.baseUrl = options.baseUrl;
    const browser = options.browser ?? detectBrowser();
    this.#clock = options.clock ?? systemClock;
    this.#credentials = new Credentials(options, browser, this.#clock);
    this.#log = createLog(options.logger, options.debug);
    const agent = `@apotheca/core/${CLIENT_VERSION}`;
    this.#defaultHeaders = {
      accept: 'application/json',
      'apotheca-version': API_VERSION,
      'apotheca-client': agent,
    };
    // Browsers forbid setting User-Agent; elsewhere it identifies the SDK in server logs.
    if (!browser) this.#defaultHeaders['user-agent'] = agent;
  }

  /** `GET` a path of the contract. */
  get<P extends PathsWith<'get'>>(
    path: P,
    ...[init]: RequestArgs<Operation<P, 'get'>>
  ): Promise<ResponseBody<Operation<P, 'get'>>> {
    return this.request('GET', path, init);
  }

  /** `POST` to a path of the contract (with an automatic `Idempotency-Key`). */
  post<P extends PathsWith<'post'>>(
    path: P,
    ...[init]: RequestArgs<Operation<P, 'post'>>
  ): Promise<ResponseBody<Operation<P, 'post'>>> {
    return this.request('POST', path, init);
  }

  /** `PATCH` a path of the contract (with an automatic `Idempotency-Key`). */
  patch<P extends PathsWith<'patch'>>(
    path: P,
    ...[init]: RequestArgs<Operation<P, 'patch'>>
  ): Promise<ResponseBody<Operation<P, 'patch'>>> {
    return this.request('PATCH', path, init);
  }

  /** `DELETE` a path of the contract (with an automatic `Idempotency-Key`). */
  delete<P extends PathsWith<'delete'>>(
    path: P,
    ...[init]: RequestArgs<Operation<P, 'delete'>>
  ): Promise<ResponseBody<Operation<P, 'delete'>>> {
    return this.request('DELETE', path, init);
  }

  /**
   * Every item of a list path, page by page; `init.params.query` is sent with every page (add
   * `limit` for the page size), and `next_cursor` is followed until it is `null`.
   *
   * @example
   * ```ts
   * for await (const endpoint of client.paginate('/v1/webhook-endpoints')) console.log(endpoint.url);
   * ```
   */
  paginate<P extends ListPaths>(
    path: P,
    init: { params?: { query?: QueryParams<Operation<P, 'get'>> } } = {},
    options: RequestOptions = {},
  ): Paginator<ListItem<P>> {
    return new Paginator(
      (cursor) =>
        this.request('GET', path, {
          ...options,
          params: { query: { ...(init.params?.query as object | undefined), cursor } },
        }),
      options.signal,
    );
  }

  /**
   * Uploads a file as `multipart/form-data` (field `file` plus `fields`); retried safely because
   * the body is rebuilt for every attempt and the `Idempotency-Key` stays the same.
   *
   * @example
   * ```ts
   * const file = await client.upload('/v1/files', { file: photo, fields: { purpose: 'prescription_photo' } });
   * ```
   */
  upload<P extends PathsWith<'post'>>(
    path: P,
    upload: UploadInit,
    options: RequestOptions = {},
  ): Promise<ResponseBody<Operation<P, 'post'>>> {
    const { file, fields = {} } = upload;
    const blob =
      file instanceof Blob
        ? file
        : new Blob([file as BlobPart], { type: upload.contentType ?? 'application/octet-stream' });
    const filename = upload.filename ?? (file as { name?: string }).name ?? 'upload';
    return this.request('POST', path, {
      ...options,
      form: () => {
        const form = new FormData();
        for (const [key, value] of Object.entries(fields)) form.append(key, value);
        form.append('file', blob, filename);
        return form;
      },
    });
  }

  /**
   * Sends any request with the client's auth, retries and errors; prefer the typed methods.
   * `path` may contain `{name}` segments filled from `init.params.path`.
   */
  async request<T = unknown>(verb: string, path: string, init: RawRequestInit = {}): Promise<T> {
    const method = verb.toUpperCase();
    const options = this.#options;
    const { signal } = init;
    const maxRetries = init.maxRetries ?? options.maxRetries ?? 2;
    const url = buildUrl(this.baseUrl, path, init.params);
    const call: Call = {
      method,
      url,
      pathname: new URL(url).pathname,
      init,
      idempotencyKey: method === 'GET' ? undefined : (init.idempotencyKey ?? newIdempotencyKey()),
      started: this.#clock.now(),
      deadline: init.deadline ?? options.deadline,
    };
    let refreshed = false;
    for (let retry = 0; ; ) {
      try {
        return (await this.#attempt(call)) as T;
      } catch (caught) {
        if (signal?.aborted) throw signal.reason;
        if (!(caught instanceof ApothecaError)) throw caught;
        const error = caught;
        // A rejected provider token is refreshed once and the request sent once more.
        if (error instanceof AuthenticationError && this.#credentials.refreshable && !refreshed) {
          refreshed = true;
          await this.#credentials.refresh(call.token);
          continue;
        }
        const remaining = this.#remainingMs(call);
        const retryAfter = parseRetryAfter(error.headers?.get('retry-after'), this.#clock.now());
        const delayMs = retryAfter ?? backoffDelay(retry, options.backoff);
        if (
          retry >= maxRetries ||
          !isRetryable(error) ||
          delayMs >= remaining ||
          (call.deadline === undefined && delayMs > MAX_RETRY_AFTER_MS)
        ) {
          this.#log('debug', `${method} ${path} failed`, {
            code: error.code,
            requestId: error.requestId,
          });
          throw error;
        }
        retry++;
        options.onRetry?.({ attempt: retry, delayMs, error, request: call.request });
        this.#log(
          'warn',
          `${method} ${path} retry ${retry} in ${Math.round(delayMs)} ms: ${error.code}`,
        );
        if (options.backoff?.sleep) await options.backoff.sleep(delayMs, signal);
        else await sleepOn(this.#clock, delayMs, signal);
        signal?.throwIfAborted();
      }
    }
  }

  /** Milliseconds left before the call's deadline (infinite without one). */
  #remainingMs({ deadline, started }: Call): number {
    return deadline === undefined
      ? Number.POSITIVE_INFINITY
      : deadline - (this.#clock.now() - started);
  }

  async #attempt(call: Call): Promise<unknown> {
    const options = this.#options;
    const { method, url, pathname: path, init, deadline } = call;
    const { signal } = init;
    signal?.throwIfAborted();
    const timeout = init.timeout ?? options.timeout ?? 30_000;
    const remaining = this.#remainingMs(call);
    const limit = Math.min(timeout, remaining);
    const timeoutError = () =>
      new TimeoutError(
        remaining <= timeout
          ? `${method} ${path} exceeded its deadline of ${deadline} ms`
          : `${method} ${path} timed out after ${timeout} ms`,
        { code: 'timeout' },
      );
    if (limit <= 0) throw timeoutError();

    // Outside the try below: a provider's own error (the page could not mint a session) is the
    // caller's to handle, never a ConnectionError to retry.
    const token = await this.#credentials.token();
    call.token = token;
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const cancelTimer = this.#clock.setTimer(() => {
      timedOut = true;
      controller.abort();
    }, limit);
    try {
      const headers = { ...this.#defaultHeaders };
      if (token) headers.authorization = `Bearer ${token}`;
      if (call.idempotencyKey) headers['idempotency-key'] = call.idempotencyKey;
      for (const extra of [options.headers, init.headers]) {
        for (const [name, value] of Object.entries(extra ?? {}))
          headers[name.toLowerCase()] = value;
      }
      const hooks = options.hooks ?? {};
      this.#log('debug', `→ ${method} ${url}`, { headers, body: init.body });
      const body = init.form
        ? init.form()
        : init.body === undefined
          ? undefined
          : JSON.stringify(init.body);
      if (typeof body === 'string') headers['content-type'] = 'application/json';
      let request = new Request(url, { method, headers, body, signal: controller.signal });
      request = call.request = (await hooks.beforeRequest?.(request)) ?? request;
      let response = await (options.fetch ?? fetch)(request);
      response = (await hooks.afterResponse?.(request, response)) ?? response;
      const requestId = response.headers.get('apotheca-request-id');
      this.#log('debug', `← ${response.status} ${method} ${path}`, { requestId });
      if (!response.ok) throw await errorFromResponse(method, path, response);
      const text = await response.text();
      if (!text) return undefined;
      return (response.headers.get('content-type') ?? '').includes('json')
        ? JSON.parse(text)
        : text;
    } catch (error) {
      if (error instanceof ApothecaError || signal?.aborted) throw error;
      if (timedOut) throw timeoutError();
      throw new ConnectionError(
        `${method} ${path} failed without a usable response: ${(error as Error)?.message ?? error}`,
        { code: 'connection_error', cause: error },
      );
    } finally {
      cancelTimer();
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

/** One call to {@link ApothecaClient.request}, shared by its attempts. */
interface Call {
  method: string;
  url: string;
  /** The filled path (without origin or query), for messages. */
  pathname: string;
  init: RawRequestInit;
  /** Sent unchanged on every attempt, so a retried write happens at most once. */
  idempotencyKey: string | undefined;
  started: number;
  deadline: number | undefined;
  /** The latest attempt's request and the token it sent. */
  request?: Request | undefined;
  token?: string | undefined;
}
