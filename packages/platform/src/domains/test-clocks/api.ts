/**
 * The test-clocks domain's API for other domains: "what time is it for this object". Objects are
 * attached to a clock at creation (a patient's `test_clock`); everything that belongs to that
 * patient reads its time through here (patients' `patientTime`) instead of the request's `now`.
 */
import type { Schema } from '@apotheca/api-spec';
import type { Transaction } from '../../storage/types';

/** A stored clock is exactly the contract's `TestClock`. */
export type TestClockDoc = Schema<'TestClock'>;

export const TEST_CLOCKS = 'test_clocks';

/** Whether `clockId` names an existing test clock. */
export function testClockExists(tx: Transaction, clockId: string): boolean {
  return tx.collection<TestClockDoc>(TEST_CLOCKS).get(clockId) !== undefined;
}

/**
 * The time of an object attached to `clockId` (its `frozen_time`), or `now` (the platform clock)
 * for an object on no clock, or whose clock was deleted.
 *
 * @example
 * ```ts
 * const at = clockTime(tx, patient.test_clock, now);
 * ```
 */
export function clockTime(tx: Transaction, clockId: string | undefined, now: Date): Date {
  if (clockId === undefined) return now;
  const clock = tx.collection<TestClockDoc>(TEST_CLOCKS).get(clockId);
  return clock ? new Date(clock.frozen_time) : now;
}
