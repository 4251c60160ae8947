/**
 * The trace verification client: `trace(client).verify()`, `.dispense()`,
 * `.retrieveDispensation()` and `.reverseDispensation()`.
 */
export { type TraceResource, trace } from './trace';
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
