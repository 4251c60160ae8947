import type { Schema } from '@apotheca/api-spec';
import type {
  ConflictError,
  Operation,
  OperationProblem,
  QueryParams,
  ValidationError,
} from '@apotheca/core';

/** A consultation: status, `scheduled_at` (UTC) with both parties' zones and local times, fee. */
export type Consultation = Schema<'Consultation'>;
/** `requested → accepted → in_progress → completed`, or `cancelled` / `missed`. */
export type ConsultationStatus = Schema<'ConsultationStatus'>;
/** `first` or `follow_up` (only follow-up visits may end in a prescription). */
export type VisitType = Schema<'VisitType'>;
/** Both parties' view of one instant. */
export type LocalTimes = Schema<'LocalTimes'>;
/** What `create` takes: `patient_id`, `doctor_id`, `type`, `reason`, and `slot_start` for video. */
export type ConsultationCreateParams = Schema<'ConsultationCreate'>;
/** What `cancel` takes: an optional `reason`. */
export type ConsultationCancelParams = Schema<'ConsultationCancel'>;
/** What `join` takes: the `participant` (default `patient`; widget sessions only `patient`). */
export type VideoJoinParams = Schema<'VideoJoinCreate'>;
/** A join descriptor for one participant of one video consultation (`url`, `token`, validity). */
export type VideoJoin = Schema<'VideoJoin'>;
/** A message of a consultation: text, attachments, or the doctor's `attachment_request`. */
export type ConsultationMessage = Schema<'ConsultationMessage'>;
/** What `messages.create` takes: `text` and/or `attachments`, and `in_reply_to`. */
export type ConsultationMessageCreateParams = Schema<'ConsultationMessageCreate'>;
/** What the doctor asks the patient to upload. */
export type AttachmentRequest = Schema<'AttachmentRequest'>;

/** Filters and page size of `list`: `patient_id`, `status`, `limit`. */
export type ConsultationListParams = Omit<
  NonNullable<QueryParams<Operation<'/v1/consultations', 'get'>>>,
  'cursor'
>;
/** Page size of `messages.list`. */
export type ConsultationMessageListParams = Omit<
  NonNullable<QueryParams<Operation<'/v1/consultations/{id}/messages', 'get'>>>,
  'cursor'
>;

type Book = Operation<'/v1/consultations', 'post'>;

/**
 * The problem of a refused booking, cancel, join or message: `slot_unavailable`,
 * `consultation_not_cancellable` (with `consultation_status`), `too_early` (with `joinable_from`), …
 */
export type ConsultationConflictProblem = OperationProblem<Book, 409>;
/** The `ConflictError` of the consultation operations, typed by the contract. */
export type ConsultationConflictError = ConflictError<ConsultationConflictProblem>;
/** The 422 of `create`: `slot_required`, `invalid_slot`, `slot_in_past`, `invalid_time_zone`, … */
export type ConsultationUnprocessableError = ValidationError<OperationProblem<Book, 422>>;
