import { type ApothecaClient, ConflictError, type RequestOptions } from '@apotheca/core';
import { safeParseTraceCode } from '@apotheca/domain/trace';
import type {
  Dispensation,
  DispensationConflictError,
  DispenseParams,
  ReverseDispensationParams,
  TraceRequestOptions,
  TraceVerification,
  TraceVerifyParams,
} from './types';

/** Pack verifications (`/v1/trace/verifications`): read-only checks of a scanned pack. */
export interface TraceVerificationsResource {
  /**
   * Verifies a scanned pack (`POST /v1/trace/verifications`). A verification changes no pack
   * state. Throws `TraceCodeError` before any request when `code` cannot be read offline.
   *
   * @example
   * ```ts
   * const check = await apotheca.trace.verifications.create({ code: '83100170000123456078' });
   * if (check.dispensable) console.log('ok to dispense');
   * ```
   */
  create(params: TraceVerifyParams, options?: TraceRequestOptions): Promise<TraceVerification>;
}

/** Dispensations (`/v1/trace/dispensations`): a pack handed to a patient, undoable for 10 days. */
export interface TraceDispensationsResource {
  /**
   * Dispenses an active pack (`POST /v1/trace/dispensations`); safe to retry (the same
   * idempotency key is reused). A pack that cannot be dispensed rejects with a
   * {@link DispensationConflictError} whose `problem.pack_state` says why.
   *
   * @example
   * ```ts
   * try {
   *   await apotheca.trace.dispensations.create({
   *     code: '(01)06901234100013(17)290228(10)2603101(21)OK0001',
   *     location_id: 'loc_bjxicheng01',
   *   });
   * } catch (error) {
   *   if (isDispensationConflict(error)) console.log(error.problem?.pack_state); // e.g. 'dispensed'
   *   else throw error;
   * }
   * ```
   */
  create(params: DispenseParams, options?: TraceRequestOptions): Promise<Dispensation>;
  /** Retrieves a dispensation (`GET /v1/trace/dispensations/{id}`). */
  retrieve(id: string, options?: RequestOptions): Promise<Dispensation>;
  /**
   * Undoes a dispense within 10 days at the same location
   * (`POST /v1/trace/dispensations/{id}/reversal`); the pack returns to `active`.
   */
  reverse(
    id: string,
    params: ReverseDispensationParams,
    options?: RequestOptions,
  ): Promise<Dispensation>;
}

/** The trace resource; see {@link trace}. */
export interface TraceResource {
  readonly verifications: TraceVerificationsResource;
  readonly dispensations: TraceDispensationsResource;
  /** @deprecated Use `verifications.create()`; kept as an alias until the next major version. */
  verify(params: TraceVerifyParams, options?: TraceRequestOptions): Promise<TraceVerification>;
  /** @deprecated Use `dispensations.create()`; kept as an alias until the next major version. */
  dispense(params: DispenseParams, options?: TraceRequestOptions): Promise<Dispensation>;
  /** @deprecated Use `dispensations.retrieve()`; kept as an alias until the next major version. */
  retrieveDispensation(id: string, options?: RequestOptions): Promise<Dispensation>;
  /** @deprecated Use `dispensations.reverse()`; kept as an alias until the next major version. */
  reverseDispensation(
    id: string,
    params: ReverseDispensationParams,
    options?: RequestOptions,
  ): Promise<Dispensation>;
}

/**
 * Whether `error` is the refusal of a dispense ({@link DispensationConflictError}): a 409 whose
 * problem carries the pack's state.
 *
 * @example
 * ```ts
 * const refused = await trace(client).dispensations.create(params).catch((e: unknown) => e);
 * if (isDispensationConflict(refused)) console.log(refused.problem?.code, refused.problem?.pack_state);
 * ```
 */
export function isDispensationConflict(error: unknown): error is DispensationConflictError {
  return error instanceof ConflictError && typeof error.problem?.pack_state === 'string';
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
 * const result = await trace(client).verifications.create({
 *   code: '(01)06901234100013(17)290228(10)2603101(21)OK0001',
 *   context: 'dispense',
 *   location_id: 'loc_bjxicheng01',
 * });
 * if (result.dispensable) {
 *   const dispensation = await trace(client).dispensations.create({
 *     code: '(01)06901234100013(17)290228(10)2603101(21)OK0001',
 *     location_id: 'loc_bjxicheng01',
 *   });
 *   console.log(dispensation.id, dispensation.reversible_until);
 * }
 * ```
 */
export function trace(client: ApothecaClient): TraceResource {
  const verifications: TraceVerificationsResource = {
    async create(params, options) {
      checkOffline(params.code, options);
      return client.post('/v1/trace/verifications', {
        ...requestOptions(options),
        body: { ...params, context: params.context ?? 'inspect' },
      });
    },
  };
  const dispensations: TraceDispensationsResource = {
    async create(params, options) {
      checkOffline(params.code, options);
      return client.post('/v1/trace/dispensations', { ...requestOptions(options), body: params });
    },
    retrieve: (id, options) =>
      client.get('/v1/trace/dispensations/{id}', { ...options, params: { path: { id } } }),
    reverse: (id, params, options) =>
      client.post('/v1/trace/dispensations/{id}/reversal', {
        ...options,
        params: { path: { id } },
        body: params,
      }),
  };
  return {
    verifications,
    dispensations,
    verify: verifications.create,
    dispense: dispensations.create,
    retrieveDispensation: dispensations.retrieve,
    reverseDispensation: dispensations.reverse,
  };
}
