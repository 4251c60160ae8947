import { createPlatform, type Platform, type PlatformOptions } from '@apotheca/platform';
import { http, type RequestHandler } from 'msw';

/** Options of {@link createMockPlatform}: where the mocked API lives, plus engine options. */
export interface MockPlatformOptions extends Omit<PlatformOptions, 'storage'> {
  /** The API base URL your code calls (default `http://localhost:4010`). */
  baseUrl?: string;
}

/** msw handlers backed by an in-memory sandbox platform. */
export interface MockPlatform {
  /** Pass to `setupServer(...handlers)` (Node) or `setupWorker(...handlers)` (browser). */
  handlers: RequestHandler[];
  /** The current engine (a fresh one after each `reset()`). */
  readonly platform: Platform;
  /** Throws away all state and starts again from the seed data (e.g. in `afterEach`). */
  reset(): void;
}

/**
 * Creates msw handlers that answer the Apotheca API with the real sandbox engine (same
 * validation, errors, idempotency and seed data as `apotheca-sandbox`), in memory.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createMockPlatform } from '@apotheca/mock';
 *
 * const mock = createMockPlatform();
 * const server = setupServer(...mock.handlers);
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => mock.reset());
 * afterAll(() => server.close());
 * ```
 */
export function createMockPlatform(options: MockPlatformOptions = {}): MockPlatform {
  const { baseUrl = 'http://localhost:4010', ...platformOptions } = options;
  let platform = createPlatform(platformOptions);
  const prefix = baseUrl.replace(/\/+$/, '');
  const handlers: RequestHandler[] = [
    // msw has no process of its own to run due work on a timer, so this host runs it before
    // each request: with an injected clock, what is due by then has happened (ADR 0023).
    http.all(`${prefix}/v1/*`, async ({ request }) => {
      await platform.runDueWork();
      return platform.handle(request);
    }),
  ];
  return {
    handlers,
    get platform() {
      return platform;
    },
    reset() {
      void platform.close();
      platform = createPlatform(platformOptions);
    },
  };
}

export type { Platform, PlatformOptions } from '@apotheca/platform';
export { type ProblemInit, problemResponse } from './problem';
