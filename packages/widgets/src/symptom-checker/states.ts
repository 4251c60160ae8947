import type { Doctor, Slot, TriageInterview } from './api/symptom-api';

/** The soonest free slot of one doctor of the recommended department. */
export interface DoctorOption {
  doctor: Doctor;
  slot: Slot;
}

/** The main view; the calls and the live region keep their own state. */
export type SymptomCheckerView =
  | { name: 'entry' }
  | { name: 'starting' }
  | { name: 'question'; interview: TriageInterview }
  | { name: 'answering'; interview: TriageInterview }
  | { name: 'result'; interview: TriageInterview; doctors: DoctorOption[] | undefined };

/**
 * Every state the checker shows, each named as its Storybook story
 * (`widgets-symptom-checker--<name>`).
 */
export const SYMPTOM_CHECKER_STATES = [
  'empty',
  'offline-red-flag',
  'question-single',
  'question-group-single',
  'question-group-multiple',
  'result-consult',
  'result-emergency',
  'start-failed',
] as const;
