import type { RefillRequest } from '../api/refill-api';

/** Detail of `apotheca-refill-requested`: ids and the outcome only, never the address. */
export interface ApothecaRefillRequestedDetail {
  refill_request_id: string;
  prescription_id: string;
  /** `accepted` (filled and on its way) or `address_change_review` (held for confirmation). */
  status: RefillRequest['status'];
}

/**
 * Detail of `apotheca-renewal-requested`: the patient asked to book a follow-up visit to renew a
 * prescription with no refills left; the portal books it (e.g. with the symptom checker or its
 * own booking page).
 */
export interface ApothecaRenewalRequestedDetail {
  prescription_id: string;
  /** Why it needs renewing (`repeats_exhausted`, `prescription_expired`, …), when known. */
  renewal_reason: string | null;
}

/** Detail of `apotheca-calendar-downloaded`: the reminders of one prescription were offered. */
export interface ApothecaCalendarDownloadedDetail {
  prescription_id: string;
}

declare global {
  interface HTMLElementEventMap {
    'apotheca-refill-requested': CustomEvent<ApothecaRefillRequestedDetail>;
    'apotheca-renewal-requested': CustomEvent<ApothecaRenewalRequestedDetail>;
    'apotheca-calendar-downloaded': CustomEvent<ApothecaCalendarDownloadedDetail>;
  }
}
