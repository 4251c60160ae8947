import {
  type ApothecaClient,
  ConflictError,
  type Paginator,
  type RequestOptions,
  ValidationError,
} from '@apotheca/core';
import {
  type ClaimEstimatesResource,
  claimEstimatesResource,
} from '../claim-estimates/claim-estimates';
import {
  type CoverageChecksResource,
  coverageChecksResource,
} from '../coverage-checks/coverage-checks';
import type {
  Claim,
  ClaimConflictError,
  ClaimConflictProblem,
  ClaimCreateParams,
  ClaimDraft,
  ClaimInvalidError,
  ClaimListParams,
  ClaimValidation,
} from './types';

/** Claims (`/v1/claims`). */
export interface ClaimsListResource {
  /**
   * Submits a claim (`POST /v1/claims`), exactly once: retries reuse one idempotency key, so a
   * dropped response never makes a second claim. The same content under another key is a new
   * claim denied `duplicate` (`duplicate_of` names the original); a correction names the claim it
   * replaces in `related_claim_id`. A draft with errors rejects with a {@link ClaimInvalidError}
   * (`claim_invalid`, `problem.issues` as `validate` lists them).
   *
   * @example
   * ```ts
   * const claim = await api.claims.create({
   *   patient_id: 'pat_test_wangfang',
   *   policy_id: 'pol_test_wangfang_active',
   *   provider: 'hosp_test_bj_capital',
   *   service_date: '2026-11-02',
   *   diagnoses: ['J06.9'],
   *   items: [{ code_system: 'service', code: 'SVC-CONSULT-GP', quantity: 1, unit_price: { amount: 30000, currency: 'CNY' } }],
   *   attachments: [invoice.id],
   * });
   * console.log(claim.id, claim.status); // clm_… submitted
   * ```
   */
  create(params: ClaimCreateParams, options?: RequestOptions): Promise<Claim>;
  /** A claim with its status history and, once adjudicated, the adjudication (`GET /v1/claims/{id}`). */
  retrieve(id: string, options?: RequestOptions): Promise<Claim>;
  /**
   * The claims these credentials may see (an insurer's token: its own policies'; a widget session:
   * its patient's), newest first, fetched page by page as you iterate.
   *
   * @example
   * ```ts
   * for await (const claim of api.claims.list({ status: 'paid' })) console.log(claim.id, claim.payment?.reference);
   * ```
   */
  list(params?: ClaimListParams, options?: RequestOptions): Paginator<Claim>;
  /**
   * Cancels a claim still `submitted` or `in_review` (`POST /v1/claims/{id}/cancel`); afterwards a
   * {@link ClaimConflictError} `claim_not_cancellable` with `problem.claim_status`.
   */
  cancel(id: string, options?: RequestOptions): Promise<Claim>;
  /**
   * Checks a draft without writing anything (`POST /v1/claims/validate`): each issue has a stable
   * `code`, a JSON-pointer `path` and, where there is one, a `suggestion` (a superseded medication
   * code's replacement, close ICD-10 matches).
   *
   * @example
   * ```ts
   * const { valid, issues } = await api.claims.validate({ diagnoses: ['J06.99'] });
   * if (!valid) console.log(issues[0]?.path, issues[0]?.suggestion?.matches);
   * ```
   */
  validate(draft: ClaimDraft, options?: RequestOptions): Promise<ClaimValidation>;
}

/** The claims resources; see {@link claims}. */
export interface ClaimsResource {
  /** Coverage of a policy on a date. */
  readonly coverageChecks: CoverageChecksResource;
  /** Claim submission, retrieval, lists, cancellation and validation. */
  readonly claims: ClaimsListResource;
  /** Instant estimates of benefit and patient share. */
  readonly claimEstimates: ClaimEstimatesResource;
}

type ConflictCode = ClaimConflictProblem['code'];
// Every 409 code of the claim operations; `satisfies` keeps it in step with the contract.
const CONFLICT_CODES = new Set<string>([
  'claim_not_cancellable',
  'related_claim_not_replaceable',
] satisfies ConflictCode[]);

/**
 * Whether `error` is a claim refused for its state ({@link ClaimConflictError}), optionally with
 * one `code`.
 *
 * @example
 * ```ts
 * const refused = await api.claims.cancel(claim.id).catch((e: unknown) => e);
 * if (isClaimConflict(refused, 'claim_not_cancellable')) console.log(refused.problem?.claim_status);
 * ```
 */
export function isClaimConflict(error: unknown, code?: ConflictCode): error is ClaimConflictError {
  if (!(error instanceof ConflictError) || !CONFLICT_CODES.has(error.code)) return false;
  return code === undefined || error.code === code;
}

/**
 * Whether `error` is a draft refused with `claim_invalid` ({@link ClaimInvalidError}), whose
 * `problem.issues` say what to fix.
 *
 * @example
 * ```ts
 * const refused = await api.claims.create(params).catch((e: unknown) => e);
 * if (isClaimInvalid(refused)) for (const issue of refused.problem?.issues ?? []) console.log(issue.path);
 * ```
 */
export function isClaimInvalid(error: unknown): error is ClaimInvalidError {
  return error instanceof ValidationError && error.code === 'claim_invalid';
}

/**
 * The claims resources bound to a client: check coverage, estimate, validate, submit exactly
 * once, follow a claim through adjudication to payment. Nested nouns with standard verbs
 * (ADR 0007): `coverageChecks.create`, `claims.create/retrieve/list/cancel/validate`,
 * `claimEstimates.create`. OAuth client credentials (an insurer's server) work through core's
 * auth: `tokenProvider: oauthClientCredentials(…)` here, or
 * `new Apotheca({ clientId, clientSecret })` in `@apotheca/sdk`.
 *
 * @example
 * ```ts
 * import { ApothecaClient } from '@apotheca/core';
 * import { claims } from '@apotheca/claims';
 *
 * const client = new ApothecaClient({ apiKey: 'sk_test_apotheca_sandbox', baseUrl: 'http://localhost:4010' });
 * const api = claims(client);
 * const coverage = await api.coverageChecks.create({
 *   patient_id: 'pat_test_wangfang',
 *   policy_id: 'pol_test_wangfang_active',
 *   service_date: '2026-11-02',
 * });
 * for await (const claim of api.claims.list({ patient_id: 'pat_test_wangfang' })) console.log(claim.status);
 * ```
 */
export function claims(client: ApothecaClient): ClaimsResource {
  const path = (id: string) => ({ path: { id } });
  return {
    coverageChecks: coverageChecksResource(client),
    claims: {
      create: (params, options) => client.post('/v1/claims', { ...options, body: params }),
      retrieve: (id, options) => client.get('/v1/claims/{id}', { ...options, params: path(id) }),
      list: (params = {}, options) =>
        client.paginate('/v1/claims', { params: { query: params } }, options),
      cancel: (id, options) =>
        client.post('/v1/claims/{id}/cancel', { ...options, params: path(id) }),
      validate: (draft, options) => client.post('/v1/claims/validate', { ...options, body: draft }),
    },
    claimEstimates: claimEstimatesResource(client),
  };
}
