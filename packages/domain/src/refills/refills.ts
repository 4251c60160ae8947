/**
 * Refill arithmetic for one prescription: when the supply runs out, when the next refill may be
 * dispensed, how early refills carry over, and how many repeats remain.
 */
import { addDays, dayNumber, fromDayNumber } from './dates';

/** One dispensed fill: the day it was dispensed and how many days it lasts. */
export interface Fill {
  /** `YYYY-MM-DD` (the patient's calendar day). */
  date: string;
  /** Whole days of supply, ≥ 1. */
  daysSupply: number;
}

/** A fill placed on the calendar after carry-over: it starts when the previous supply ends. */
export interface CoveredFill extends Fill {
  /** First day this fill covers (its date, or later when an earlier supply was still left). */
  start: string;
  /** The day after its last covered day. */
  end: string;
}

/** The share of a fill's supply that must elapse before the next refill (75%). */
export const EARLIEST_REFILL_FRACTION = 0.75;

/** Days before the supply runs out from which a refill is `due` rather than `eligible`. */
export const DUE_WINDOW_DAYS = 3;

function checkFill(fill: Fill): void {
  if (!Number.isInteger(fill.daysSupply) || fill.daysSupply < 1) {
    throw new RangeError(`daysSupply must be a whole number ≥ 1, got ${fill.daysSupply}`);
  }
  dayNumber(fill.date);
}

/**
 * Places fills on the calendar, oldest first. An early refill does not overlap the supply still
 * left: its days are shifted to start when that supply ends (the carry-over; PQA's rule too).
 *
 * @example
 * ```ts
 * coverage([{ date: '2026-01-01', daysSupply: 30 }, { date: '2026-01-25', daysSupply: 30 }]);
 * // second fill: start '2026-01-31', end '2026-03-02'
 * ```
 */
export function coverage(fills: readonly Fill[]): CoveredFill[] {
  const sorted = [...fills].sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  const out: CoveredFill[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const fill of sorted) {
    checkFill(fill);
    const start = Math.max(dayNumber(fill.date), end);
    end = start + fill.daysSupply;
    out.push({ ...fill, start: fromDayNumber(start), end: fromDayNumber(end) });
  }
  return out;
}

/**
 * The day the supply runs out — last fill plus its days' supply, carry-over included — or
 * `null` with no fill.
 *
 * @example
 * ```ts
 * nextDueDate([{ date: '2026-01-01', daysSupply: 30 }]); // '2026-01-31'
 * ```
 */
export function nextDueDate(fills: readonly Fill[]): string | null {
  const placed = coverage(fills);
  return placed.length === 0 ? null : placed[placed.length - 1]!.end;
}

/**
 * The first day the next refill may be dispensed: when `fraction` (75%) of the current fill's
 * supply has elapsed, counted from where the fill starts after carry-over, so refilling early
 * again and again cannot stockpile. `null` with no fill.
 *
 * @example
 * ```ts
 * earliestRefillDate([{ date: '2026-01-01', daysSupply: 30 }]); // '2026-01-24' (day 23 of 30)
 * ```
 */
export function earliestRefillDate(
  fills: readonly Fill[],
  fraction: number = EARLIEST_REFILL_FRACTION,
): string | null {
  const placed = coverage(fills);
  const last = placed[placed.length - 1];
  if (!last) return null;
  return addDays(last.start, Math.ceil(last.daysSupply * fraction));
}

/** Days of supply left at the start of `on` (0 once it ran out). */
export function daysRemaining(fills: readonly Fill[], on: string): number {
  const due = nextDueDate(fills);
  return due === null ? 0 : Math.max(0, dayNumber(due) - dayNumber(on));
}

/**
 * Repeats (fills after the first) still allowed: all of them before the first fill.
 *
 * @example
 * ```ts
 * remainingRepeats(2, 0); // 2 — the first fill is not a repeat
 * remainingRepeats(2, 3); // 0
 * ```
 */
export function remainingRepeats(repeatsAllowed: number, fillsDone: number): number {
  return Math.max(0, repeatsAllowed - Math.max(0, fillsDone - 1));
}

/** Where a prescription stands for its next refill. */
export type RefillState = 'too_soon' | 'eligible' | 'due' | 'overdue' | 'renewal_needed';

/** Input of {@link refillStatus}. */
export interface RefillStatusInput {
  fills: readonly Fill[];
  repeatsAllowed: number;
  /** The patient's calendar day. */
  today: string;
  /** Set when the prescription can no longer be refilled whatever the dates (expired, cancelled…). */
  blocked?: boolean;
  fraction?: number;
  dueWindowDays?: number;
}

/** Result of {@link refillStatus}. */
export interface RefillStatusResult {
  status: RefillState;
  lastFillDate: string;
  nextDueDate: string;
  earliestRefillDate: string;
  daysRemaining: number;
  repeatsRemaining: number;
}

/**
 * The refill state on `today`: `renewal_needed` (no repeats left, or `blocked`), else
 * `too_soon` before the earliest refill date, `overdue` after the supply ran out, `due` within
 * `dueWindowDays` of running out, `eligible` otherwise. Needs at least one fill.
 *
 * @example
 * ```ts
 * refillStatus({ fills: [{ date: '2026-01-01', daysSupply: 30 }], repeatsAllowed: 2, today: '2026-01-10' }).status;
 * // 'too_soon'
 * ```
 */
export function refillStatus(input: RefillStatusInput): RefillStatusResult {
  const placed = coverage(input.fills);
  const last = placed[placed.length - 1];
  if (!last) throw new RangeError('refillStatus needs at least one fill');
  const due = last.end;
  const earliest = addDays(
    last.start,
    Math.ceil(last.daysSupply * (input.fraction ?? EARLIEST_REFILL_FRACTION)),
  );
  const today = dayNumber(input.today);
  const repeats = remainingRepeats(input.repeatsAllowed, placed.length);
  const left = Math.max(0, dayNumber(due) - today);
  let status: RefillState;
  if (input.blocked || repeats === 0) status = 'renewal_needed';
  else if (today < dayNumber(earliest)) status = 'too_soon';
  else if (today > dayNumber(due)) status = 'overdue';
  else if (left <= (input.dueWindowDays ?? DUE_WINDOW_DAYS)) status = 'due';
  else status = 'eligible';
  const lastFillDate = placed.reduce(
    (a, f) => (dayNumber(f.date) > dayNumber(a) ? f.date : a),
    last.date,
  );
  return {
    status,
    lastFillDate,
    nextDueDate: due,
    earliestRefillDate: earliest,
    daysRemaining: left,
    repeatsRemaining: repeats,
  };
}

/**
 * The day the current supply's refill becomes `due` (what a reminder is for): `dueWindowDays`
 * before the supply runs out, but never before the earliest refill date (a 7-day supply is
 * `too_soon` until day 6). `null` with no fill.
 *
 * @example
 * ```ts
 * refillDueDate([{ date: '2026-01-01', daysSupply: 30 }]); // '2026-01-28' (3 days before '2026-01-31')
 * ```
 */
export function refillDueDate(
  fills: readonly Fill[],
  options: { fraction?: number; dueWindowDays?: number } = {},
): string | null {
  const placed = coverage(fills);
  const last = placed[placed.length - 1];
  if (!last) return null;
  const windowStart = dayNumber(last.end) - (options.dueWindowDays ?? DUE_WINDOW_DAYS);
  const earliest =
    dayNumber(last.start) +
    Math.ceil(last.daysSupply * (options.fraction ?? EARLIEST_REFILL_FRACTION));
  return fromDayNumber(Math.max(windowStart, earliest));
}
