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
  readonly prescriptions: Pick<
    PrescriptionsResource['prescriptions'],
    'list' | 'refillStatus' | 'refillCalendar'
  >;
  readonly refillRequests: PrescriptionsResource['refillRequests'];
  readonly adherence: PrescriptionsResource['adherence'];
  readonly isRefillConflict: typeof isRefillConflict;
}
