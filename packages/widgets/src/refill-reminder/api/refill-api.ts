import type { isRefillConflict, PrescriptionsResource } from '@apotheca/prescriptions';

export type {
  Adherence,
  Prescription,
  RefillConflictProblem,
  RefillRequest,
  RefillStatus,
} from '@apotheca/prescriptions';

/** One medicine's proportion of days covered. */
export type MedicationAdherence =
  import('@apotheca/prescriptions').Adherence['medications'][number];

/** A delivery address (`DeliveryAddress` of the contract). */
export type DeliveryAddress =
  import('@apotheca/prescriptions').RefillRequestCreateParams['delivery_address'];

/**
 * The refill reminder's API surface: exactly the parts of `@apotheca/prescriptions` it calls,
 * plus the SDK's own guard for refill conflicts (it lives in the lazy chunk with the SDK). Tests
 * drive the real resources against `@apotheca/mock`.
 */
export interface RefillApi {
  /** The patient's prescriptions, their refill status and calendar feed. */
  readonly prescriptions: Pick<
    PrescriptionsResource['prescriptions'],
    'list' | 'refillStatus' | 'refillCalendar'
  >;
  /** Refill requests (idempotent). */
  readonly refillRequests: PrescriptionsResource['refillRequests'];
  /** The patient's proportion of days covered per medication. */
  readonly adherence: PrescriptionsResource['adherence'];
  /** Whether an error is a refill 409 (`refill_too_soon`, `renewal_needed`, …), typed. */
  readonly isRefillConflict: typeof isRefillConflict;
}
