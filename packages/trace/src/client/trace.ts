import type { ApothecaClient, RequestOptions } from '@apotheca/core';
import { safeParseTraceCode } from '../parser';
import type {
  Dispensation,
  DispenseParams,
  ReverseDispensationParams,
  TraceRequestOptions,
  TraceVerification,
  TraceVerifyParams,
} from './types';

/** The trace resource; see {@link trace}. */
export interface TraceResource {
  /**
   * Verifies a scanned pack (`POST /v1/trace/verifications`). A verification changes no pack
   * state. Throws `TraceCodeError` before any request when `code` cannot be read offline.
   */
  verify(params: TraceVerifyParams, options?: TraceRequestOptions): Promise<TraceVerification>;
  /**
   * Dispenses an active pack (`POST /v1/trace/dispensations`); safe to retry (the same
   * idempotency key is reused). A pack that cannot be dispensed rejects with `ConflictError`
   * whose `problem.pack_state` says why.
   */
  dispense(params: DispenseParams, options?: TraceRequestOptions): Promise<Dispensation>;
  /** Retrieves a dispensation (`GET /v1/trace/dispensations/{id}`). */
  retrieveDispensation(id: string, options?: RequestOptions): Promise<Dispensation>;
  /**
   * Undoes a dispense within 10 days at the same location
   * (`POST /v1/trace/dispensations/{id}/reversal`); the pack returns to `active`.
   */
  reverseDispensation(
    id: string,
    params: ReverseDispensationParams,
    options?: RequestOptions,
  ): Promise<Dispensation>;
}

/** Throws the parser's `TraceCodeError` when `code` is present and unreadable. */
function checkOffline(code: string | undefined, options: TraceRequestOptions | undefined): void {
  if (code === undefined || options?.parseOffline === false) return;
  const parsed = safeParseTraceCode(code);
  if (!parsed.ok) throw parsed.error;
}

function requestOptions(options: TraceRequestOptions | undefined): RequestOptions {
  if (!options) return {};
  const { parseOffline: _ignored, ...rest } = options;
  return rest;
}

/**
 * The trace resource bound to a client: verify packs, dispense them and undo a dispense.
 *
 * @example
 * ```ts
 * import { ApothecaClient } from '@apotheca/core';
 * import { trace } from '@apotheca/trace';
 *
 * const client = new ApothecaClient({ apiKey: 'sk_test_apotheca_sandbox', baseUrl: 'http://localhost:4010' });
 * const result = await trace(client).verify({
 *   code: '(01)06901234100013(17)290228(10)2603101(21)OK0001',
 *   context: 'dispense',
 *   location_id: 'loc_bjxicheng01',
 * });
 * if (result.dispensable) {
 *   const dispensation = await trace(client).dispense({
 *     code: '(01)06901234100013(17)290228(10)2603101(21)OK0001',
 *     location_id: 'loc_bjxicheng01',
 *   });
 *   console.log(dispensation.id, dispensation.reversible_until);
 * }
 * ```
 */
export function trace(client: ApothecaClient): TraceResource {
  return {
    async verify(params, options) {
      checkOffline(params.code, options);
      return client.post('/v1/trace/verifications', {
        ...requestOptions(options),
        body: { ...params, context: params.context ?? 'inspect' },
      });
    },
    async dispense(params, options) {
      checkOffline(params.code, options);
      return client.post('/v1/trace/dispensations', { ...requestOptions(options), body: params });
    },
    retrieveDispensation: (id, options) =>
      client.get('/v1/trace/dispensations/{id}', { ...options, params: { path: { id } } }),
    reverseDispensation: (id, params, options) =>
      client.post('/v1/trace/dispensations/{id}/reversal', {
        ...options,
        params: { path: { id } },
        body: params,
      }),
  };
}
