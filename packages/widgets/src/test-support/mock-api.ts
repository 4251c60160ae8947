import { createMockPlatform } from '@apotheca/mock';
import { http, type RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import type { WidgetClientOptions } from '../platform/element/apotheca-element';

/**
 * Tests and stories talk to the real sandbox engine, in the page, through msw: same validation,
 * seed data and errors as `apotheca-sandbox`, at the page's own origin. Per-test handlers
 * override single routes for states the seed cannot produce (outages, slow answers).
 */
export const API_BASE = location.origin;
export const mock = createMockPlatform({ baseUrl: API_BASE });

/** One request the widget sent, as the API saw it. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | null;
  idempotencyKey: string | null;
  body: unknown;
}

/** Every API request since the last {@link useHandlers}, in order. */
export const requests: RecordedRequest[] = [];

// Sees every API request first and falls through (returns nothing) to the next handler.
const recorder = http.all(`${API_BASE}/v1/*`, async ({ request }) => {
  const text = await request.clone().text();
  requests.push({
    method: request.method,
    path: new URL(request.url).pathname,
    authorization: request.headers.get('authorization'),
    idempotencyKey: request.headers.get('idempotency-key'),
    // Multipart uploads are recorded without their bytes.
    body:
      text && request.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined,
  });
});

const worker = setupWorker(...mock.handlers);
let started: Promise<unknown> | undefined;

/**
 * Starts msw once, then gives each test or story a fresh engine (seed data again), an empty
 * request log and its own extra handlers in front of the engine.
 */
export async function useHandlers(
  handlers: RequestHandler[] = [],
  // Relative to the page by default: works at any Storybook base path.
  serviceWorkerUrl = 'mockServiceWorker.js',
): Promise<void> {
  started ??= worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: serviceWorkerUrl },
  });
  await started;
  mock.reset();
  requests.length = 0;
  worker.resetHandlers(recorder, ...handlers, ...mock.handlers);
}

/** The API requests to `path` so far. */
export function requestsTo(path: string): RecordedRequest[] {
  return requests.filter((request) => request.path === path);
}

/**
 * Mints a widget session the way a partner's server would. The seeded secret key is used only
 * against the in-page mock engine, never over a network.
 */
export async function mintSession(
  scopes: string[] = ['trace:verify', 'trace:dispense'],
): Promise<string> {
  const response = await mock.platform.handle(
    new Request(`${API_BASE}/v1/widget-sessions`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer sk_test_apotheca_sandbox',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        patient_id: 'pat_test_wangfang',
        scopes,
        allowed_origin: location.origin,
      }),
    }),
  );
  const session = (await response.json()) as { token: string };
  return session.token;
}

/**
 * The injected clock of tests and stories: core's retry waits end at once (still honouring
 * aborts), so retried failures take no real time.
 */
export const instantRetries: WidgetClientOptions = {
  backoff: {
    sleep: (_ms, signal) => (signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve()),
  },
};
