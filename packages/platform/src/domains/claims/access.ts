/** Who may see which policies and claims, and loading them the way a route must. */
import { notFound } from '../../http/problem';
import type { Transaction } from '../../storage/types';
import type { AuthContext } from '../types';
import { type ClaimsReference, insurerForClient } from './reference';
import { CLAIMS, CLAIMS_POLICIES, type Claim, type ClaimDoc, type PolicyDoc } from './store';

/**
 * Whether the caller may see something of this patient and insurer: a widget session only its
 * patient's, an insurer's OAuth token only its own policies', a secret key everything.
 */
export function canSee(
  ref: ClaimsReference,
  auth: AuthContext,
  patientId: string,
  insurerId: string,
): boolean {
  if (!auth.canAccessPatient(patientId)) return false;
  if (auth.kind === 'oauth') return insurerForClient(ref, auth.credentialId)?.id === insurerId;
  return true;
}

/** The patient's policy, or 404 (also for a policy of another patient or insurer). */
export function requirePolicy(
  tx: Transaction,
  ref: ClaimsReference,
  auth: AuthContext,
  policyId: string,
  patientId: string,
): PolicyDoc {
  const policy = tx.collection<PolicyDoc>(CLAIMS_POLICIES).get(policyId);
  if (
    !policy ||
    policy.patient_id !== patientId ||
    !canSee(ref, auth, patientId, policy.insurer_id)
  ) {
    throw notFound('policy', policyId);
  }
  return policy;
}

export function visibleClaim(ref: ClaimsReference, auth: AuthContext, claim: Claim): boolean {
  return canSee(ref, auth, claim.patient_id, claim.insurer_id);
}

/** A claim the caller may see, or 404 (never 403: tokens cannot probe which claims exist). */
export function requireClaim(
  tx: Transaction,
  ref: ClaimsReference,
  auth: AuthContext,
  id: string,
): ClaimDoc {
  const doc = tx.collection<ClaimDoc>(CLAIMS).get(id);
  if (!doc || !visibleClaim(ref, auth, doc.claim)) throw notFound('claim', id);
  return doc;
}
