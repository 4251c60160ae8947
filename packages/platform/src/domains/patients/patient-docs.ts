import type { Schema } from '@apotheca/api-spec';

/** A stored patient is exactly the contract's `Patient`. */
export type PatientDoc = Schema<'Patient'>;

export const PATIENTS = 'patients';
