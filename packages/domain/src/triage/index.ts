/**
 * Triage knowledge and engine: parse free text (English or Chinese) into concepts, run an
 * interview that screens red flags at every step, and produce a level, departments and a
 * clinician summary. Pure: no I/O, no clock, deterministic.
 *
 * @example
 * ```ts
 * import { answerSession, createSession, interviewState } from '@apotheca/domain/triage';
 * let session = createSession({ age: { value: 74, unit: 'year' }, sex: 'female', complaint: '从早上开始心慌，胸口发紧' });
 * const state = interviewState(session); // { status: 'completed', result: { level: 'emergency', … } }
 * ```
 */
export {
  type AnswerRequest,
  ageInMonths,
  answerSession,
  type ClinicianSummary,
  createSession,
  type InterviewSession,
  type InterviewState,
  interviewState,
  type NamedFinding,
  parse,
  type Question,
  type QuestionItem,
  type StartInterviewRequest,
  startInterview,
  TriageInputError,
  type TriageResult,
} from './engine';
export {
  type EvalRow,
  formatTable,
  scoreVignette,
  summarize,
  type Vignette,
  type VignetteOutcome,
  type VignetteRun,
  vignetteAge,
} from './eval/score';
export type { Concept } from './knowledge/concept-table';
export { CONCEPTS, conceptById } from './knowledge/concepts';
export { CONDITIONS, type ConditionPattern } from './knowledge/conditions';
export { PATHWAYS } from './knowledge/follow-ups';
export { KNOWLEDGE_VERSION } from './knowledge/version';
export { RED_FLAG_RULES, type RedFlag, screenRedFlags, screenText } from './red-flags/index';
export type { Mention } from './text/matcher';
export type { ParseRequest, ParseResult } from './text/parse';
export type { Duration } from './text/quantities';
export type * from './types';
