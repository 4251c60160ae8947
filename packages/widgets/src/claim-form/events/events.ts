import type { ClaimStatus } from '../api/claim-api';

/** Detail of `apotheca-claim-submitted`: the claim id only. */
export interface ApothecaClaimSubmittedDetail {
  claim_id: string;
}

/** Detail of `apotheca-claim-status`: fired whenever the tracker sees a new status. */
export interface ApothecaClaimStatusDetail {
  claim_id: string;
  status: ClaimStatus;
}

declare global {
  interface HTMLElementEventMap {
    'apotheca-claim-submitted': CustomEvent<ApothecaClaimSubmittedDetail>;
    'apotheca-claim-status': CustomEvent<ApothecaClaimStatusDetail>;
  }
}
