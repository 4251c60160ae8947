/**
 * The on-device photo check shared by widgets that take document photos (prescription upload,
 * claim form): decode, downscale on a canvas, analyze with `@apotheca/domain/photo-quality`,
 * and localized retake advice per issue code.
 */
export {
  type CheckPhotoOptions,
  checkPhoto,
  checkPhotos,
  type PhotoCheck,
  type RetakeAdvice,
  retakeAdvice,
} from './check-photo';
export { type PhotoQualityMessages, photoQualityMessages } from './messages';
