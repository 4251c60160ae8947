import type { Schema } from '@apotheca/api-spec';
import type { Transaction } from '../../storage/types';
import type { PolicyTerms } from './reference';

/** Policies with their running amounts (deductible and limit left). */
export const CLAIMS_POLICIES = 'claims_policies';
/** Claims with the sandbox's adjudication schedule. */
export const CLAIMS = 'claims_claims';
/** Content fingerprint → the original claim (exact-duplicate detection). */
export const CLAIMS_FINGERPRINTS = 'claims_fingerprints';
/**
 * Visit (patient, provider, service date) → its claims, so likely-duplicate detection reads the
 * few claims of one visit instead of every claim in the store.
 */
export const CLAIMS_VISITS = 'claims_visits';
/** Ids of the claims still moving on, so due work reads those instead of every claim. */
export const CLAIMS_MOVING = 'claims_moving';

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

export interface VisitDoc {
  /** `visitKey()` of the claims. */
  id: string;
  claim_ids: string[];
}

/** The visit index key of a claim. */
export function visitKey(claim: { patient_id: string; provider: string; service_date: string }) {
  return `${claim.patient_id}|${claim.provider}|${claim.service_date}`;
}

export interface FingerprintDoc {
  id: string;
  canonical: string;
  claim_id: string;
}

/** An entry of the moving index: when the claim's next step is due, at its patient's time. */
export interface MovingDoc {
  id: string;
  patient_id: string;
  next_at: string;
}

/** When the claim moves on next (RFC 3339), or `null` when it has come to rest. */
export function nextStepAt(doc: ClaimDoc): string | null {
  switch (doc.claim.status) {
    case 'submitted':
      return doc.schedule.in_review_at;
    case 'in_review':
      return doc.schedule.decided_at;
    case 'approved':
    case 'partially_approved':
      return doc.schedule.paid_at;
    default:
      return null;
  }
}

/** Stores a claim and keeps its indexes (visit, moving) in the same transaction. */
export function saveClaim(tx: Transaction, doc: ClaimDoc): void {
  tx.collection<ClaimDoc>(CLAIMS).put(doc);
  const visits = tx.collection<VisitDoc>(CLAIMS_VISITS);
  const key = visitKey(doc.claim);
  const visit = visits.get(key);
  if (!visit?.claim_ids.includes(doc.id))
    visits.put({ id: key, claim_ids: [...(visit?.claim_ids ?? []), doc.id] });
  const moving = tx.collection<MovingDoc>(CLAIMS_MOVING);
  const next = nextStepAt(doc);
  if (next === null) moving.delete(doc.id);
  else moving.put({ id: doc.id, patient_id: doc.claim.patient_id, next_at: next });
}
