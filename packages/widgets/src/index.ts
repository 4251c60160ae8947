/**
 * `@apotheca/widgets`: the Apotheca web components and the platform they share. This entry only
 * exports classes and types; import `@apotheca/widgets/trace-verifier` (or load
 * `apotheca-widgets.js`) to define the elements.
 *
 * @example
 * ```ts
 * import { ApothecaTraceVerifier } from '@apotheca/widgets';
 * customElements.define('my-pack-checker', class extends ApothecaTraceVerifier {});
 * ```
 *
 * @packageDocumentation
 */
export type {
  Claim,
  ClaimApi,
  ClaimStatus,
} from './claim-form/api/claim-api';
export type { ClaimFormError, ClaimSubmitResult } from './claim-form/claim-form';
export { ApothecaClaimForm } from './claim-form/claim-form';
export type {
  ApothecaClaimStatusDetail,
  ApothecaClaimSubmittedDetail,
} from './claim-form/events/events';
export type { ProviderOption } from './claim-form/view/visit-view';
export * from './platform/public';
export type {
  PhotoIssue,
  PrescriptionUpload,
  PrescriptionUploadStatus,
  UploadApi,
} from './prescription-upload/api/upload-api';
export type {
  ApothecaPhotoRetakeDetail,
  ApothecaPrescriptionUploadedDetail,
  ApothecaUploadReviewedDetail,
} from './prescription-upload/events/events';
export { ApothecaPrescriptionUpload } from './prescription-upload/prescription-upload';
export type {
  Adherence,
  DeliveryAddress,
  MedicationAdherence,
  Prescription,
  RefillApi,
  RefillRequest,
  RefillStatus,
} from './refill-reminder/api/refill-api';
export type {
  ApothecaCalendarDownloadedDetail,
  ApothecaRefillRequestedDetail,
  ApothecaRenewalRequestedDetail,
} from './refill-reminder/events/events';
export { ApothecaRefillReminder } from './refill-reminder/refill-reminder';
export type {
  SymptomApi,
  TriageDepartment,
  TriageInterview,
  TriageLevel,
  TriageResult,
} from './symptom-checker/api/symptom-api';
export type {
  ApothecaBookRequestedDetail,
  ApothecaConsultationBookedDetail,
  ApothecaTriageCompletedDetail,
} from './symptom-checker/events/events';
export { ApothecaSymptomChecker } from './symptom-checker/symptom-checker';
export type {
  Dispensation,
  TraceApi,
  TraceContext,
  TraceStatus,
  TraceVerification,
} from './trace-verifier/api/trace-api';
export type { ScanSource } from './trace-verifier/code/parse-code';
export type {
  ApothecaDispensedDetail,
  ApothecaScanDetail,
  ApothecaVerifiedDetail,
} from './trace-verifier/events/events';
export { configureDecoder, type DecoderOptions } from './trace-verifier/scanner/decoder';
export { ApothecaTraceVerifier } from './trace-verifier/trace-verifier';
