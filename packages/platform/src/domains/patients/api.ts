/**
 * What other domains may use of the patients domain (an import-graph test forbids the rest):
 * look a patient up the way a route must, so a widget session never learns that another
 * patient exists.
 */
import { notFound } from '../../http/problem';
import type { Transaction } from '../../storage/types';
import { clockTime } from '../test-clocks/api';
import type { AuthContext } from '../types';
import { PATIENTS, type PatientDoc } from './patient-docs';

/**
 * The patient, or a thrown 404 `resource_not_found` when it does not exist or the caller may not
 * see it (a widget session sees only its own patient: 404, never 403).
 *
 * @example
 * ```ts
 * if (body.patient_id !== undefined) requirePatient(tx, auth, body.patient_id);
 * ```
 */
export function requirePatient(tx: Transaction, auth: AuthContext, id: string): PatientDoc {
  const patient = tx.collection<PatientDoc>(PATIENTS).get(id);
  if (!patient || !auth.canAccessPatient(id)) throw notFound('patient', id);
  return patient;
}

/**
 * The time of everything that belongs to a patient: the patient's test clock, or `now` (also for
 * an object with no patient).
 *
 * @example
 * ```ts
 * const at = patientTime(tx, dispensation.patient_id, now);
 * ```
 */
export function patientTime(tx: Transaction, patientId: string | undefined, now: Date): Date {
  if (patientId === undefined) return now;
  return clockTime(tx, tx.collection<PatientDoc>(PATIENTS).get(patientId)?.test_clock, now);
}

/** The zone of a patient created without one: the sandbox's patients live in China. */
export const DEFAULT_PATIENT_TIME_ZONE = 'Asia/Shanghai';

/**
 * The patient's IANA time zone, for what must reach them at a local time (reminders, calendars).
 *
 * @example
 * ```ts
 * const zone = patientTimeZone(tx, rx.patient_id); // 'America/New_York'
 * ```
 */
export function patientTimeZone(tx: Transaction, patientId: string): string {
  return tx.collection<PatientDoc>(PATIENTS).get(patientId)?.time_zone ?? DEFAULT_PATIENT_TIME_ZONE;
}

export type { PatientDoc } from './patient-docs';
