import { type ApothecaClient, ConflictError, Paginator, type RequestOptions } from '@apotheca/core';
import { type DoctorsResource, doctorsResource } from '../doctors/doctors';
import { type TriageResource, triageResource } from '../triage/triage';
import type {
  Consultation,
  ConsultationCancelParams,
  ConsultationConflictError,
  ConsultationConflictProblem,
  ConsultationCreateParams,
  ConsultationListParams,
  ConsultationMessage,
  ConsultationMessageCreateParams,
  ConsultationMessageListParams,
  VideoJoin,
  VideoJoinParams,
} from './types';

/** A consultation's messages (`/v1/consultations/{id}/messages`). */
export interface ConsultationMessagesResource {
  /** The consultation's messages, oldest first, page by page (`GET …/messages`). */
  list(
    id: string,
    params?: ConsultationMessageListParams,
    options?: RequestOptions,
  ): Paginator<ConsultationMessage>;
  /**
   * Sends a message to the doctor: `text` and/or file `attachments` (`POST …/messages`); safe to
   * retry. Answer a doctor's `attachment_request` by naming it in `in_reply_to`.
   *
   * @example
   * ```ts
   * await apotheca.consultations.messages.create(consultation.id, { text: '附上化验单', attachments: [file.id] });
   * ```
   */
  create(
    id: string,
    params: ConsultationMessageCreateParams,
    options?: RequestOptions,
  ): Promise<ConsultationMessage>;
}

