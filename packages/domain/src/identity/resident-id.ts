/**
 * China resident identity card numbers (居民身份证号码, GB 11643-1999): 6-digit address code,
 * 8-digit birth date, 3-digit sequence (odd for men, even for women), and a check character by
 * ISO 7064 MOD 11-2 (`0`–`9` or `X` for 10).
 */

/** Why a number is not a valid resident ID. */
export type ResidentIdInvalidReason =
  | 'length'
  | 'format'
  | 'check_character'
  | 'birth_date'
  | 'birth_date_mismatch';

/** A valid number, with what it encodes. */
export interface ResidentIdValid {
  valid: true;
  /** The number as it should be written (a lowercase `x` upper-cased). */
  number: string;
  regionCode: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  sex: 'male' | 'female';
}

/** An invalid number and why. */
export interface ResidentIdInvalid {
  valid: false;
  reason: ResidentIdInvalidReason;
}

/** The result of checking a resident identity number: valid (with what it encodes) or why not. */
export type ResidentIdResult = ResidentIdValid | ResidentIdInvalid;

/** Options of {@link validateResidentId}. */
export interface ResidentIdOptions {
  /** The holder's birth date on record (`YYYY-MM-DD`): the number must encode it. */
  birthDate?: string;
  /** Today (`YYYY-MM-DD`): a birth date after it is invalid. Default: no upper bound. */
  today?: string;
}

const CHECK_CHARACTERS = '10X98765432';

/**
 * The ISO 7064 MOD 11-2 check character of the first 17 digits.
 *
 * @example
 * ```ts
 * residentIdCheckCharacter('11010519491231002'); // 'X'
 * ```
 */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('Expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    // Weight of position i is 2^(17 - i) mod 11 (positions counted from the right, 1-based).
    const weight = 2 ** (17 - i) % 11;
    sum += Number(first17[i]) * weight;
  }
  return CHECK_CHARACTERS[sum % 11]!;
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Validates an 18-character resident ID number: length, digits, check character, a real birth
 * date (from 1900, not after `today`), and — when given — the holder's birth date on record.
 *
 * @example
 * ```ts
 * const id = validateResidentId('11010519491231002X', { birthDate: '1949-12-31' });
 * if (id.valid) console.log(id.sex, id.birthDate); // 'female' '1949-12-31'
 * ```
 */
export function validateResidentId(
  input: string,
  options: ResidentIdOptions = {},
): ResidentIdResult {
  const number = input.trim().toUpperCase();
  if (number.length !== 18) return { valid: false, reason: 'length' };
  if (!/^[1-9]\d{16}[\dX]$/.test(number)) return { valid: false, reason: 'format' };
  if (residentIdCheckCharacter(number.slice(0, 17)) !== number[17]) {
    return { valid: false, reason: 'check_character' };
  }
  const y = Number(number.slice(6, 10));
  const m = Number(number.slice(10, 12));
  const d = Number(number.slice(12, 14));
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (y < 1900 || !isCalendarDate(y, m, d)) return { valid: false, reason: 'birth_date' };
  if (options.today !== undefined && birthDate > options.today) {
    return { valid: false, reason: 'birth_date' };
  }
  if (options.birthDate !== undefined && options.birthDate !== birthDate) {
    return { valid: false, reason: 'birth_date_mismatch' };
  }
  return {
    valid: true,
    number,
    regionCode: number.slice(0, 6),
    birthDate,
    sex: Number(number[16]) % 2 === 1 ? 'male' : 'female',
  };
}
