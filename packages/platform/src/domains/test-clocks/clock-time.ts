/**
 * Test clocks as the rest of the engine sees them: a stored clock document, and "what time is it
 * for this object". Objects are attached to a clock at creation (a patient's `test_clock`);
 * everything that belongs to that patient reads its time here instead of the request's `now`.
 */
import type { Schema } from '@apotheca/api-spec';
import type { Transaction } from '../../storage/types';

/** A stored clock is exactly the contract's `TestClock`. */
export type TestClockDoc = Schema<'TestClock'>;

export const TEST_CLOCKS = 'test_clocks';

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

/**
 * The time of everything that belongs to a patient: the patient's test clock, or `now`.
 *
 * @example
 * ```ts
 * const at = patientTime(tx, dispensation.patient_id, now);
 * ```
 */
export function patientTime(tx: Transaction, patientId: string | undefined, now: Date): Date {
  if (patientId === undefined) return now;
  const patient = tx.collection<Schema<'Patient'>>('patients').get(patientId);
  return clockTime(tx, patient?.test_clock, now);
}
