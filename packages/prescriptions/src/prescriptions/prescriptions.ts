import type { Schema } from '@apotheca/api-spec';
import {
  type ApothecaClient,
  ConflictError,
  type Paginator,
  type RequestOptions,
} from '@apotheca/core';
import {
  type PrescriptionUploadsResource,
  prescriptionUploads,
} from '../uploads/prescription-uploads';

/** A catalogue entry: bilingual names, brands, ingredients with strength, ATC, classes, codes. */
export type Medication = Schema<'Medication'>;
/** What `safetyChecks.create` takes: the proposed medications and the patient (or `patient_id`). */
export type SafetyCheckCreateParams = Schema<'SafetyCheckCreate'>;
/** A safety check: `outcome`, `alerts`, what each input `resolved` to, `unresolved`, `notices`. */
export type SafetyCheck = Schema<'SafetyCheck'>;
/** One alert of a safety check. */
export type SafetyAlert = Schema<'SafetyAlert'>;

/** Search text and page size for `medications.list`. */
export interface MedicationListParams {
  /** English or Chinese generic, brand or ingredient name; typos are tolerated. Omit for all. */
  q?: string;
  /** Items per page fetched from the API (1–100, default 20); iteration still covers every page. */
  limit?: number;
}

/** The medication catalogue. */
export interface MedicationsResource {
  /** Catalogue entries matching `q`, best first (`GET /v1/medications`), fetched page by page. */
  list(params?: MedicationListParams, options?: RequestOptions): Paginator<Medication>;
  /** A catalogue entry by id (`GET /v1/medications/{id}`); `NotFoundError` when there is none. */
  retrieve(id: string, options?: RequestOptions): Promise<Medication>;
}

/** Drug-safety checks. */
export interface SafetyChecksResource {
  /** Runs a check (`POST /v1/safety-checks`); safe to retry: the same idempotency key is reused. */
  create(params: SafetyCheckCreateParams, options?: RequestOptions): Promise<SafetyCheck>;
}

/** An e-prescription (`rx_…`): status, medication, dosage, supply, repeats, fills, signature. */
export type Prescription = Schema<'Prescription'>;
/** What `prescriptions.create` takes (checked against China's online-prescribing rules). */
export type PrescriptionCreateParams = Schema<'PrescriptionCreate'>;
/** What `prescriptions.sign` takes: `override_reason` when major/moderate alerts are accepted. */
export type PrescriptionSignParams = Schema<'PrescriptionSign'>;
/** What `prescriptions.cancel` takes. */
export type PrescriptionCancelParams = Schema<'PrescriptionCancel'>;
/** What `prescriptions.dispense` takes: the identity document (real-name check). */
export type PrescriptionDispenseParams = Schema<'PrescriptionDispense'>;
/** A prescription's lifecycle status. */
export type PrescriptionStatus = Schema<'PrescriptionStatus'>;
/** Where a prescription stands for its next refill, with the dates. */
export type RefillStatus = Schema<'RefillStatus'>;
/** What `refillRequests.create` takes. */
export type RefillRequestCreateParams = Schema<'RefillRequestCreate'>;
/** A refill request: `accepted` (filled, shipped) or held for `address_change_review`. */
export type RefillRequest = Schema<'RefillRequest'>;
/** A patient's adherence (PDC) per medication over a period. */
export type Adherence = Schema<'Adherence'>;
/** The problem of a 409 that refuses a fill (`refill_too_soon`, `renewal_needed`, …). */
export type RefillConflictProblem = Schema<'RefillConflictProblem'>;

/** Filters for `prescriptions.list`. */
export interface PrescriptionListParams {
  patient_id?: string;
  status?: PrescriptionStatus;
  /** Items per page fetched from the API (1–100, default 20); iteration still covers every page. */
  limit?: number;
}

/** The period of `adherence.retrieve` (`YYYY-MM-DD`, default: the 180 days ending today). */
export interface AdherenceParams {
  from?: string;
  to?: string;
}

/** E-prescriptions. */
export interface PrescriptionsListResource {
  /** Creates a draft (`POST /v1/prescriptions`); a broken online rule is a 422 with a stable `code` (`first_visit_not_allowed`, …). */
  create(params: PrescriptionCreateParams, options?: RequestOptions): Promise<Prescription>;
  /** A prescription by id (`GET /v1/prescriptions/{id}`). */
  retrieve(id: string, options?: RequestOptions): Promise<Prescription>;
  /** Prescriptions, newest first, filtered by patient and/or status, fetched page by page. */
  list(params?: PrescriptionListParams, options?: RequestOptions): Paginator<Prescription>;
  /** Signs a draft (`POST /v1/prescriptions/{id}/sign`): the client must hold a doctor's key. */
  sign(
    id: string,
    params?: PrescriptionSignParams,
    options?: RequestOptions,
  ): Promise<Prescription>;
  /** Cancels a prescription that is not final (`POST /v1/prescriptions/{id}/cancel`). */
  cancel(
    id: string,
    params?: PrescriptionCancelParams,
    options?: RequestOptions,
  ): Promise<Prescription>;
  /** Records a fill after the real-name check (`POST /v1/prescriptions/{id}/dispense`). */
  dispense(
    id: string,
    params: PrescriptionDispenseParams,
    options?: RequestOptions,
  ): Promise<Prescription>;
  /** The refill status at the patient's time (`GET /v1/prescriptions/{id}/refill-status`). */
  refillStatus(id: string, options?: RequestOptions): Promise<RefillStatus>;
  /**
   * The refill reminders as iCalendar text (`GET /v1/prescriptions/{id}/refill-calendar.ics`):
   * 09:00 in the patient's zone on each day a refill becomes due, bounded by the repeats.
   *
   * @example
   * ```ts
   * const ics = await rx.prescriptions.refillCalendar('rx_test_wangfang_amlodipine');
   * const file = new Blob([ics], { type: 'text/calendar' }); // offer as refills.ics
   * ```
   */
  refillCalendar(id: string, options?: RequestOptions): Promise<string>;
}

