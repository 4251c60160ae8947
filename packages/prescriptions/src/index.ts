/**
 * `@apotheca/prescriptions`: the medication catalogue, drug-safety checks, e-prescriptions, refills
 * and adherence.
 *
 * @example
 * ```ts
 * import { ApothecaClient } from '@apotheca/core';
 * import { prescriptions } from '@apotheca/prescriptions';
 *
 * const client = new ApothecaClient({ apiKey: 'sk_test_apotheca_sandbox', baseUrl: 'http://localhost:4010' });
 * const check = await prescriptions(client).safetyChecks.create({ medications: [{ text: '华法林' }, { text: '阿司匹林' }] });
 * console.log(check.outcome); // 'warning'
 * ```
 *
 * @packageDocumentation
 */
export {
  type Adherence,
  type AdherenceParams,
  type AdherenceResource,
  isRefillConflict,
  type Medication,
  type MedicationListParams,
  type MedicationsResource,
  type Prescription,
  type PrescriptionCancelParams,
  type PrescriptionCreateParams,
  type PrescriptionDispenseParams,
  type PrescriptionListParams,
  type PrescriptionSignParams,
  type PrescriptionStatus,
  type PrescriptionsListResource,
  type PrescriptionsResource,
  prescriptions,
  type RefillConflictProblem,
  type RefillRequest,
  type RefillRequestCreateParams,
  type RefillRequestsResource,
  type RefillStatus,
  type SafetyAlert,
  type SafetyCheck,
  type SafetyCheckCreateParams,
  type SafetyChecksResource,
} from './prescriptions/prescriptions';
export {
  isPhotoQualityProblem,
  type PhotoIssue,
  type PhotoQualityProblem,
  type PrescriptionUpload,
  type PrescriptionUploadCreateParams,
  type PrescriptionUploadListParams,
  type PrescriptionUploadStatus,
  type PrescriptionUploadsResource,
} from './uploads/prescription-uploads';
