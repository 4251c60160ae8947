import {
  analyzePhoto,
  lumaFromRgba,
  type PhotoIssue,
  type PhotoQualityReport,
  type PhotoThresholdOverrides,
} from '@apotheca/domain/photo-quality';
import type { Locale } from '../localize/locale';
import { photoQualityMessages } from './messages';

/** Long side of the canvas a photo is drawn onto; the analyzer box-downscales it further. */
const CANVAS_LONG_SIDE = 1024;

/** Outcome of checking one photo on the device. */
export type PhotoCheck =
  | {
      readonly file: Blob;
      /** `acceptable` or `retake`, from the shared analyzer. */
      readonly status: 'acceptable' | 'retake';
      readonly report: PhotoQualityReport;
    }
  | {
      /** The browser could not decode the file (not an image, or a format it lacks). */
      readonly file: Blob;
      readonly status: 'unreadable';
    };

/** Options of {@link checkPhoto} and {@link checkPhotos}. */
export interface CheckPhotoOptions {
  readonly thresholds?: PhotoThresholdOverrides;
}

/**
 * Checks a photo on the device before it is uploaded: decodes it with `createImageBitmap`
 * (EXIF orientation applied), draws a ≤ 1024 px copy on a canvas, and runs the same analyzer
 * the server runs. Size is judged on the original photo.
 *
 * @example
 * ```ts
 * const check = await checkPhoto(input.files[0]);
 * if (check.status === 'retake') show(retakeAdvice(check.report.issues, 'en'));
 * ```
 */
export async function checkPhoto(file: Blob, options: CheckPhotoOptions = {}): Promise<PhotoCheck> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { file, status: 'unreadable' };
  }
  try {
    const sourceSize = { width: bitmap.width, height: bitmap.height };
    const scale = Math.min(1, CANVAS_LONG_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const context = drawingContext(width, height);
    if (context === null) return { file, status: 'unreadable' };
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const pixels = context.getImageData(0, 0, width, height);
    const report = analyzePhoto(lumaFromRgba(pixels.data, width, height), {
      ...options.thresholds,
      sourceSize,
    });
    return { file, status: report.verdict, report };
  } finally {
    bitmap.close();
  }
}

/**
 * Checks several photos (the claim form's invoices) one after another, so only one decoded
 * photo is in memory at a time. Results keep the input order.
 *
 * @example
 * ```ts
 * const checks = await checkPhotos(input.files ?? []);
 * const toRetake = checks.filter((check) => check.status !== 'acceptable');
 * ```
 */
export async function checkPhotos(
  files: Iterable<Blob> | ArrayLike<Blob>,
  options: CheckPhotoOptions = {},
): Promise<PhotoCheck[]> {
  const results: PhotoCheck[] = [];
  for (const file of Array.from(files)) results.push(await checkPhoto(file, options));
  return results;
}

/** One issue as the user reads it: what is wrong and how to retake. */
export interface RetakeAdvice {
  readonly code: PhotoIssue['code'];
  readonly problem: string;
  readonly advice: string;
}

/**
 * Localized retake advice for each issue, in the analyzer's order.
 *
 * @example
 * ```ts
 * retakeAdvice([{ code: 'too_dark', measured: 40, threshold: 90 }], 'zh-CN')[0]?.advice;
 * // '请打开灯或靠近窗户，然后重新拍摄。'
 * ```
 */
export function retakeAdvice(
  issues: readonly Pick<PhotoIssue, 'code'>[],
  locale: Locale,
): RetakeAdvice[] {
  const messages = photoQualityMessages[locale];
  return issues.map((issue) => ({
    code: issue.code,
    problem: messages.issue[issue.code],
    advice: messages.advice[issue.code],
  }));
}

function drawingContext(
  width: number,
  height: number,
): OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null {
  if (typeof OffscreenCanvas !== 'undefined') {
    return new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas.getContext('2d', { willReadFrequently: true });
}
