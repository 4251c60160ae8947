/**
 * `@apotheca/consultations`: symptom triage, doctors and their free slots in named time zones,
 * and online consultations (booking, video join, calendar, messages), typed from the contract.
 *
 * @example
 * ```ts
 * import { ApothecaClient } from '@apotheca/core';
 * import { consultations } from '@apotheca/consultations';
 *
 * const client = new ApothecaClient({ apiKey: 'sk_test_apotheca_sandbox', baseUrl: 'http://localhost:4010' });
 * const api = consultations(client);
 * const interview = await api.triage.interviews.create({
 *   patient_id: 'pat_test_liqiang',
 *   complaint: "painful leg, can't walk",
 *   locale: 'en',
 * });
 * console.log(interview.question?.text.en);
 * ```
 *
 * @packageDocumentation
 */
export {
  type ConsultationCalendarsResource,
  type ConsultationMessagesResource,
  type ConsultationsResource,
  consultations,
  isConsultationConflict,
} from './consultations/consultations';
export type {
  AttachmentRequest,
  Consultation,
  ConsultationCancelParams,
  ConsultationConflictError,
  ConsultationConflictProblem,
  ConsultationCreateParams,
  ConsultationListParams,
  ConsultationMessage,
  ConsultationMessageCreateParams,
  ConsultationMessageListParams,
  ConsultationStatus,
  ConsultationUnprocessableError,
  LocalTimes,
  VideoJoin,
  VideoJoinParams,
  VisitType,
} from './consultations/types';
export type { DoctorSlotsResource, DoctorsResource } from './doctors/doctors';
export type {
  ConsultationType,
  Doctor,
  DoctorDepartment,
  DoctorListParams,
  DoctorSlots,
  DoctorSlotsParams,
  Slot,
  SlotDay,
  WeeklyScheduleBlock,
} from './doctors/types';
export {
  isTriageInterviewConflict,
  type TriageInterviewsResource,
  type TriageResource,
} from './triage/triage';
export type {
  TriageAnswerParams,
  TriageChoice,
  TriageDepartment,
  TriageEvidenceInput,
  TriageInterview,
  TriageInterviewConflictError,
  TriageInterviewConflictProblem,
  TriageInterviewCreateParams,
  TriageInterviewStatus,
  TriageLevel,
  TriageMention,
  TriageParseParams,
  TriageParseResult,
  TriageQuestion,
  TriageQuestionItem,
  TriageRedFlag,
  TriageResult,
  TriageUnprocessableError,
} from './triage/types';
