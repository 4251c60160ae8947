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
  /** Photo uploads of paper prescriptions and their review. */
  readonly prescriptionUploads: PrescriptionUploadsResource;
  /** Whether an error is the 422 of a refused photo, typed with its issues. */
  readonly isPhotoQualityProblem: typeof isPhotoQualityProblem;
}
