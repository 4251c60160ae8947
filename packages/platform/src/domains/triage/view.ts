/** The contract's `TriageInterview` from a stored interview (question and result recomputed). */
import type { Schema } from '@apotheca/api-spec';
import type { InterviewState } from '@apotheca/domain/triage';
import type { Transaction } from '../../storage/types';
import { patientTime } from '../patients/api';
import type { TriageEngine } from './engine';
import { type Doctor, recommendDoctors } from './recommend';
import type { InterviewDoc } from './store';

export type TriageInterview = Schema<'TriageInterview'>;
export type TriageCompleted = Schema<'TriageCompleted'>;

/** What a read needs to recommend doctors: the doctors served and the storage at the read's time. */
export interface RecommendationSource {
  tx: Transaction;
  now: Date;
  doctors: readonly Doctor[];
}

/**
 * The interview as the API shows it; with `source`, a completed result carries its
 * `recommended_doctors`, computed now on the patient's clock (never stored: slots stay fresh).
 */
export function interviewView(
  doc: InterviewDoc,
  state: InterviewState,
  source?: RecommendationSource,
): TriageInterview {
  const view: TriageInterview = {
    id: doc.id,
    object: 'triage_interview',
    status: state.status,
    step: state.step,
    locale: doc.session.locale,
    evidence: state.evidence,
    created_at: doc.created_at,
    updated_at: doc.updated_at,
  };
  if (state.question) view.question = state.question;
  if (state.result) {
    view.result = source
      ? {
          ...state.result,
          recommended_doctors: recommendDoctors(
            source.tx,
            source.doctors,
            state.result,
            doc.session.locale,
            patientTime(source.tx, doc.patient_id, source.now),
          ),
        }
      : state.result;
  }
  if (doc.patient_id !== undefined) view.patient_id = doc.patient_id;
  if (doc.completed_at !== undefined) view.completed_at = doc.completed_at;
  return view;
}

/** The `triage.completed` event's object: ids and outcome, never the complaint or findings. */
export function completedEvent(doc: InterviewDoc, state: InterviewState): TriageCompleted {
  const event: TriageCompleted = {
    id: doc.id,
    object: 'triage_interview',
    level: state.result!.level,
  };
  if (doc.patient_id !== undefined) event.patient_id = doc.patient_id;
  const department = state.result!.departments[0]?.department;
  if (department !== undefined) event.department = department;
  return event;
}

/** The state of a stored interview. */
export function stateOf(engine: TriageEngine, doc: InterviewDoc): InterviewState {
  return engine.interviewState(doc.session);
}
