/**
 * Offline drug trace-code parser: GS1 element strings (scanned or bracketed), GS1 Digital Link
 * URIs and China NMPA 20-digit drug trace codes. No runtime dependencies, no Node APIs.
 */
export { gs1CheckDigit, gtinCheckDigit } from './check-digit';
export { APOTHECA_ERROR_BRAND, TraceCodeError, type TraceCodeErrorCode } from './errors';
export { parseTraceCode, safeParseTraceCode } from './parse';
export type {
  AiPair,
  ChinaTraceCode,
  DigitalLinkCode,
  Gs1ElementCode,
  Gs1Fields,
  Gs1TraceCode,
  ParseOptions,
  SafeParseResult,
  TraceCode,
} from './types';
export {
  type DigitalLinkOptions,
  type ElementStringOptions,
  toDigitalLink,
  toElementString,
  toHumanReadable,
} from './write';
