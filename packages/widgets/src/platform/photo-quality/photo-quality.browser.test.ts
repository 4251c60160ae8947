import {
  adjustExposure,
  boxBlur,
  downscale,
  type GreyImage,
  syntheticDocument,
} from '@apotheca/domain/photo-quality';
import { describe, expect, it } from 'vitest';
import { checkPhoto, checkPhotos, retakeAdvice } from './index';

/** Draws a grey image on a canvas and encodes it, as a camera app would hand over a file. */
async function photo(image: GreyImage, type = 'image/png'): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2d context');
  const data = context.createImageData(image.width, image.height);
  for (let i = 0; i < image.luma.length; i++) {
    const v = image.luma[i] as number;
    data.data.set([v, v, v, 255], i * 4);
  }
  context.putImageData(data, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      type,
      0.92,
    ),
  );
}

/** A page of real canvas text, drawn at phone-photo size. */
async function textPhoto(shiftX = 0): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = 2000;
  canvas.height = 1500;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2d context');
  context.fillStyle = 'rgb(80,80,80)';
  context.fillRect(0, 0, 2000, 1500);
  context.fillStyle = 'rgb(228,228,228)';
  context.fillRect(300 + shiftX, 120, 1400, 1260);
  context.fillStyle = 'rgb(25,25,25)';
  context.font = '44px sans-serif';
  for (let line = 0; line < 14; line++) {
    context.fillText(
      `Rx ${line + 1}: Amoxicillin 500 mg, 1 capsule 3x daily`,
      380 + shiftX,
      220 + line * 80,
    );
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      'image/jpeg',
      0.9,
    ),
  );
}

const codesOf = async (blob: Blob) => {
  const check = await checkPhoto(blob);
  return check.status === 'unreadable'
    ? ['unreadable']
    : check.report.issues.map((issue) => issue.code);
};

describe('checkPhoto in Chromium', () => {
  const sharp = syntheticDocument();

  it('accepts a sharp page and a photo of real text, in PNG and JPEG', async () => {
    expect(await codesOf(await photo(sharp))).toEqual([]);
    expect(await codesOf(await photo(sharp, 'image/jpeg'))).toEqual([]);
    const check = await checkPhoto(await textPhoto());
    expect(check.status).toBe('acceptable');
    // Size is judged on the original photo, not the canvas copy.
    if (check.status !== 'unreadable') expect(check.report.measurements.width).toBe(2000);
  });

  it('names each problem of a bad photo', async () => {
    expect(await codesOf(await photo(boxBlur(sharp, 5)))).toEqual(['blurry']);
    expect(await codesOf(await photo(adjustExposure(sharp, 0.3)))).toEqual(['too_dark']);
    expect(await codesOf(await photo(adjustExposure(sharp, 1, 90)))).toEqual(['too_bright']);
    expect(await codesOf(await photo(downscale(sharp, 400)))).toEqual(['too_small']);
    expect(await codesOf(await photo(syntheticDocument({ pageX: 0.5 })))).toEqual(['cut_off']);
    expect(await codesOf(await textPhoto(900))).toEqual(['cut_off']);
  });

  it('answers unreadable for a file that is not an image', async () => {
    expect(await codesOf(new Blob(['%PDF-1.7 not a photo'], { type: 'application/pdf' }))).toEqual([
      'unreadable',
    ]);
  });

  it('checks several photos in order', async () => {
    const files = [await photo(sharp), await photo(adjustExposure(sharp, 0.3)), new Blob(['x'])];
    const checks = await checkPhotos(files);
    expect(checks.map((check) => check.status)).toEqual(['acceptable', 'retake', 'unreadable']);
    expect(checks[1]?.file).toBe(files[1]);
  });
});

describe('retakeAdvice', () => {
  it('gives the specific advice per code in both locales', () => {
    const issues = [{ code: 'cut_off' as const }, { code: 'too_dark' as const }];
    expect(retakeAdvice(issues, 'en').map((entry) => entry.code)).toEqual(['cut_off', 'too_dark']);
    expect(retakeAdvice(issues, 'en')[0]?.advice).toMatch(/four edges/);
    expect(retakeAdvice(issues, 'zh-CN')[1]?.advice).toMatch(/灯/);
  });
});
