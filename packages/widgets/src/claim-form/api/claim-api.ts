import type {
  ClaimEstimatesResource,
  ClaimsResource,
  CoverageChecksResource,
} from '@apotheca/claims';
import type { RequestOptions } from '@apotheca/core';
import type { MedicationsResource } from '@apotheca/prescriptions';

export type {
  Claim,
  ClaimCreateParams,
  ClaimDraft,
  ClaimEstimate,
  ClaimIssue,
  ClaimIssueCode,
  ClaimStatus,
  ClaimValidation,
  CoverageCheck,
} from '@apotheca/claims';
export type { Medication } from '@apotheca/prescriptions';

/** A stored upload (`POST /v1/files`), as far as the form needs it. */
export interface UploadedFile {
  id: string;
}

/**
 * The claim form's API surface: exactly the parts of `@apotheca/claims` (and the medication
 * catalogue of `@apotheca/prescriptions`, and file upload) it calls. Tests drive the real
 * resources against `@apotheca/mock`.
 */
export interface ClaimApi {
  readonly claims: Pick<ClaimsResource['claims'], 'create' | 'retrieve' | 'validate'>;
  readonly coverageChecks: Pick<CoverageChecksResource, 'create'>;
  readonly claimEstimates: Pick<ClaimEstimatesResource, 'create'>;
  readonly medications: Pick<MedicationsResource, 'list'>;
  /** Uploads an invoice photo as a `claim_attachment`. */
  upload(file: Blob, options?: RequestOptions): Promise<UploadedFile>;
}
