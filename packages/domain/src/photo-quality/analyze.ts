import { downscale, type GreyImage } from './luma';
import { PHOTO_QUALITY_THRESHOLDS } from './thresholds';

/** Stable codes of what can be wrong with a photo; the server's problem+json lists the same ones. */
export type PhotoIssueCode = 'too_small' | 'too_dark' | 'too_bright' | 'blurry' | 'cut_off';

/** The frame sides a `cut_off` issue can name. */
export type FrameSide = 'top' | 'right' | 'bottom' | 'left';

/** One failed check: what was measured against which threshold. */
export interface PhotoIssue {
  readonly code: PhotoIssueCode;
  /** The measured figure (short side in px, luma, clipped share, Laplacian variance, edge density). */
  readonly measured: number;
  /** The threshold it failed against. */
  readonly threshold: number;
  /** For `cut_off`: the sides where content runs out of the frame. */
  readonly sides?: readonly FrameSide[];
}

/** The figures the verdict came from, for logs and tuning. */
export interface PhotoMeasurements {
  readonly width: number;
  readonly height: number;
  readonly meanLuma: number;
  readonly p95Luma: number;
  readonly clippedShare: number;
  readonly laplacianVariance: number;
  readonly borderEdgeDensity: Readonly<Record<FrameSide, number>>;
}

/** The result of {@link analyzePhoto}. */
export interface PhotoQualityReport {
  /** `acceptable` when no issue was found; `retake` otherwise. */
  readonly verdict: 'acceptable' | 'retake';
  readonly issues: readonly PhotoIssue[];
  readonly measurements: PhotoMeasurements;
}

/** Threshold overrides (by value), e.g. a stricter minimum size for one use. */
export type PhotoThresholdOverrides = Partial<
  Record<keyof typeof PHOTO_QUALITY_THRESHOLDS, number>
>;

/** Options of {@link analyzePhoto}. */
export interface PhotoQualityOptions extends PhotoThresholdOverrides {
  /**
   * Size of the original photo when `image` is a downscaled copy (a widget draws a 12 MP photo
   * onto a small canvas): `too_small` judges the original, the other checks the copy.
   */
  readonly sourceSize?: { readonly width: number; readonly height: number };
}

function threshold(
  options: PhotoQualityOptions | undefined,
  name: keyof typeof PHOTO_QUALITY_THRESHOLDS,
): number {
  return options?.[name] ?? PHOTO_QUALITY_THRESHOLDS[name].value;
}

/**
 * Checks a photo of a document (prescription, invoice) before it is sent: big enough to read,
 * neither dark nor blown out, in focus, and not cut off at a frame edge. Pure and deterministic;
 * the widget runs it on the device and the server runs it again on what it received.
 *
 * @example
 * const report = analyzePhoto(lumaFromRgba(imageData.data, imageData.width, imageData.height));
 * if (report.verdict === 'retake') console.log(report.issues.map((i) => i.code));
 */
