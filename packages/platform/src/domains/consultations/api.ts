/**
 * What other domains may use of the consultations domain: the doctors a department offers (for
 * a triage result's recommendation), read from the module's reference data.
 */
export type { Department, Doctor } from './doctors';
export { DoctorDirectory, seededDoctors } from './doctors';
