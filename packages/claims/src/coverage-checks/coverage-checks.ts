import type { ApothecaClient, RequestOptions } from '@apotheca/core';
import type { CoverageCheck, CoverageCheckCreateParams } from './types';

/** Coverage checks (`/v1/coverage-checks`): a read, nothing is written. */
export interface CoverageChecksResource {
  /**
   * A policy's coverage on `service_date` (`POST /v1/coverage-checks`): whether it is active, the
   * deductible still to pay, co-insurance, the annual limit left, covered and excluded categories
   * and, with `provider`, the hospital's network status. A policy the caller may not see is a
   * `NotFoundError`.
   *
   * @example
   * ```ts
   * const coverage = await api.coverageChecks.create({
   *   patient_id: 'pat_test_liqiang',
   *   policy_id: 'pol_test_liqiang_deductible',
   *   service_date: '2026-11-02',
   * });
   * console.log(coverage.active, coverage.deductible.remaining);
   * ```
   */
  create(params: CoverageCheckCreateParams, options?: RequestOptions): Promise<CoverageCheck>;
}

export function coverageChecksResource(client: ApothecaClient): CoverageChecksResource {
  return {
    create: (params, options) => client.post('/v1/coverage-checks', { ...options, body: params }),
  };
}