export function analyzePhoto(image: GreyImage, options?: PhotoQualityOptions): PhotoQualityReport {
  if (image.width < 1 || image.height < 1 || image.luma.length < image.width * image.height) {
    throw new RangeError('image must have width × height luma bytes');
  }
  const issues: PhotoIssue[] = [];
  const source = options?.sourceSize ?? image;
  const shortSide = Math.min(source.width, source.height);
  const longSide = Math.max(source.width, source.height);
  const minShort = threshold(options, 'minShortSide');
  const minLong = threshold(options, 'minLongSide');
  if (shortSide < minShort)
    issues.push({ code: 'too_small', measured: shortSide, threshold: minShort });
  else if (longSide < minLong)
    issues.push({ code: 'too_small', measured: longSide, threshold: minLong });

  const work = downscale(image, threshold(options, 'workingSize'));
  const exposure = exposureOf(work);
  const darkP95 = threshold(options, 'darkBrightPercentile');
  const clipped = threshold(options, 'clippedShare');
  if (exposure.p95 < darkP95)
    issues.push({ code: 'too_dark', measured: exposure.p95, threshold: darkP95 });
  if (exposure.clippedShare > clipped) {
    issues.push({ code: 'too_bright', measured: round(exposure.clippedShare), threshold: clipped });
  }

  const variance = laplacianVariance(work);
  const blur = threshold(options, 'blurVariance');
  if (variance < blur) issues.push({ code: 'blurry', measured: round(variance), threshold: blur });

  const density = borderEdgeDensity(
    work,
    threshold(options, 'borderStrip'),
    threshold(options, 'edgeMagnitude'),
  );
  const maxDensity = threshold(options, 'borderEdgeDensity');
  const sides = (Object.keys(density) as FrameSide[]).filter((side) => density[side] > maxDensity);
  if (sides.length > 0) {
    const worst = Math.max(...sides.map((side) => density[side]));
    issues.push({ code: 'cut_off', measured: round(worst), threshold: maxDensity, sides });
  }

  return {
    verdict: issues.length === 0 ? 'acceptable' : 'retake',
    issues,
    measurements: {
      width: source.width,
      height: source.height,
      meanLuma: round(exposure.mean),
      p95Luma: exposure.p95,
      clippedShare: round(exposure.clippedShare),
      laplacianVariance: round(variance),
      borderEdgeDensity: {
        top: round(density.top),
        right: round(density.right),
        bottom: round(density.bottom),
        left: round(density.left),
      },
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function exposureOf(image: GreyImage): { mean: number; p95: number; clippedShare: number } {
  const histogram = new Uint32Array(256);
  const n = image.width * image.height;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = image.luma[i] as number;
    histogram[v] = (histogram[v] as number) + 1;
    sum += v;
  }
  let clippedCount = 0;
  for (let v = 250; v < 256; v++) clippedCount += histogram[v] as number;
  let below = 0;
  let p95 = 255;
  for (let v = 0; v < 256; v++) {
    below += histogram[v] as number;
    if (below >= 0.95 * n) {
      p95 = v;
      break;
    }
  }
  return { mean: sum / n, p95, clippedShare: clippedCount / n };
}

/** Variance of the 4-neighbour Laplacian over the interior: low when edges are smeared. */
function laplacianVariance(image: GreyImage): number {
  const { width: w, height: h, luma } = image;
  if (w < 3 || h < 3) return 0;
  let sum = 0;
  let sumSq = 0;
  let count = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const lap =
        (luma[i - 1] as number) +
        (luma[i + 1] as number) +
        (luma[i - w] as number) +
        (luma[i + w] as number) -
        4 * (luma[i] as number);
      sum += lap;
      sumSq += lap * lap;
      count++;
    }
  }
  const mean = sum / count;
  return sumSq / count - mean * mean;
}

/**
 * Share of strong-edge pixels in each border strip. A document framed with a margin has only
 * background or paper margin there (few edges); one that runs out of the frame has its text
 * crossing the strip. The paper-to-background boundary itself crosses a strip only as a thin
 * line, far below the threshold.
 */
function borderEdgeDensity(
  image: GreyImage,
  stripShare: number,
  magnitude: number,
): Record<FrameSide, number> {
  const { width: w, height: h, luma } = image;
  const sx = Math.max(2, Math.round(w * stripShare));
  const sy = Math.max(2, Math.round(h * stripShare));
  const strong = (x: number, y: number): boolean => {
    const i = y * w + x;
    const dx = x + 1 < w ? (luma[i + 1] as number) - (luma[i] as number) : 0;
    const dy = y + 1 < h ? (luma[i + w] as number) - (luma[i] as number) : 0;
    return Math.abs(dx) + Math.abs(dy) > magnitude;
  };
  const density = (x0: number, x1: number, y0: number, y1: number): number => {
    let hits = 0;
    let total = 0;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        total++;
        if (strong(x, y)) hits++;
      }
    }
    return total === 0 ? 0 : hits / total;
  };
  return {
    top: density(0, w, 0, Math.min(sy, h)),
    bottom: density(0, w, Math.max(0, h - sy), h),
    left: density(0, Math.min(sx, w), 0, h),
    right: density(Math.max(0, w - sx), w, 0, h),
  };
}
