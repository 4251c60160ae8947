/**
 * `@apotheca/claims`: insurance coverage checks, claim submission (exactly once), validation with
 * code suggestions, instant estimates, and claims followed through adjudication to payment, typed
 * from the contract.
 *
 * @example
 * ```ts
 * import { ApothecaClient, oauthClientCredentials } from '@apotheca/core';
 * import { claims } from '@apotheca/claims';
 *
 * // An insurer's server: OAuth client credentials; the token sees only claims on its own policies.
 * const baseUrl = 'http://localhost:4010';
 * const client = new ApothecaClient({
 *   baseUrl,
 *   tokenProvider: oauthClientCredentials({ baseUrl, clientId: 'client_test_insurer', clientSecret: 'cs_test_insurer_secret' }),
 * });
 * for await (const claim of claims(client).claims.list({ status: 'in_review' })) console.log(claim.id);
 * ```
 *
 * @packageDocumentation
 */
export type { ClaimEstimatesResource } from './claim-estimates/claim-estimates';
export type { ClaimEstimate, ClaimEstimateCreateParams } from './claim-estimates/types';
export {
  type ClaimsListResource,
  type ClaimsResource,
  claims,
  isClaimConflict,
  isClaimInvalid,
} from './claims/claims';
export type {
  AdjudicationAmounts,
  AdjudicationLine,
  AdjudicationOutcome,
  Claim,
  ClaimAdjudication,
  ClaimConflictError,
  ClaimConflictProblem,
  ClaimCreateParams,
  ClaimDraft,
  ClaimInvalidError,
  ClaimInvalidProblem,
  ClaimIssue,
  ClaimIssueCode,
  ClaimItem,
  ClaimItemInput,
  ClaimListParams,
  ClaimPayment,
  ClaimReason,
  ClaimReasonCode,
  ClaimStatus,
  ClaimStatusChange,
  ClaimSuggestion,
  ClaimValidation,
} from './claims/types';
export type { CoverageChecksResource } from './coverage-checks/coverage-checks';
export type {
  CoverageCheck,
  CoverageCheckCreateParams,
  CoverageItem,
  NetworkStatus,
} from './coverage-checks/types';
