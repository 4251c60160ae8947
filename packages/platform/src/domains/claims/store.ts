import type { Schema } from '@apotheca/api-spec';
import type { PolicyTerms } from './reference';

/** Policies with their running amounts (deductible and limit left). */
export const CLAIMS_POLICIES = 'claims_policies';
/** Claims with the sandbox's adjudication schedule. */
export const CLAIMS = 'claims_claims';
/** Content fingerprint → the original claim (exact-duplicate detection). */
export const CLAIMS_FINGERPRINTS = 'claims_fingerprints';

export type Claim = Schema<'Claim'>;
export type ClaimAdjudication = Schema<'ClaimAdjudication'>;

export type PolicyDoc = Omit<PolicyTerms, 'excluded_categories'> & {
  excluded_categories: PolicyTerms['excluded_categories'][number][];
};

/** When the sandbox moves the claim on (clock times, RFC 3339). */
export interface ClaimSchedule {
  in_review_at: string;
  decided_at: string;
  /** `null` when nothing will be paid. */
  paid_at: string | null;
  /** Held for review as a likely duplicate. */
  held: boolean;
}

export interface ClaimDoc {
  id: string;
  claim: Claim;
  /** The adjudication decided at submission, revealed at `schedule.decided_at`. */
  decision: Omit<ClaimAdjudication, 'adjudicated_at'>;
  schedule: ClaimSchedule;
  /** What the claim took from the policy (given back when cancelled or replaced). */
  reserved: { deductible: number; benefit: number };
  fingerprint: string;
}

export interface FingerprintDoc {
  id: string;
  canonical: string;
  claim_id: string;
}
