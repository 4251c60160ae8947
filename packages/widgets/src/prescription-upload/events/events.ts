import type { PrescriptionUploadStatus } from '../api/upload-api';

/** Detail of `apotheca-prescription-uploaded`: ids and the outcome only, never the photo. */
export interface ApothecaPrescriptionUploadedDetail {
  upload_id: string;
  status: PrescriptionUploadStatus;
}

/** Detail of `apotheca-upload-reviewed`: the pharmacist's decision was read (`Check status`). */
export interface ApothecaUploadReviewedDetail {
  upload_id: string;
  /** `transcribed` (a prescription was made from it) or `rejected`. */
  status: PrescriptionUploadStatus;
  /** The prescription transcribed from the photo, when there is one. */
  prescription_id: string | null;
}

/** Detail of `apotheca-photo-retake`: a photo was refused (on the device or by the API). */
export interface ApothecaPhotoRetakeDetail {
  /** Where it was judged. */
  checked: 'device' | 'server';
  /** The issue codes (`blurry`, `too_dark`, …). */
  issues: string[];
}

declare global {
  interface HTMLElementEventMap {
    'apotheca-prescription-uploaded': CustomEvent<ApothecaPrescriptionUploadedDetail>;
    'apotheca-upload-reviewed': CustomEvent<ApothecaUploadReviewedDetail>;
    'apotheca-photo-retake': CustomEvent<ApothecaPhotoRetakeDetail>;
  }
}
