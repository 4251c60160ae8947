import type { RetakeAdvice } from '../platform/photo-quality/index';
import type { Notice } from '../platform/view/notice';
import type { PrescriptionUpload } from './api/upload-api';

/** A photo the patient picked, with its preview (`blob:` URL, revoked when replaced). */
export interface PickedPhoto {
  file: File;
  preview: string;
}

/** The main view; the calls and the live region keep their own state. */
export type UploadView =
  | { name: 'empty' }
  | { name: 'checking'; photo: PickedPhoto }
  | { name: 'retake'; photo: PickedPhoto; advice: RetakeAdvice[]; checked: 'device' | 'server' }
  | { name: 'unreadable'; photo: PickedPhoto }
  | { name: 'ready'; photo: PickedPhoto; notice?: Notice }
  | { name: 'uploading'; photo: PickedPhoto }
  | { name: 'submitted'; upload: PrescriptionUpload; notice?: Notice };

/**
 * Every state the upload shows, each named as its Storybook story
 * (`widgets-prescription-upload--<name>`).
 */
export const PRESCRIPTION_UPLOAD_STATES = [
  'empty',
  'checking',
  'retake',
  'unreadable',
  'ready',
  'uploading',
  'server-rejected',
  'upload-failed',
  'pending-review',
  'transcribed',
  'rejected',
  'history',
] as const;
