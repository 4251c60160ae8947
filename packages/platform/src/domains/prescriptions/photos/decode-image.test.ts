import { readFileSync } from 'node:fs';
import { analyzePhoto, boxBlur, syntheticDocument } from '@apotheca/domain/photo-quality';
import { describe, expect, it } from 'vitest';
import { decodeImage, sniffImageFormat } from './decode-image';
import { ImageDecodeError } from './image-errors';
import { encodeGreyPng } from './png';

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(new URL(`../../../../test/fixtures/photos/${name}.jpg`, import.meta.url)),
  );

const codes = async (bytes: Uint8Array) =>
  analyzePhoto((await decodeImage(bytes)).image).issues.map((issue) => issue.code);

describe('decodeImage: PNG', () => {
  it('round-trips grey pixels exactly', async () => {
    const image = syntheticDocument({ width: 640, height: 480 });
    const { format, image: decoded } = await decodeImage(await encodeGreyPng(image));
    expect(format).toBe('image/png');
    expect(decoded.width).toBe(640);
    expect(Buffer.from(decoded.luma).equals(Buffer.from(image.luma))).toBe(true);
  });

  it('refuses a corrupt PNG as undecodable', async () => {
    const png = await encodeGreyPng(syntheticDocument({ width: 640, height: 480 }));
    const broken = png.slice(0, png.length - 40);
    await expect(decodeImage(broken)).rejects.toMatchObject({ code: 'image_undecodable' });
  });
});

describe('decodeImage: baseline JPEG (Chromium-encoded, 4:2:0)', () => {
  it('decodes luma close to what was drawn', async () => {
    const { format, image } = await decodeImage(fixture('sharp'));
    expect(format).toBe('image/jpeg');
    expect([image.width, image.height]).toEqual([800, 600]);
    // Background rgb(92,80,70) ≈ luma 82; blank paper rgb(236,234,228) ≈ 234.
    expect(Math.abs((image.luma[10 * 800 + 10] as number) - 82)).toBeLessThanOrEqual(4);
    expect(Math.abs((image.luma[50 * 800 + 400] as number) - 234)).toBeLessThanOrEqual(4);
  });

  it('gives the same verdicts as the photo check expects', async () => {
    expect(await codes(fixture('sharp'))).toEqual([]);
    expect(await codes(fixture('blurry'))).toEqual(['blurry']);
    expect(await codes(fixture('dark'))).toContain('too_dark');
    expect(await codes(fixture('cut_off'))).toEqual(['cut_off']);
    expect(await codes(fixture('small'))).toContain('too_small');
  });

  it('refuses progressive JPEG as unsupported and truncated JPEG as undecodable', async () => {
    const progressive = Uint8Array.from([
      0xff, 0xd8, 0xff, 0xc2, 0x00, 0x0b, 8, 0, 16, 0, 16, 1, 1, 0x11, 0, 0xff, 0xd9,
    ]);
    await expect(decodeImage(progressive)).rejects.toMatchObject({
      code: 'unsupported_image_format',
    });
    await expect(decodeImage(fixture('sharp').slice(0, 300))).rejects.toBeInstanceOf(
      ImageDecodeError,
    );
  });
});

describe('sniffImageFormat', () => {
  it('knows PNG and JPEG by their leading bytes only', async () => {
    expect(
      sniffImageFormat(await encodeGreyPng(boxBlur(syntheticDocument({ width: 8, height: 8 }), 1))),
    ).toBe('image/png');
    expect(sniffImageFormat(fixture('sharp'))).toBe('image/jpeg');
    expect(sniffImageFormat(new TextEncoder().encode('GIF89a'))).toBeNull();
    await expect(decodeImage(new TextEncoder().encode('%PDF-1.7'))).rejects.toMatchObject({
      code: 'unsupported_image_format',
    });
  });
});
