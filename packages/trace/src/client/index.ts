/**
 * The trace verification client: `trace(client).verifications.create()`,
 * `.dispensations.create()`, `.dispensations.retrieve()` and `.dispensations.reverse()`.
 */
export {
  type TraceDispensationsResource,
  type TraceResource,
  type TraceVerificationsResource,
  trace,
} from './trace';
export type {
  Dispensation,
  DispenseParams,
  JourneyEvent,
  Pack,
  PackState,
  ParsedTraceCode,
  Product,
  ReverseDispensationParams,
  TraceAlert,
  TraceCodeFields,
  TraceContext,
  TraceRequestOptions,
  TraceStatus,
  TraceVerification,
  TraceVerifyParams,
} from './types';
