/**
 * What other domains may use of the consultations domain: the doctors a department offers and a
 * doctor's earliest free slot (for a triage result's recommendation), from the module's
 * reference data and its booked-slot locks.
 */
import type { Transaction } from '../../storage/types';
import type { Doctor } from './doctors';
import { type SlotInstant, scheduledSlots } from './slots';
import { SLOT_LOCKS, slotLockId } from './store';

export type { Department, Doctor } from './doctors';
export { DoctorDirectory, seededDoctors } from './doctors';
export type { SlotInstant } from './slots';

/**
 * The doctor's first scheduled slot starting in [fromMs, toMs) that nobody has booked, or `null`.
 *
 * @example
 * ```ts
 * const slot = earliestFreeSlot(tx, doctor, now.getTime(), now.getTime() + 14 * 86_400_000);
 * ```
 */
export function earliestFreeSlot(
  tx: Transaction,
  doctor: Doctor,
  fromMs: number,
  toMs: number,
): SlotInstant | null {
  const locks = tx.collection(SLOT_LOCKS);
  return (
    scheduledSlots(doctor, fromMs, toMs).find(
      (s) => locks.get(slotLockId(doctor.id, s.startMs)) === undefined,
    ) ?? null
  );
}
