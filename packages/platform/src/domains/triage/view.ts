/** The contract's `TriageInterview` from a stored interview (question and result recomputed). */
import type { Schema } from '@apotheca/api-spec';
import type { InterviewState } from '@apotheca/domain/triage';
import type { TriageEngine } from './engine';
import type { InterviewDoc } from './store';

export type TriageInterview = Schema<'TriageInterview'>;
export type TriageCompleted = Schema<'TriageCompleted'>;

export function interviewView(doc: InterviewDoc, state: InterviewState): TriageInterview {
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
  if (state.result) view.result = state.result;
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
