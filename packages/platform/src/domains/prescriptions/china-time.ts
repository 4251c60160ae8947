/**
 * China's calendar day (UTC+8, no daylight saving) for the prescribing rules: "valid on the day
 * issued" and refill dates are days in China, whatever the server's zone.
 */
import { addDays } from '@apotheca/domain/refills';

const OFFSET_MS = 8 * 3_600_000;

/** The `YYYY-MM-DD` in China at `at`. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The last second (RFC 3339, UTC) of the China day `days - 1` after `at`'s day. */
export function endOfChinaDay(at: Date, days: number): string {
  const last = addDays(chinaDate(at), days - 1);
  // 23:59:59 at UTC+8 is 15:59:59Z the same date.
  return `${last}T15:59:59Z`;
}
