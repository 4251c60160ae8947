/**
 * Stable, snake_case error codes of the trace-code parser. The message text may change between
 * releases; the code does not.
 */
export type TraceCodeErrorCode =
  /** Nothing to parse: empty / whitespace-only input, or a symbology identifier with no data. */
  | 'empty_input'
  /** The input is not a GS1 element string, bracketed GS1 data, a Digital Link URI or a China code. */
  | 'unknown_format'
  /** A bare 8/12/13/14-digit number without an AI or symbology identifier (ambiguous GTIN). */
  | 'bare_gtin'
  /** A mod-10 check digit (GTIN, SSCC, GLN, GRAI, …), the GMN check character pair or IBAN check is wrong. */
  | 'check_digit'
  /** A date / time is not real (month 13, 30 February, DD=00 where not allowed, hour 24, …). */
  | 'invalid_date'
  /** A value is too short or too long for its AI, or a fixed-length field is cut short. */
  | 'invalid_length'
  /** A character is outside the AI's character set (digits, CSET 82, CSET 39, CSET 64). */
  | 'invalid_character'
  /** A value breaks a content rule of its AI (country / currency code, non-zero, piece of total, …). */
  | 'invalid_value'
  /** An AI that the GS1 General Specifications do not define. */
  | 'unknown_ai'
  /** A variable-length value runs into the next AI: the FNC1 / GS separator is missing. */
  | 'missing_separator'
  /** The same AI twice with different values (in a Digital Link URI: twice at all). */
  | 'duplicate_ai'
  /** An AI requires another AI in the same message (e.g. (21) needs (01), (03) or (8006)). */
  | 'missing_required_ai'
  /** Two AIs that must not appear together (e.g. (01) with (02)). */
  | 'excluded_ai_pair'
  /** A Digital Link URI (or one being written) has no GS1 primary key such as (01) or (00). */
  | 'missing_primary_key'
  /** A malformed URI: scheme other than http(s), no domain, empty path segment, bad percent-encoding, … */
  | 'invalid_uri'
  /** Digital Link path qualifiers out of order, or not qualifiers of the key (e.g. /21/ before /10/). */
  | 'dl_qualifier_order'
  /** An AI that may not be a Digital Link query attribute (it belongs in the path, or is not a DL attribute). */
  | 'dl_query_attribute'
  /** A China drug trace code that is not 20 digits long (incl. a 14-digit 药品本位码). */
  | 'china_length'
  /** A 20-digit code that does not start with 8, so it is not a China drug trace code. */
  | 'china_prefix'
  /** A symbology identifier no trace code is scanned from (not in ISO/IEC 15424 as used by GS1, e.g. `]X9`, `]A0`). */
  | 'unknown_symbology'
  /** GS1 element-string data after an identifier of a symbol without FNC1 (`]d1`, `]Q1`, `]C0`, …), which cannot carry it. */
  | 'symbology_not_gs1'
  /** A writer cannot express the code in the requested form (e.g. a China code as a Digital Link). */
  | 'not_representable';

/**
 * The brand `@apotheca/core`'s `ApothecaError` recognises in `instanceof`: this package has no
 * dependencies, so it cannot extend the class; a registered symbol is shared across bundles and
 * realms without an import.
 */
export const APOTHECA_ERROR_BRAND: unique symbol = Symbol.for('apotheca.error') as never;

/**
 * Error thrown by {@link parseTraceCode} and the writers. It is also an `ApothecaError` for
 * `instanceof` (see {@link APOTHECA_ERROR_BRAND}) and has its shape, with no HTTP response behind it.
 *
 * @example
 * ```ts
 * try {
 *   await trace(client).verifications.create({ code });
 * } catch (error) {
 *   if (error instanceof TraceCodeError) console.log(error.code, error.position);
 *   else if (error instanceof ApothecaError) console.log(error.code); // TraceCodeError lands here too
 * }
 * ```
 */
export class TraceCodeError extends Error {
  readonly [APOTHECA_ERROR_BRAND] = true;
  /** Stable machine-readable category. */
  readonly code: TraceCodeErrorCode;
  /** No HTTP status: the code was refused offline, before any request. */
  readonly status: undefined = undefined;
  /** No request was sent. */
  readonly requestId: undefined = undefined;
  /** No field errors beyond `code`, `position` and `ai`. */
  readonly errors: readonly never[] = [];
  /** No problem document (no response). */
  readonly problem: undefined = undefined;
  /** No response headers. */
  readonly headers: undefined = undefined;
  /** 0-based index in the original input where the problem applies (0 for whole-input problems). */
  readonly position: number;
  /** The AI concerned, when there is one. */
  readonly ai?: string;

  constructor(code: TraceCodeErrorCode, message: string, position = 0, ai?: string) {
    super(message);
    this.name = 'TraceCodeError';
    this.code = code;
    this.position = position;
    if (ai !== undefined) this.ai = ai;
  }
}

const ErrorCtor = Error as { stackTraceLimit?: number };

/**
 * Throws a {@link TraceCodeError}; the message gets ` (AI xx at position n)` appended. Internal
 * errors are created without a stack trace (capturing one costs more than parsing a code);
 * {@link parseTraceCode} rethrows with a stack from the caller.
 */
export function fail(code: TraceCodeErrorCode, text: string, position: number, ai?: string): never {
  const limit = ErrorCtor.stackTraceLimit;
  const v8 = typeof limit === 'number';
  if (v8) ErrorCtor.stackTraceLimit = 0;
  const error = new TraceCodeError(
    code,
    `${text} (${ai ? `AI ${ai} at ` : ''}position ${position})`,
    position,
    ai,
  );
  if (v8) ErrorCtor.stackTraceLimit = limit;
  throw error;
}
