import type { Schema } from '@apotheca/api-spec';

/** The verification result, as the API returns it. */
export type TraceVerification = Schema<'TraceVerification'>;
/** A completed (or reversed) dispensation. */
export type Dispensation = Schema<'Dispensation'>;
/** Why a pack is scanned. */
export type TraceContext = Schema<'TraceContext'>;
/** One verification outcome (`verified`, `recalled`, …). */
export type TraceStatus = Schema<'TraceStatus'>;

/** What every call needs besides its body. */
export interface TraceCallOptions {
  /** The widget session token (sent as a bearer header, never in a URL). */
  token: string;
  /** API origin, e.g. `http://localhost:4010`; `undefined` uses the SDK default. */
  baseUrl: string | undefined;
  signal?: AbortSignal;
}

/**
 * The two trace calls the verifier makes. The element talks to the platform only through this,
 * so tests and stories can substitute a fake for states the sandbox cannot produce on demand.
 */
export interface TraceApi {
  verify(
    body: { code: string; context: TraceContext; location_id?: string },
    options: TraceCallOptions,
  ): Promise<TraceVerification>;
  dispense(
    body: { code: string; location_id: string },
    options: TraceCallOptions & { idempotencyKey: string },
  ): Promise<Dispensation>;
}
