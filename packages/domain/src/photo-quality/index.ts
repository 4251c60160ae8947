/**
 * Photo quality check for document photos (prescriptions, invoices): too small, too dark, too
 * bright, blurry, cut off. Pure and dependency-free, on grey pixels; shared by the sandbox (which
 * decodes the upload) and the widgets (which read a canvas).
 */
export {
  analyzePhoto,
  type FrameSide,
  type PhotoIssue,
  type PhotoIssueCode,
  type PhotoMeasurements,
  type PhotoQualityOptions,
  type PhotoQualityReport,
  type PhotoThresholdOverrides,
} from './analyze';
export { downscale, type GreyImage, lumaFromInterleaved, lumaFromRgba } from './luma';
export {
  adjustExposure,
  boxBlur,
  type SyntheticDocumentOptions,
  syntheticDocument,
} from './synthetic';
export {
  PHOTO_QUALITY_THRESHOLDS,
  type PhotoQualityThresholdName,
  type Threshold,
} from './thresholds';
