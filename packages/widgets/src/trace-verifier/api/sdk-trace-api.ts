import { ApothecaClient } from '@apotheca/core';
import { trace } from '@apotheca/trace';
import type { TraceApi } from './trace-api';

/**
 * The verifier's platform calls through the SDK (`@apotheca/trace` on `@apotheca/core`): typed
 * errors, retries with the same `Idempotency-Key`, and the token only ever in a header. The
 * widget does its own refresh-once on 401, so each client gets a fixed token.
 */
export function createSdkTraceApi(): TraceApi {
  let cached: { token: string; baseUrl: string; client: ApothecaClient } | undefined;
  const clientFor = (token: string, base: string | undefined): ApothecaClient => {
    // Without `api-base` the page's own origin is used (a portal that proxies `/v1`).
    const baseUrl = base ?? location.origin;
    if (cached?.token !== token || cached.baseUrl !== baseUrl) {
      cached = { token, baseUrl, client: new ApothecaClient({ accessToken: token, baseUrl }) };
    }
    return cached.client;
  };
  return {
    verify(body, { token, baseUrl, signal }) {
      return trace(clientFor(token, baseUrl)).verify(body, signal ? { signal } : {});
    },
    dispense(body, { token, baseUrl, signal, idempotencyKey }) {
      return trace(clientFor(token, baseUrl)).dispense(body, {
        idempotencyKey,
        ...(signal ? { signal } : {}),
      });
    },
  };
}
