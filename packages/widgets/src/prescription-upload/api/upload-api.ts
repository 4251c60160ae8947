import type { isPhotoQualityProblem, PrescriptionUploadsResource } from '@apotheca/prescriptions';

export type {
  PhotoIssue,
  PrescriptionUpload,
  PrescriptionUploadStatus,
} from '@apotheca/prescriptions';

/**
 * The prescription upload's API surface: exactly the parts of `@apotheca/prescriptions` it calls,
 * plus the SDK's guard for a refused photo (it lives in the lazy chunk with the SDK). Tests drive
 * the real resource against `@apotheca/mock`.
 */
export interface UploadApi {
  readonly prescriptionUploads: PrescriptionUploadsResource;
  readonly isPhotoQualityProblem: typeof isPhotoQualityProblem;
}
