// Shared set-up for the msw-backed tests of core, patients and sdk (not part of the published entry).
import { HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The base URL the tests' msw handlers answer on. */
export const BASE = 'http://api.test';

/** A valid `GET /v1/health` body. */
export const health = { status: 'ok', api_version: '2026-11-01', time: '2026-11-01T00:00:00Z' };

/** A minimal problem+json answer with `code` as its title. */
export function problem(status: number, code: string, headers: Record<string, string> = {}) {
  return HttpResponse.json({ title: code, status, code }, { status, headers });
}

/**
 * An msw server for this test file (or `describe` block), listening for its tests and failing on
 * unhandled requests; `handlers` survive the reset after each test.
 */
export function useMswServer(...handlers: RequestHandler[]): ReturnType<typeof setupServer> {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
