/**
 * The trace verification client: `trace(client).verifications.create()`,
 * `.dispensations.create()`, `.dispensations.retrieve()` and `.dispensations.reverse()`.
 */
export {
  isDispensationConflict,
  type TraceDispensationsResource,
  type TraceResource,
  type TraceVerificationsResource,
  trace,
} from './trace';
export type {
  Dispensation,
  DispensationConflictError,
  DispensationConflictProblem,
  DispensationNotFoundError,
  DispenseParams,
  InvalidTraceCodeError,
  JourneyEvent,
  Pack,
  PackState,
  ParsedTraceCode,
  Product,
  ReversalConflictError,
  ReverseDispensationParams,
  TraceAlert,
  TraceCodeFields,
  TraceContext,
  TraceRequestOptions,
  TraceStatus,
  TraceVerification,
  TraceVerifyParams,
} from './types';
