import { safeParseTraceCode, type TraceCode, type TraceCodeErrorCode } from '@apotheca/trace';

/** Where a code came from. */
export type ScanSource = 'camera' | 'upload' | 'manual';

/** A code the offline parser accepted, with the ids the widget reports in events. */
export interface AcceptedCode {
  ok: true;
  /** Sent to the API as is: the API parses it again with the same rules. */
  raw: string;
  format: TraceCode['format'];
  gtin?: string;
  serial?: string;
  chinaCode?: string;
}

/** A code the offline parser rejected: why, and where (0-based index into the input). */
export interface RejectedCode {
  ok: false;
  raw: string;
  code: TraceCodeErrorCode;
  position: number;
}

/**
 * Parses a scan or typed code offline, so a mistyped code gets a specific message before any
 * network call. Typed codes are trimmed; scans are kept byte for byte.
 *
 * @example
 * ```ts
 * checkCode('(01)09506000134352(17)271231(10)A1(21)S1', 'manual'); // { ok: true, format: 'gs1', … }
 * ```
 */
export function checkCode(input: string, source: ScanSource): AcceptedCode | RejectedCode {
  const raw = source === 'manual' ? input.trim() : input;
  const result = safeParseTraceCode(raw);
  if (!result.ok) {
    return { ok: false, raw, code: result.error.code, position: result.error.position };
  }
  const parsed = result.value;
  const accepted: AcceptedCode = { ok: true, raw, format: parsed.format };
  if (parsed.format === 'china') {
    accepted.chinaCode = parsed.code;
    accepted.serial = parsed.serial;
  } else {
    if (parsed.gtin) accepted.gtin = parsed.gtin;
    if (parsed.serial) accepted.serial = parsed.serial;
  }
  return accepted;
}
