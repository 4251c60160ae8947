import type { Schema } from '@apotheca/api-spec';
import type { ApothecaClient, Paginator, RequestOptions } from '@apotheca/core';

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

/** The prescriptions resources; see {@link prescriptions}. */
export interface PrescriptionsResource {
  medications: MedicationsResource;
  safetyChecks: SafetyChecksResource;
}

/**
 * The medication catalogue and drug-safety checks bound to a client.
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
  };
}
