import { ApothecaClient } from '@apotheca/core';
import { type TraceResource, trace } from '@apotheca/trace';
import type { TraceApi } from './trace-api';

/**
 * The verifier's platform calls through the SDK (`@apotheca/trace` on `@apotheca/core`): typed
 * errors, retries with the same `Idempotency-Key`, and the token only ever in a header. The
 * widget refreshes the session itself (once, on a 401), so each client gets a fixed token.
 */
export function createSdkTraceApi(): TraceApi {
  let cached: { token: string; baseUrl: string; trace: TraceResource } | undefined;
  const traceFor = (token: string, base: string | undefined): TraceResource => {
    // Without `api-base` the page's own origin is used (a portal that proxies `/v1`).
    const baseUrl = base ?? location.origin;
    if (cached?.token !== token || cached.baseUrl !== baseUrl) {
      const client = new ApothecaClient({ accessToken: token, baseUrl });
      cached = { token, baseUrl, trace: trace(client) };
    }
    return cached.trace;
  };
  return {
    verify(body, { token, baseUrl, signal }) {
      // The widget has already parsed the code offline (and localized any error).
      return traceFor(token, baseUrl).verifications.create(body, { signal, parseOffline: false });
    },
    dispense(body, { token, baseUrl, signal, idempotencyKey }) {
      return traceFor(token, baseUrl).dispensations.create(body, {
        signal,
        idempotencyKey,
        parseOffline: false,
      });
    },
  };
}