/** Refill requests. */
export interface RefillRequestsResource {
  /** Requests a refill (`POST /v1/refill-requests`); retries reuse the idempotency key, so one refill. */
  create(params: RefillRequestCreateParams, options?: RequestOptions): Promise<RefillRequest>;
}

/** Adherence reports. */
export interface AdherenceResource {
  /** A patient's PDC per medication (`GET /v1/patients/{id}/adherence`). */
  retrieve(
    patientId: string,
    params?: AdherenceParams,
    options?: RequestOptions,
  ): Promise<Adherence>;
}

/** The prescriptions resources; see {@link prescriptions}. */
export interface PrescriptionsResource {
  medications: MedicationsResource;
  safetyChecks: SafetyChecksResource;
  prescriptions: PrescriptionsListResource;
  refillRequests: RefillRequestsResource;
  adherence: AdherenceResource;
  prescriptionUploads: PrescriptionUploadsResource;
}

/**
 * Whether `error` is a 409 refusing a fill, typed: `refill_too_soon` (with
 * `earliest_refill_date`), `renewal_needed` (with `renewal_reason`), `prescription_not_dispensed`…
 *
 * @example
 * ```ts
 * const refill = await rx.refillRequests.create(params).catch((e: unknown) => e);
 * if (isRefillConflict(refill) && refill.problem?.code === 'refill_too_soon') {
 *   console.log('Refill from', refill.problem.earliest_refill_date);
 * }
 * ```
 */
export function isRefillConflict(error: unknown): error is ConflictError<RefillConflictProblem> {
  if (!(error instanceof ConflictError)) return false;
  const code = error.problem?.code;
  return (
    code === 'refill_too_soon' ||
    code === 'renewal_needed' ||
    code === 'prescription_not_dispensed' ||
    code === 'prescription_not_dispensable' ||
    code === 'prescription_expired'
  );
}

/**
 * The medication catalogue, drug-safety checks, e-prescriptions, refills and adherence bound to a
 * client.
 *
 * @example
 * ```ts
 * import { ApothecaClient } from '@apotheca/core';
 * import { prescriptions } from '@apotheca/prescriptions';
 *
 * const client = new ApothecaClient({ apiKey: 'sk_test_apotheca_sandbox', baseUrl: 'http://localhost:4010' });
 * const rx = prescriptions(client);
 * for await (const med of rx.medications.list({ q: '布洛芬', limit: 5 })) console.log(med.id);
 * const check = await rx.safetyChecks.create({
 *   medications: [{ text: 'clarithromycin' }],
 *   patient: { current_medications: [{ text: 'simvastatin' }] },
 * });
 * if (check.outcome === 'blocked') console.log(check.alerts[0]?.management.en);
 * ```
 */
export function prescriptions(client: ApothecaClient): PrescriptionsResource {
  return {
    medications: {
      list: (params = {}, options) =>
        client.paginate('/v1/medications', { params: { query: params } }, options),
      retrieve: (id, options) =>
        client.get('/v1/medications/{id}', { ...options, params: { path: { id } } }),
    },
    safetyChecks: {
      create: (params, options) => client.post('/v1/safety-checks', { ...options, body: params }),
    },
    prescriptions: {
      create: (params, options) => client.post('/v1/prescriptions', { ...options, body: params }),
      retrieve: (id, options) =>
        client.get('/v1/prescriptions/{id}', { ...options, params: { path: { id } } }),
      list: (params = {}, options) =>
        client.paginate('/v1/prescriptions', { params: { query: params } }, options),
      sign: (id, params = {}, options) =>
        client.post('/v1/prescriptions/{id}/sign', {
          ...options,
          params: { path: { id } },
          body: params,
        }),
      cancel: (id, params = {}, options) =>
        client.post('/v1/prescriptions/{id}/cancel', {
          ...options,
          params: { path: { id } },
          body: params,
        }),
      dispense: (id, params, options) =>
        client.post('/v1/prescriptions/{id}/dispense', {
          ...options,
          params: { path: { id } },
          body: params,
        }),
      refillStatus: (id, options) =>
        client.get('/v1/prescriptions/{id}/refill-status', {
          ...options,
          params: { path: { id } },
        }),
      // Not JSON: the raw request asks for text/calendar and core returns the text as is.
      refillCalendar: (id, options = {}) =>
        client.request<string>('GET', '/v1/prescriptions/{id}/refill-calendar.ics', {
          ...options,
          params: { path: { id } },
          headers: { accept: 'text/calendar', ...options.headers },
        }),
    },
    refillRequests: {
      create: (params, options) => client.post('/v1/refill-requests', { ...options, body: params }),
    },
    adherence: {
      retrieve: (patientId, params = {}, options) =>
        client.get('/v1/patients/{id}/adherence', {
          ...options,
          params: { path: { id: patientId }, query: params },
        }),
    },
    prescriptionUploads: prescriptionUploads(client),
  };
}
