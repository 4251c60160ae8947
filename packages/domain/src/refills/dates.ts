/**
 * Calendar dates as `YYYY-MM-DD` strings and whole-day arithmetic on them. Refill maths works on
 * days, never on instants, so a fill at 23:59 and one at 00:01 of the same day count the same.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day as a number (days since 1970-01-01); throws on a malformed or impossible date. */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return Math.round(ms / DAY_MS);
}

/** The `YYYY-MM-DD` of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * `date` plus `days` (negative to go back).
 *
 * @example
 * ```ts
 * addDays('2026-02-27', 2); // '2026-03-01'
 * ```
 */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
