// Shared set-up for core's msw-backed tests (not part of the published entry).
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The base URL the tests' msw handlers answer on. */
export const BASE = 'http://api.test';

/** A valid `GET /v1/health` body. */
export const health = { status: 'ok', api_version: '2026-11-01', time: '2026-11-01T00:00:00Z' };

/** An msw server for this test file, listening for its tests and failing on unhandled requests. */
export function useMswServer(): ReturnType<typeof setupServer> {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
