/**
 * Reading a stored prescription the way callers see it: the validity window is judged at the
 * patient's time, so a prescription signed but not dispensed before `valid_until` reads as
 * `expired` without any background job.
 */
import type { Fill } from '@apotheca/domain/refills';
import { notFound } from '../../http/problem';
import type { Transaction } from '../../storage/types';
import { patientTime } from '../patients/api';
import type { AuthContext } from '../types';
import { PRESCRIPTIONS, type PrescriptionDoc } from './store';

const AWAITING_FIRST_FILL: ReadonlySet<PrescriptionDoc['status']> = new Set([
  'signed',
  'pharmacist_review',
  'approved',
]);

/** The prescription as of `at`. */
export function viewAt(doc: PrescriptionDoc, at: Date): PrescriptionDoc {
  if (
    AWAITING_FIRST_FILL.has(doc.status) &&
    doc.valid_until !== undefined &&
    at.getTime() > Date.parse(doc.valid_until)
  ) {
    return { ...doc, status: 'expired' };
  }
  return doc;
}

/** The prescription and its patient's time, or 404 when missing or not the caller's to see. */
export function requirePrescription(
  tx: Transaction,
  auth: AuthContext,
  id: string,
  now: Date,
): { rx: PrescriptionDoc; at: Date } {
  const doc = tx.collection<PrescriptionDoc>(PRESCRIPTIONS).get(id);
  if (!doc || !auth.canAccessPatient(doc.patient_id)) throw notFound('prescription', id);
  const at = patientTime(tx, doc.patient_id, now);
  return { rx: viewAt(doc, at), at };
}

/** The fills in the pure refill maths' shape. */
export function fillsOf(rx: PrescriptionDoc): Fill[] {
  return rx.fills.map((f) => ({ date: f.dispensed_on, daysSupply: f.days_supply }));
}

/** Why a prescription cannot be refilled whatever the dates, if so. */
export function renewalReason(
  rx: PrescriptionDoc,
): 'prescription_cancelled' | 'prescription_rejected' | 'prescription_expired' | undefined {
  if (rx.status === 'cancelled') return 'prescription_cancelled';
  if (rx.status === 'rejected') return 'prescription_rejected';
  if (rx.status === 'expired') return 'prescription_expired';
  return undefined;
}
