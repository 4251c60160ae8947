/** One threshold of the photo check, with why it has that value. */
export interface Threshold {
  readonly value: number;
  readonly rationale: string;
}

/**
 * The thresholds of the photo check. Data, not code: the server and the widget read the same
 * object, and each value carries its one-line reason.
 */
export const PHOTO_QUALITY_THRESHOLDS = {
  minShortSide: {
    value: 480,
    rationale:
      'A4 page across 480 px gives ≈ 2.3 px per point: 8 pt print keeps ≈ 18 px capital height, enough for a pharmacist to read.',
  },
  minLongSide: {
    value: 640,
    rationale:
      'The long side of a VGA frame; below it even large handwriting on a whole page blurs into strokes.',
  },
  workingSize: {
    value: 512,
    rationale:
      'Blur, exposure and edge figures are measured after a box downscale to this long side, so they do not depend on the camera resolution.',
  },
  darkBrightPercentile: {
    value: 90,
    rationale:
      'too_dark when the 95th-percentile luma is below this: even the paper (the brightest part) is grey, so ink and paper do not separate.',
  },
  clippedShare: {
    value: 0.4,
    rationale:
      'too_bright when more than this share of pixels is clipped (luma ≥ 250): blown-out highlights erase faint ink and stamps.',
  },
  blurVariance: {
    value: 120,
    rationale:
      'Variance of the 4-neighbour Laplacian at working size; printed text in focus measures in the thousands, a 3 px blur drops below 100.',
  },
  edgeMagnitude: {
    value: 48,
    rationale:
      'A gradient (|dx| + |dy|) above this is a strong edge: ink on paper, not sensor noise or paper texture.',
  },
  borderStrip: {
    value: 0.03,
    rationale:
      'The outer 3% of each side is the border strip; a fully framed document leaves at least that margin.',
  },
  borderEdgeDensity: {
    value: 0.05,
    rationale:
      'cut_off when strong edges cover more than this share of a border strip: text runs through the frame edge, so part of the page is missing.',
  },
} as const satisfies Record<string, Threshold>;

/** The name of one photo-quality threshold, e.g. `'borderEdgeDensity'`. */
export type PhotoQualityThresholdName = keyof typeof PHOTO_QUALITY_THRESHOLDS;
