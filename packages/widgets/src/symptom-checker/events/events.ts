import type { TriageDepartment, TriageLevel } from '../api/symptom-api';

/** Detail of `apotheca-triage-completed`: ids and the outcome only, never the complaint. */
export interface ApothecaTriageCompletedDetail {
  interview_id: string;
  level: TriageLevel;
  /** The top department (`null` when the result names none). */
  department: TriageDepartment | null;
}

/** Detail of `apotheca-consultation-booked`. */
export interface ApothecaConsultationBookedDetail {
  consultation_id: string;
}

/**
 * Detail of `apotheca-book-requested`: the patient chose a doctor and slot and the widget may not
 * book itself (`booking="event"`, the default); the portal books.
 */
export interface ApothecaBookRequestedDetail {
  interview_id: string;
  doctor_id: string;
  slot_start: string;
}

declare global {
  interface HTMLElementEventMap {
    'apotheca-triage-completed': CustomEvent<ApothecaTriageCompletedDetail>;
    'apotheca-consultation-booked': CustomEvent<ApothecaConsultationBookedDetail>;
    'apotheca-book-requested': CustomEvent<ApothecaBookRequestedDetail>;
  }
}
