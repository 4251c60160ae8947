import type { Schema } from '@apotheca/api-spec';
import type {
  ConflictError,
  NotFoundError,
  Operation,
  OperationProblem,
  RequestOptions,
  ValidationError,
} from '@apotheca/core';

/** The result of verifying a pack: status, product, pack, journey and alerts. */
export type TraceVerification = Schema<'TraceVerification'>;
/** The verdict: `verified`, `already_dispensed`, `recalled`, `expired`, `suspect`, … */
export type TraceStatus = Schema<'TraceStatus'>;
/** Why a pack is scanned: `inspect`, `dispense` or `return`. */
export type TraceContext = Schema<'TraceContext'>;
/** An alert with a stable `code`, a `severity` and a bilingual `message`. */
export type TraceAlert = Schema<'TraceAlert'>;
/** One step of a pack's journey (manufactured, shipped, customs cleared, received, stored, dispensed …). */
export type JourneyEvent = Schema<'JourneyEvent'>;
/** A medicine product with bilingual names. */
export type Product = Schema<'Product'>;
/** One pack: lot, serial, expiry and state. */
export type Pack = Schema<'Pack'>;
/** A pack's state in the national system (`active`, `dispensed`, `recalled`, …). */
export type PackState = Schema<'PackState'>;
/** The code as the platform read it. */
export type ParsedTraceCode = Schema<'ParsedTraceCode'>;
/** Already-parsed code fields: GS1 `gtin`/`lot`/`serial`/`expiry`, or a `china_code`. */
export type TraceCodeFields = Schema<'TraceCodeFields'>;
/** A dispense of a pack, reversible for 10 days at the same location. */
export type Dispensation = Schema<'Dispensation'>;

/** What `verify` takes: the raw scan as `code`, or already-parsed `fields`. */
export interface TraceVerifyParams {
  /** The raw scan, exactly as the scanner or person produced it. */
  code?: string;
  /** Already-parsed fields, instead of `code`. */
  fields?: TraceCodeFields;
  /** Why the pack is scanned (default `inspect`). */
  context?: TraceContext;
  /** Where the scan happens (`loc_…`); enables clone detection. */
  location_id?: string;
}

/** What `dispense` takes. */
export type DispenseParams = Schema<'DispensationCreate'>;

/** What `reverseDispensation` takes. */
export type ReverseDispensationParams = Schema<'DispensationReversalCreate'>;

/** Call options of `verify` and `dispense`. */
export interface TraceRequestOptions extends RequestOptions {
  /**
   * Parse `code` offline first and throw its `TraceCodeError` without calling the API when it
   * cannot be read (default `true`). Turn off to let the platform report it (422
   * `invalid_trace_code`).
   */
  parseOffline?: boolean;
}

type Dispense = Operation<'/v1/trace/dispensations', 'post'>;
type Reverse = Operation<'/v1/trace/dispensations/{id}/reversal', 'post'>;

/** What a refused dispense's problem carries: `code`, `pack_state`, `trace_status`, `alert_codes`. */
export type DispensationConflictProblem = OperationProblem<Dispense, 409>;

/**
 * The `ConflictError` of `dispensations.create()`, typed by the contract: `problem.code` is one of
 * `pack_not_active`, `pack_expired`, `pack_not_dispensable` and `problem.pack_state` says why.
 * Narrow to it with {@link isDispensationConflict}.
 */
export type DispensationConflictError = ConflictError<DispensationConflictProblem>;

/** The `ConflictError` of `dispensations.reverse()`: `already_reversed`, `reversal_window_expired`, … */
export type ReversalConflictError = ConflictError<OperationProblem<Reverse, 409>>;

/** The `NotFoundError` of `dispensations.create()`: `pack_not_found` (with `trace_status`) or an unknown patient. */
export type DispensationNotFoundError = NotFoundError<OperationProblem<Dispense, 404>>;

/** The platform's 422 for a code it cannot read (`invalid_trace_code`, with `position` and `ai`). */
export type InvalidTraceCodeError = ValidationError<OperationProblem<Dispense, 422>>;
