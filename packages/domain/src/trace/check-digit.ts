import { TraceCodeError } from './errors';

/** Mod-10 sum (weights 3,1,3,… from the right) of `s[from..to)`, treating every char as a digit. */
export function mod10(s: string, from: number, to: number): number {
  let sum = 0;
  let w = 3;
  for (let i = to - 1; i >= from; i--) {
    sum += (s.charCodeAt(i) - 48) * w;
    w = 4 - w;
  }
  return (10 - (sum % 10)) % 10;
}

function assertDigits(digits: string, what: string): void {
  if (typeof digits !== 'string' || digits.length === 0) {
    throw new TraceCodeError('invalid_length', `${what}: expected a non-empty string of digits`);
  }
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) {
      throw new TraceCodeError(
        'invalid_character',
        `${what}: non-digit ${JSON.stringify(digits[i])} at position ${i}`,
        i,
      );
    }
  }
}

/**
 * GS1 mod-10 check digit for any GS1 key body (all digits without the check digit): GTIN,
 * SSCC, GLN, GSIN, GRAI, GDTI, GSRN, …
 *
 * @example gs1CheckDigit('0950600013435') // 2
 */
export function gs1CheckDigit(digits: string): number {
  assertDigits(digits, 'gs1CheckDigit');
  return mod10(digits, 0, digits.length);
}

/**
 * Check digit of a GTIN-8/12/13/14 or SSCC body: 7, 11, 12, 13 or 17 digits without the check digit.
 *
 * @example `${body}${gtinCheckDigit(body)}` // full GTIN-14 from its 13-digit body
 */
export function gtinCheckDigit(digits: string): number {
  assertDigits(digits, 'gtinCheckDigit');
  const n = digits.length;
  if (n !== 7 && n !== 11 && n !== 12 && n !== 13 && n !== 17) {
    throw new TraceCodeError(
      'invalid_length',
      `gtinCheckDigit: expected 7, 11, 12, 13 (GTIN-8/12/13/14) or 17 (SSCC) digits, got ${n}`,
    );
  }
  return mod10(digits, 0, n);
}
