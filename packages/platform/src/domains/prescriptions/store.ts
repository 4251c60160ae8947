/** Where the prescriptions domain keeps what it writes. */
import type { Schema } from '@apotheca/api-spec';

/** Every safety check, exactly as answered (the record of what was checked and said). */
export const SAFETY_CHECKS = 'prescriptions_safety_checks';

export type SafetyCheckDoc = Schema<'SafetyCheck'>;

/** E-prescriptions, exactly as the contract's `Prescription` (status as last written). */
export const PRESCRIPTIONS = 'prescriptions_prescriptions';

export type PrescriptionDoc = Schema<'Prescription'>;

/** Refill requests, accepted or held. */
export const REFILL_REQUESTS = 'prescriptions_refill_requests';

export type RefillRequestDoc = Schema<'RefillRequest'>;

/**
 * Delivery addresses a patient has received medicines at, keyed `<patient_id>|<normalised
 * address>`: a refill of an essential chronic drug to an address not here is held for review.
 */
export const DELIVERY_ADDRESSES = 'prescriptions_delivery_addresses';

export interface DeliveryAddressDoc {
  id: string;
  patient_id: string;
  first_used_at: string;
}

/** Prescription photos that passed the quality check, with the pharmacist's review (the bytes are blobs under the same id). */
export const PRESCRIPTION_UPLOADS = 'prescriptions_uploads';

export type PrescriptionUploadDoc = Schema<'PrescriptionUpload'>;