/** A consultation as an iCalendar file (`/v1/consultations/{id}/calendar.ics`). */
export interface ConsultationCalendarsResource {
  /**
   * The RFC 5545 text of the consultation's event: times with `TZID` (the patient's zone) and
   * its `VTIMEZONE`, never floating, plus a `VALARM` 15 minutes before. A text consultation
   * without a slot rejects with 409 `consultation_not_scheduled`.
   *
   * @example
   * ```ts
   * const ics = await apotheca.consultations.calendars.retrieve(consultation.id);
   * await writeFile('consultation.ics', ics);
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<string>;
}

/**
 * Consultations (`/v1/consultations`), with the doctors and the triage they start from; see
 * {@link consultations}.
 */
export interface ConsultationsResource {
  /**
   * Books a text or video consultation (`POST /v1/consultations`); safe to retry (the same
   * idempotency key is reused, so a retry never books twice). Video needs `slot_start`, one of
   * the doctor's free slots in any offset. A slot already taken rejects with a
   * {@link ConsultationConflictError} (`slot_unavailable`).
   *
   * @example
   * ```ts
   * const consultation = await apotheca.consultations.create({
   *   patient_id: 'pat_test_liqiang',
   *   doctor_id: 'doc_test_heli',
   *   type: 'video',
   *   slot_start: slot.start,
   *   patient_time_zone: 'Asia/Shanghai',
   *   triage_interview_id: interview.id,
   *   reason: 'Painful swollen big toe',
   * });
   * console.log(consultation.scheduled_at, consultation.scheduled_local?.patient);
   * ```
   */
  create(params: ConsultationCreateParams, options?: RequestOptions): Promise<Consultation>;
  /** Retrieves a consultation: status, schedule, both zones, history (`GET /v1/consultations/{id}`). */
  retrieve(id: string, options?: RequestOptions): Promise<Consultation>;
  /** Every consultation visible to these credentials, newest first, page by page. */
  list(params?: ConsultationListParams, options?: RequestOptions): Paginator<Consultation>;
  /**
   * Cancels a `requested` or `accepted` consultation and frees its slot
   * (`POST /v1/consultations/{id}/cancel`); otherwise 409 `consultation_not_cancellable`.
   */
  cancel(
    id: string,
    params?: ConsultationCancelParams,
    options?: RequestOptions,
  ): Promise<Consultation>;
  /**
   * A join descriptor for one participant of a video consultation, valid from 10 minutes before
   * the slot until its end (`POST /v1/consultations/{id}/video-join`); joining starts the
   * consultation. Too early rejects with 409 `too_early` and `problem.joinable_from`.
   *
   * @example
   * ```ts
   * const join = await apotheca.consultations.join(consultation.id, { participant: 'patient' });
   * window.open(join.url);
   * ```
   */
  join(id: string, params?: VideoJoinParams, options?: RequestOptions): Promise<VideoJoin>;
  readonly messages: ConsultationMessagesResource;
  readonly calendars: ConsultationCalendarsResource;
  /** Doctors and their free slots. */
  readonly doctors: DoctorsResource;
  /** Symptom triage: parse free text, run an interview. */
  readonly triage: TriageResource;
}

type ConflictCode = ConsultationConflictProblem['code'];
// Every 409 code of the consultation operations; `satisfies` keeps it in step with the contract.
const CONFLICT_CODES = new Set<string>([
  'slot_unavailable',
  'consultation_type_not_offered',
  'consultation_not_cancellable',
  'too_early',
  'ended',
  'consultation_not_joinable',
  'consultation_not_scheduled',
  'consultation_closed',
] satisfies ConflictCode[]);

/**
 * Whether `error` is a consultation refused for its state or its slot
 * ({@link ConsultationConflictError}), optionally with one `code`.
 *
 * @example
 * ```ts
 * const refused = await apotheca.consultations.create(params).catch((e: unknown) => e);
 * if (isConsultationConflict(refused, 'slot_unavailable')) console.log('pick another slot');
 * ```
 */
export function isConsultationConflict(
  error: unknown,
  code?: ConflictCode,
): error is ConsultationConflictError {
  if (!(error instanceof ConflictError) || !CONFLICT_CODES.has(error.code)) return false;
  return code === undefined || error.code === code;
}

/**
 * The consultations resource bound to a client: triage a complaint, find a doctor and a free slot,
 * book, join, download the calendar, message the doctor. Nested nouns with standard verbs
 * (ADR 0007): `triage.parse`, `triage.interviews.create/retrieve/answer`, `doctors.list/retrieve`,
 * `doctors.slots.list`, `create/retrieve/list/cancel/join`, `messages.list/create`,
 * `calendars.retrieve`.
 *
 * @example
 * ```ts
 * import { ApothecaClient } from '@apotheca/core';
 * import { consultations } from '@apotheca/consultations';
 *
 * const client = new ApothecaClient({ apiKey: 'sk_test_apotheca_sandbox', baseUrl: 'http://localhost:4010' });
 * const api = consultations(client);
 * const interview = await api.triage.interviews.create({
 *   patient_id: 'pat_test_wangfang',
 *   complaint: 'palpitations',
 *   locale: 'en',
 * });
 * const [doctor] = await api.doctors.list({ department: 'cardiology' }).toArray({ limit: 1 });
 * ```
 */
export function consultations(client: ApothecaClient): ConsultationsResource {
  const path = (id: string) => ({ path: { id } });
  return {
    create: (params, options) => client.post('/v1/consultations', { ...options, body: params }),
    retrieve: (id, options) =>
      client.get('/v1/consultations/{id}', { ...options, params: path(id) }),
    list: (params = {}, options) =>
      client.paginate('/v1/consultations', { params: { query: params } }, options),
    cancel: (id, params = {}, options) =>
      client.post('/v1/consultations/{id}/cancel', { ...options, params: path(id), body: params }),
    join: (id, params = {}, options) =>
      client.post('/v1/consultations/{id}/video-join', {
        ...options,
        params: path(id),
        body: params,
      }),
    messages: {
      list: (id, params = {}, options = {}) =>
        new Paginator(
          (cursor) =>
            client.get('/v1/consultations/{id}/messages', {
              ...options,
              params: { path: { id }, query: { ...params, cursor } },
            }),
          options.signal,
        ),
      create: (id, params, options) =>
        client.post('/v1/consultations/{id}/messages', {
          ...options,
          params: path(id),
          body: params,
        }),
    },
    calendars: {
      // Not JSON: the raw request asks for text/calendar and core returns the text as is.
      retrieve: (id, options = {}) =>
        client.request<string>('GET', '/v1/consultations/{id}/calendar.ics', {
          ...options,
          params: path(id),
          headers: { accept: 'text/calendar', ...options.headers },
        }),
    },
    doctors: doctorsResource(client),
    triage: triageResource(client),
  };
}
