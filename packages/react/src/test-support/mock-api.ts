import { createMockPlatform } from '@apotheca/mock';
import { setupWorker } from 'msw/browser';

/**
 * The sandbox engine in the page through msw (`@apotheca/mock`): the wrappers' widgets call it at
 * the page's own origin, with the sandbox's seed, validation and errors.
 */
export const API_BASE = location.origin;
const mock = createMockPlatform({ baseUrl: API_BASE });
const worker = setupWorker(...mock.handlers);
let started: Promise<unknown> | undefined;

/** Starts msw once; a fresh engine (seed data again) for each test. */
export async function resetMock(): Promise<void> {
  started ??= worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  await started;
  mock.reset();
}

/** Mints a widget session as a partner's server would, against the in-page engine only. */
export async function mintSession(scopes: string[]): Promise<string> {
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
  return ((await response.json()) as { token: string }).token;
}
