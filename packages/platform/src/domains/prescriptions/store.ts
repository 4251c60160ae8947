/** Where the prescriptions domain keeps what it writes. */
import type { Schema } from '@apotheca/api-spec';

/** Every safety check, exactly as answered (the record of what was checked and said). */
export const SAFETY_CHECKS = 'prescriptions_safety_checks';

export type SafetyCheckDoc = Schema<'SafetyCheck'>;
