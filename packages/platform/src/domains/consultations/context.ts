import { notFound } from '../../http/problem';
import type { Transaction } from '../../storage/types';
import { patientTime } from '../patients/api';
import type { AuthContext, EventType } from '../types';
import type { DoctorDirectory } from './doctors';
import { type DoctorBehaviour, settle } from './lifecycle';
import { CONSULTATIONS, type ConsultationDoc } from './store';

/** What the routes of one module share: its reference data and the sandbox doctor's behaviour. */
export interface ConsultationsContext {
  directory: DoctorDirectory;
  behaviour: Required<DoctorBehaviour>;
}

interface Helpers {
  tx: Transaction;
  now: Date;
  auth: AuthContext;
  emit(type: EventType, object: object): unknown;
  newId(prefix: string): string;
}

/**
 * The consultation, brought up to date on its patient's clock; 404 when it does not exist or the
 * caller (a widget session of another patient) may not see it.
 */
export function loadConsultation(
  ctx: ConsultationsContext,
  h: Helpers,
  id: string,
): { doc: ConsultationDoc; at: Date } {
  const stored = h.tx.collection<ConsultationDoc>(CONSULTATIONS).get(id);
  if (!stored || !h.auth.canAccessPatient(stored.patient_id)) throw notFound('consultation', id);
  const at = patientTime(h.tx, stored.patient_id, h.now);
  return { doc: settle({ ...h, at, behaviour: ctx.behaviour }, stored), at };
}
