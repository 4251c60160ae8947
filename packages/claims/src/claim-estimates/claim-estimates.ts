import type { ApothecaClient, RequestOptions } from '@apotheca/core';
import type { ClaimEstimate, ClaimEstimateCreateParams } from './types';

/** Instant claim estimates (`/v1/claim-estimates`): nothing is stored. */
export interface ClaimEstimatesResource {
  /**
   * Adjudicates a draft as a claim would be today (`POST /v1/claim-estimates`) without storing
   * it; field and code issues are listed in `issues` rather than refused, so a form can show an
   * estimate while it is filled in.
   *
   * @example
   * ```ts
   * const estimate = await api.claimEstimates.create({
   *   patient_id: 'pat_test_wangfang',
   *   policy_id: 'pol_test_wangfang_active',
   *   provider: 'hosp_test_bj_capital',
   *   service_date: '2026-11-02',
   *   items: [{ code_system: 'service', code: 'SVC-CONSULT-GP', quantity: 1, unit_price: { amount: 30000, currency: 'CNY' } }],
   * });
   * console.log(estimate.totals.benefit, estimate.totals.patient_share);
   * ```
   */
  create(params: ClaimEstimateCreateParams, options?: RequestOptions): Promise<ClaimEstimate>;
}

export function claimEstimatesResource(client: ApothecaClient): ClaimEstimatesResource {
  return {
    create: (params, options) => client.post('/v1/claim-estimates', { ...options, body: params }),
  };
}
