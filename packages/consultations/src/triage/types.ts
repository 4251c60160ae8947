import type { Schema } from '@apotheca/api-spec';
import type { ConflictError, Operation, OperationProblem, ValidationError } from '@apotheca/core';

/** What `triage.parse` takes: the free text (English or Chinese) and an optional `locale`. */
export type TriageParseParams = Schema<'TriageParseRequest'>;
/** The concepts a text mentions (`present` or `absent`), plus a stated age and duration. */
export type TriageParseResult = Schema<'TriageParseResult'>;
/** One concept found in a text, with its bilingual name. */
export type TriageMention = Schema<'TriageMention'>;
/** What `triage.interviews.create` takes: `patient_id`, or `age` and `sex`; `complaint` and `locale`. */
export type TriageInterviewCreateParams = Schema<'TriageInterviewCreate'>;
/** What `triage.interviews.answer` takes: the `step` answered and its `answers`. */
export type TriageAnswerParams = Schema<'TriageAnswerCreate'>;
/** An interview: its open `question` while `in_progress`, its `result` once `completed`. */
export type TriageInterview = Schema<'TriageInterview'>;
/** `in_progress` or `completed`. */
export type TriageInterviewStatus = Schema<'TriageInterviewStatus'>;
/** A question: `single` (Yes / No / Don't know), `group_single` (pick one) or `group_multiple`. */
export type TriageQuestion = Schema<'TriageQuestion'>;
/** One item of a question: a concept id, its name and the choices allowed. */
export type TriageQuestionItem = Schema<'TriageQuestionItem'>;
/** The outcome: level, red flags, departments, advice, tests, possible conditions, summary. */
export type TriageResult = Schema<'TriageResult'>;
/** `emergency`, `consult_24h`, `consult` or `self_care`. */
export type TriageLevel = Schema<'TriageLevel'>;
/** One of the 16 departments a result recommends. */
export type TriageDepartment = Schema<'TriageDepartment'>;
/** `present`, `absent` or `unknown`. */
export type TriageChoice = Schema<'TriageChoice'>;
/** A concept and a choice, as sent in `evidence` and `answers`. */
export type TriageEvidenceInput = Schema<'TriageEvidenceInput'>;
/** A red flag the result found, with the guideline it comes from. */
export type TriageRedFlag = Schema<'TriageRedFlag'>;

type Answer = Operation<'/v1/triage/interviews/{id}/answers', 'post'>;

/** The problem of a refused answer: `step_not_current` (with `current_step`) or `interview_completed`. */
export type TriageInterviewConflictProblem = OperationProblem<Answer, 409>;
/** The `ConflictError` of `triage.interviews.answer()`, typed by the contract. */
export type TriageInterviewConflictError = ConflictError<TriageInterviewConflictProblem>;
/** The 422 of the triage operations: `unknown_concept`, `answer_not_in_question`, … */
export type TriageUnprocessableError = ValidationError<OperationProblem<Answer, 422>>;
