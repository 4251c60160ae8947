import type { Schema } from '@apotheca/api-spec';
import type { ApothecaClient, Paginator, RequestOptions } from '@apotheca/core';

/** A patient: identity, clinical context (allergies, conditions) and your metadata. */
export type Patient = Schema<'Patient'>;
/** What `create` takes: `name` and `birth_date` are required. */
export type PatientCreateParams = Schema<'PatientCreate'>;
/** What `update` takes: any subset of the fields; fields not sent are left unchanged. */
export type PatientUpdateParams = Schema<'PatientUpdate'>;
/** Filters and page size for `list`. */
export interface PatientListParams {
  /** Items per page fetched from the API (1–100, default 20); iteration still covers every page. */
  limit?: number;
}

/** The patients resource; see {@link patients}. */
export interface PatientsResource {
  /** Creates a patient (`POST /v1/patients`); safe to retry: the same idempotency key is reused. */
  create(params: PatientCreateParams, options?: RequestOptions): Promise<Patient>;
  /** Retrieves a patient by id (`GET /v1/patients/{id}`); `NotFoundError` when there is none. */
  retrieve(id: string, options?: RequestOptions): Promise<Patient>;
  /** Updates the fields given (`PATCH /v1/patients/{id}`). */
  update(id: string, params: PatientUpdateParams, options?: RequestOptions): Promise<Patient>;
  /** Every patient visible to these credentials, newest first, fetched page by page. */
  list(params?: PatientListParams, options?: RequestOptions): Paginator<Patient>;
}

/**
 * The patients resource bound to a client.
 *
 * @example
 * ```ts
 * import { ApothecaClient } from '@apotheca/core';
 * import { patients } from '@apotheca/patients';
 *
 * const client = new ApothecaClient({ apiKey: 'sk_test_apotheca_sandbox', baseUrl: 'http://localhost:4010' });
 * const wang = await patients(client).create({
 *   name: '王芳',
 *   birth_date: '1956-03-14',
 *   sex: 'female',
 *   allergies: [{ substance: 'penicillin', severity: 'severe' }],
 * });
 * for await (const patient of patients(client).list({ limit: 100 })) console.log(patient.id);
 * ```
 */
export function patients(client: ApothecaClient): PatientsResource {
  return {
    create: (params, options) => client.post('/v1/patients', { ...options, body: params }),
    retrieve: (id, options) =>
      client.get('/v1/patients/{id}', { ...options, params: { path: { id } } }),
    update: (id, params, options) =>
      client.patch('/v1/patients/{id}', { ...options, params: { path: { id } }, body: params }),
    list: (params = {}, options) =>
      client.paginate('/v1/patients', { params: { query: params } }, options),
  };
}
