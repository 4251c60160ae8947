/**
 * Where the triage domain keeps its interviews. A stored interview is the engine's session (the
 * patient's age and sex, the complaint, the evidence log) plus ids and times: the question and
 * result are recomputed from it, so Back is a truncation and nothing derived can go stale.
 * No name is stored, only the patient id.
 */
import type { InterviewSession } from '@apotheca/domain/triage';
import { notFound } from '../../http/problem';
import type { Transaction } from '../../storage/types';
import type { AuthContext } from '../types';

export const INTERVIEWS = 'triage_interviews';

export interface InterviewDoc {
  id: string;
  object: 'triage_interview';
  patient_id?: string;
  session: InterviewSession;
  status: 'in_progress' | 'completed';
  created_at: string;
  updated_at: string;
  completed_at?: string;
}

export function readInterview(tx: Transaction, id: string): InterviewDoc | undefined {
  return tx.collection<InterviewDoc>(INTERVIEWS).get(id);
}

export function writeInterview(tx: Transaction, doc: InterviewDoc): void {
  tx.collection<InterviewDoc>(INTERVIEWS).put(doc);
}

/**
 * The interview, or a thrown 404 when it does not exist or the caller may not see it: a widget
 * session sees only its own patient's (an interview without a patient belongs to no session).
 */
export function requireInterview(tx: Transaction, auth: AuthContext, id: string): InterviewDoc {
  const doc = readInterview(tx, id);
  const visible =
    doc !== undefined &&
    (auth.patientId === null ||
      (doc.patient_id !== undefined && auth.canAccessPatient(doc.patient_id)));
  // 404, not 403: a token must not probe which interviews exist.
  if (!doc || !visible) throw notFound('triage_interview', id);
  return doc;
}
