import {
  createPlatform,
  createResponseValidator,
  type EventEnvelope,
  type Platform,
  type PlatformOptions,
  type ResponseCheck,
  type ResponseValidator,
} from '@apotheca/platform';
import type { SandboxOptions } from '@apotheca/sandbox/node';
import { DEFAULT_BASE_URL } from '../seed';
import { type ApiCallOptions, type ApiResponse, readResponse, requestInit } from './http';
import { ProblemLog } from './problems';

let sharedValidator: ResponseValidator | undefined;

/** The one contract validator of the process (compiling it takes a while). */
export function contractValidator(): ResponseValidator {
  sharedValidator ??= createResponseValidator();
  return sharedValidator;
}

/** What both harness modes add to the engine's options. */
export interface HarnessOptions {
  /**
   * Let responses with a 5xx status through. By default any 5xx fails the test that caused it:
   * a bad input must be a 4xx. Only a test of the 500 path itself sets this.
   */
  allowServerErrors?: boolean;
}

/**
 * A sandbox under test: in process or over HTTP, the same shape. Every response is checked
 * against the contract, and a test whose requests got a 5xx or a non-conforming response fails.
 */
export interface SandboxHarness {
  /** `http://localhost:4010` in process (no socket), `http://127.0.0.1:<port>` over HTTP. */
  readonly url: string;
  readonly platform: Platform;
  /** A fetch that reaches this sandbox (for SDK clients: `new Apotheca({ fetch, baseUrl: url })`). */
  readonly fetch: typeof fetch;
  /** Sends a request to this sandbox. */
  handle(request: Request): Promise<Response>;
  /** One call with the seeded secret key (unless `token` says otherwise), parsed. */
  api<T = Record<string, unknown>>(
    method: string,
    path: string,
    options?: ApiCallOptions,
  ): Promise<ApiResponse<T>>;
  /** Events recorded so far, oldest first, optionally of one type. */
  events(type?: string): EventEnvelope[];
  /** Every 5xx and contract violation seen (each also failed the test it happened in). */
  readonly problems: readonly string[];
  /** Closes the sandbox; throws the problems raised outside any test. */
  close(): Promise<void>;
}

function events(platform: Platform, type?: string): EventEnvelope[] {
  const all = platform.storage.transaction(
    (tx) => tx.collection<EventEnvelope>('events').list({ limit: 10_000, order: 'asc' }).data,
  );
  return type ? all.filter((e) => e.type === type) : all;
}

function observe(log: ProblemLog, options: HarnessOptions, check: ResponseCheck): void {
  for (const problem of contractValidator().check(check)) log.report(problem);
  if (check.status >= 500 && !options.allowServerErrors) {
    log.report(
      `${check.method} ${check.path} → ${check.status}: a server error (${(check.body ?? '').slice(0, 200)})`,
    );
  }
}

/**
 * The engine in process, seeded, in memory (unless `storage` is given), rate limit off (unless
 * `rateLimit` is given).
 *
 * @example
 * ```ts
 * const sandbox = createTestPlatform({ now: clock.now });
 * const res = await sandbox.api('GET', '/v1/patients/pat_test_wangfang');
 * ```
 */
export function createTestPlatform(options: PlatformOptions & HarnessOptions = {}): SandboxHarness {
  const { allowServerErrors, ...platformOptions } = options;
  const platform = createPlatform({ rateLimit: false, ...platformOptions });
  const log = new ProblemLog('sandbox (in process)');
  const handle = async (request: Request): Promise<Response> => {
    // The in-process host's due-work runner (ADR 0023): before each request, like the mock's.
    await platform.runDueWork();
    const response = await platform.handle(request);
    observe(
      log,
      { allowServerErrors },
      {
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        headers: response.headers,
        body: await response.clone().text(),
      },
    );
    return response;
  };
  const fetchIn = ((input: RequestInfo | URL, init?: RequestInit) =>
    handle(new Request(input, init))) as typeof fetch;
  return {
    url: DEFAULT_BASE_URL,
    platform,
    fetch: fetchIn,
    handle,
    async api(method, path, callOptions) {
      return readResponse(
        await handle(new Request(DEFAULT_BASE_URL + path, requestInit(method, callOptions))),
      );
    },
    events: (type) => events(platform, type),
    problems: log.all,
    async close() {
      await platform.close();
      log.throwPending();
    },
  };
}

/**
 * The real Node host on a free loopback port (`startSandbox` of `@apotheca/sandbox/node`):
 * what examples, SDK and end-to-end tests talk to over HTTP.
 *
 * @example
 * ```ts
 * const sandbox = await startTestSandbox();
 * const apotheca = new Apotheca({ apiKey: SECRET_KEY, baseUrl: sandbox.url, browser: false });
 * afterAll(() => sandbox.close());
 * ```
 */
export async function startTestSandbox(
  options: Omit<SandboxOptions, 'checkContract' | 'onResponse'> & HarnessOptions = {},
): Promise<SandboxHarness> {
  const { allowServerErrors, ...sandboxOptions } = options;
  // Loaded only here, so in-process tests never load the Node host or its native SQLite module.
  const { startSandbox } = await import('@apotheca/sandbox/node');
  const log = new ProblemLog('sandbox (HTTP)');
  const running = await startSandbox({
    port: 0,
    quiet: true,
    ...sandboxOptions,
    onResponse: (check) => observe(log, { allowServerErrors }, check),
  });
  const handle = (request: Request) => globalThis.fetch(request);
  return {
    url: running.url,
    platform: running.platform,
    fetch: globalThis.fetch.bind(globalThis),
    handle,
    async api(method, path, callOptions) {
      return readResponse(
        await globalThis.fetch(running.url + path, requestInit(method, callOptions)),
      );
    },
    events: (type) => events(running.platform, type),
    problems: log.all,
    async close() {
      await running.close();
      log.throwPending();
    },
  };
}

/**
 * `fetch` for a sandbox this process did not start (a CLI child process): each response is
 * checked against the contract, and a 5xx or a mismatch throws.
 */
export async function checkedFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(input, init);
  await contractValidator().assertResponse({ method: init.method ?? 'GET', url: input }, response);
  if (response.status >= 500) {
    throw new Error(`${init.method ?? 'GET'} ${input} → ${response.status}: a server error`);
  }
  return response;
}
