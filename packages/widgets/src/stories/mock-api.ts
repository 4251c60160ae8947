import { createMockPlatform } from '@apotheca/mock';
import type { RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';

/**
 * Stories talk to the real sandbox engine, in the page, through msw: same validation, seed data
 * and errors as `apotheca-sandbox`, at the Storybook's own origin.
 */
export const API_BASE = location.origin;
export const mock = createMockPlatform({ baseUrl: API_BASE });

const worker = setupWorker(...mock.handlers);
let started: Promise<unknown> | undefined;

/** Starts msw once, then gives each story a fresh engine and its own extra handlers. */
export async function useHandlers(handlers: RequestHandler[] = []): Promise<void> {
  started ??= worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    // Relative to the page: works at any Storybook base path.
    serviceWorker: { url: 'mockServiceWorker.js' },
  });
  await started;
  mock.reset();
  worker.resetHandlers(...handlers);
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
