import { describe, expect, it } from 'vitest';
import {
  adjustExposure,
  analyzePhoto,
  boxBlur,
  downscale,
  lumaFromInterleaved,
  lumaFromRgba,
  PHOTO_QUALITY_THRESHOLDS,
  syntheticDocument,
} from './index';

const codes = (image: Parameters<typeof analyzePhoto>[0]) =>
  analyzePhoto(image).issues.map((issue) => issue.code);

describe('analyzePhoto', () => {
  const sharp = syntheticDocument();

  it('accepts a sharp, well-exposed page fully inside the frame', () => {
    const report = analyzePhoto(sharp);
    expect(report.verdict).toBe('acceptable');
    expect(report.issues).toEqual([]);
    expect(report.measurements.laplacianVariance).toBeGreaterThan(
      PHOTO_QUALITY_THRESHOLDS.blurVariance.value * 10,
    );
  });

  it('accepts other page layouts and seeds', () => {
    for (const seed of [1, 2, 3, 99]) expect(codes(syntheticDocument({ seed }))).toEqual([]);
    expect(
      codes(syntheticDocument({ width: 768, height: 1024, pageX: 0.1, pageWidth: 0.8 })),
    ).toEqual([]);
  });

  it('flags a photo smaller than legible text needs, with the measured side', () => {
    const report = analyzePhoto(downscale(sharp, 400));
    expect(report.issues).toEqual([{ code: 'too_small', measured: 300, threshold: 480 }]);
    expect(codes(syntheticDocument({ width: 600, height: 500 }))).toEqual(['too_small']);
  });

  it('flags a box-blurred page as blurry but not a slightly soft one', () => {
    expect(codes(boxBlur(sharp, 1))).toEqual([]);
    const blurred = analyzePhoto(boxBlur(sharp, 5));
    expect(blurred.issues.map((issue) => issue.code)).toEqual(['blurry']);
    expect(blurred.issues[0]?.measured).toBeLessThan(120);
  });

  it('flags a darkened page as too dark and an overexposed one as too bright', () => {
    expect(codes(adjustExposure(sharp, 0.3))).toEqual(['too_dark']);
    expect(codes(adjustExposure(sharp, 1, 90))).toEqual(['too_bright']);
    // Moderately dim or bright is still fine.
    expect(codes(adjustExposure(sharp, 0.7))).toEqual([]);
    expect(codes(adjustExposure(sharp, 1, 20))).toEqual([]);
  });

  it('flags the same page shifted half out of frame as cut off, naming the side', () => {
    const right = analyzePhoto(syntheticDocument({ pageX: 0.5 }));
    expect(right.issues).toHaveLength(1);
    expect(right.issues[0]).toMatchObject({ code: 'cut_off', sides: ['right'] });
    expect(analyzePhoto(syntheticDocument({ pageY: 0.55 })).issues[0]).toMatchObject({
      code: 'cut_off',
      sides: ['bottom'],
    });
    expect(analyzePhoto(syntheticDocument({ pageX: -0.4 })).issues[0]).toMatchObject({
      code: 'cut_off',
      sides: ['left'],
    });
  });

  it('reports several issues at once', () => {
    const bad = boxBlur(adjustExposure(downscale(syntheticDocument({ pageX: 0.5 }), 400), 0.3), 4);
    expect(new Set(codes(bad))).toEqual(new Set(['too_small', 'too_dark', 'blurry']));
  });

  it('takes threshold overrides', () => {
    expect(analyzePhoto(sharp, { minShortSide: 1000 }).issues[0]).toMatchObject({
      code: 'too_small',
      threshold: 1000,
    });
  });

  it('judges size on the source photo when given a downscaled copy', () => {
    const copy = downscale(sharp, 400);
    expect(codes(copy)).toEqual(['too_small']);
    expect(analyzePhoto(copy, { sourceSize: { width: 4000, height: 3000 } }).issues).toEqual([]);
    expect(
      analyzePhoto(sharp, { sourceSize: { width: 320, height: 240 } }).issues[0],
    ).toMatchObject({
      code: 'too_small',
      measured: 240,
    });
  });

  it('rejects a buffer shorter than its dimensions', () => {
    expect(() => analyzePhoto({ width: 10, height: 10, luma: new Uint8Array(5) })).toThrow(
      RangeError,
    );
  });

  it('gives every threshold a rationale', () => {
    for (const entry of Object.values(PHOTO_QUALITY_THRESHOLDS))
      expect(entry.rationale.length).toBeGreaterThan(30);
  });
});

describe('luma helpers', () => {
  it('weights RGBA like Rec. 601 and ignores alpha', () => {
    const grey = lumaFromRgba(
      [255, 0, 0, 0, 0, 255, 0, 255, 0, 0, 255, 9, 255, 255, 255, 255],
      4,
      1,
    );
    expect(Array.from(grey.luma)).toEqual([76, 149, 28, 255]);
  });

  it('reads grey, grey+alpha and RGB buffers', () => {
    expect(Array.from(lumaFromInterleaved([10, 20], 2, 1, 1).luma)).toEqual([10, 20]);
    expect(Array.from(lumaFromInterleaved([10, 0, 20, 0], 2, 1, 2).luma)).toEqual([10, 20]);
    expect(Array.from(lumaFromInterleaved([0, 0, 255], 1, 1, 3).luma)).toEqual([28]);
    expect(() => lumaFromRgba([1, 2, 3], 1, 1)).toThrow(RangeError);
  });

  it('downscales by box averaging and never upscales', () => {
    const image = {
      width: 4,
      height: 2,
      luma: Uint8Array.from([0, 100, 200, 200, 0, 100, 200, 200]),
    };
    expect(downscale(image, 2)).toEqual({ width: 2, height: 1, luma: Uint8Array.from([50, 200]) });
    expect(downscale(image, 10)).toBe(image);
  });
});
