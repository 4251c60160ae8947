/**
 * Turns what the client sent (a parsed scan or already-parsed fields) into a registry query,
 * and a query into the contract's `ParsedTraceCode`.
 */
import type { ParsedCodeLike, ParsedTraceCode, TraceCodeFields, TraceCodeQuery } from '../types';

/** A field-level problem, as it goes into a problem's `errors[]`. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/** The GS1 mod-10 check digit of the digits before it. */
export function gs1CheckDigit(digitsWithoutCheck: string): number {
  let sum = 0;
  for (let i = 0; i < digitsWithoutCheck.length; i++) {
    const digit = digitsWithoutCheck.charCodeAt(digitsWithoutCheck.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when a 14-digit GTIN's last digit is its mod-10 check digit. */
export function isValidGtin14(gtin: string): boolean {
  return /^[0-9]{14}$/.test(gtin) && gs1CheckDigit(gtin.slice(0, 13)) === Number(gtin[13]);
}

/** A China 20-digit code split into its parts (the caller checked the shape). */
export function chinaQuery(code: string, format: 'china' | 'fields'): TraceCodeQuery {
  return {
    kind: 'china',
    format,
    code,
    productCode: code.slice(0, 7),
    serial: code.slice(7, 16),
    checkCode: code.slice(16, 20),
  };
}

/** The query for a code the offline parser accepted. */
export function queryFromParsed(parsed: ParsedCodeLike): TraceCodeQuery {
  if (parsed.format === 'china') {
    const query: TraceCodeQuery = chinaQuery(parsed.code, 'china');
    if (parsed.symbology !== undefined) query.symbology = parsed.symbology;
    return query;
  }
  const query: TraceCodeQuery = { kind: 'gs1', format: parsed.format };
  if (parsed.symbology !== undefined) query.symbology = parsed.symbology;
  if (parsed.gtin !== undefined) query.gtin = parsed.gtin;
  if (parsed.lot !== undefined) query.lot = parsed.lot;
  if (parsed.serial !== undefined) query.serial = parsed.serial;
  if (parsed.expiry !== undefined) query.expiry = parsed.expiry;
  return query;
}

/**
 * The query for already-parsed `fields`, or the field errors that make them unusable
 * (the contract's schema has already checked each field's shape).
 */
export function queryFromFields(
  fields: TraceCodeFields,
  pointer: string,
): { ok: true; query: TraceCodeQuery } | { ok: false; errors: FieldError[] } {
  const gs1Given =
    fields.gtin !== undefined ||
    fields.lot !== undefined ||
    fields.serial !== undefined ||
    fields.expiry !== undefined;
  if (fields.china_code !== undefined) {
    if (gs1Given) {
      return {
        ok: false,
        errors: [
          {
            path: `${pointer}/china_code`,
            code: 'conflicting_fields',
            message: 'Send either china_code or GS1 fields (gtin, lot, serial, expiry), not both.',
          },
        ],
      };
    }
    return { ok: true, query: chinaQuery(fields.china_code, 'fields') };
  }
  if (fields.gtin === undefined) {
    return {
      ok: false,
      errors: [
        {
          path: `${pointer}/gtin`,
          code: 'missing_primary_key',
          message: 'fields needs a gtin (with lot, serial, expiry) or a china_code.',
        },
      ],
    };
  }
  if (!isValidGtin14(fields.gtin)) {
    return {
      ok: false,
      errors: [
        {
          path: `${pointer}/gtin`,
          code: 'check_digit',
          message: `The GTIN's check digit should be ${gs1CheckDigit(fields.gtin.slice(0, 13))}.`,
        },
      ],
    };
  }
  const query: TraceCodeQuery = { kind: 'gs1', format: 'fields', gtin: fields.gtin };
  if (fields.lot !== undefined) query.lot = fields.lot;
  if (fields.serial !== undefined) query.serial = fields.serial;
  if (fields.expiry !== undefined) query.expiry = fields.expiry;
  return { ok: true, query };
}

/** The contract's view of the code that was verified. */
export function toParsedTraceCode(query: TraceCodeQuery): ParsedTraceCode {
  if (query.kind === 'china') {
    const code: ParsedTraceCode = {
      format: query.format,
      china_code: query.code,
      product_code: query.productCode,
      serial: query.serial,
    };
    if (query.symbology !== undefined) code.symbology = query.symbology;
    return code;
  }
  const code: ParsedTraceCode = { format: query.format };
  if (query.symbology !== undefined) code.symbology = query.symbology;
  if (query.gtin !== undefined) code.gtin = query.gtin;
  if (query.lot !== undefined) code.lot = query.lot;
  if (query.serial !== undefined) code.serial = query.serial;
  if (query.expiry !== undefined) code.expiry = query.expiry;
  return code;
}
