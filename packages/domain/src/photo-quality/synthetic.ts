import type { GreyImage } from './luma';

/** Options for {@link syntheticDocument}. */
export interface SyntheticDocumentOptions {
  readonly width?: number;
  readonly height?: number;
  /** Where the page's top-left corner sits, as a share of the frame (0.5 = half out of frame). */
  readonly pageX?: number;
  readonly pageY?: number;
  /** Page size as a share of the frame. */
  readonly pageWidth?: number;
  readonly pageHeight?: number;
  readonly seed?: number;
}

/**
 * A deterministic grey "photo" of a printed page on a desk: darker, lightly noisy background,
 * a white page, and lines of glyph-like ink strokes. For tests and sandbox demos, so the check
 * can be exercised without binary fixtures.
 *
 * @example
 * const sharp = syntheticDocument();
 * const cut = syntheticDocument({ pageX: 0.5 });
 */
export function syntheticDocument(options: SyntheticDocumentOptions = {}): GreyImage {
  const width = options.width ?? 1024;
  const height = options.height ?? 768;
  let state = (options.seed ?? 7) >>> 0 || 1;
  const random = (): number => {
    // xorshift32: deterministic, no dependency.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  const luma = new Uint8Array(width * height);
  for (let i = 0; i < luma.length; i++) luma[i] = 78 + Math.floor(random() * 8);
  const px = Math.round((options.pageX ?? 0.12) * width);
  const py = Math.round((options.pageY ?? 0.08) * height);
  const pw = Math.round((options.pageWidth ?? 0.76) * width);
  const ph = Math.round((options.pageHeight ?? 0.84) * height);
  const fill = (x0: number, y0: number, w: number, h: number, value: number): void => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) luma[y * width + x] = value;
    }
  };
  fill(px, py, pw, ph, 226);
  const margin = Math.round(pw * 0.08);
  const lineHeight = Math.max(12, Math.round(height / 24));
  const stroke = Math.max(2, Math.round(width / 256));
  for (let y = py + margin; y + lineHeight < py + ph - margin; y += Math.round(lineHeight * 1.6)) {
    let x = px + margin;
    while (x < px + pw - margin - lineHeight) {
      // A glyph: a few vertical and horizontal strokes inside a cell.
      const cell = Math.round(lineHeight * (0.5 + random() * 0.4));
      fill(x, y, stroke, lineHeight, 30);
      if (random() < 0.7)
        fill(x, y + Math.round(random() * (lineHeight - stroke)), cell, stroke, 30);
      if (random() < 0.5) fill(x + cell - stroke, y, stroke, lineHeight, 30);
      x += cell + stroke * 2 + (random() < 0.15 ? cell : 0);
    }
  }
  return { width, height, luma };
}

/** Separable box blur with the given radius: what an out-of-focus lens does to text, roughly. */
export function boxBlur(image: GreyImage, radius: number): GreyImage {
  const { width: w, height: h } = image;
  const pass = (src: ArrayLike<number>, horizontal: boolean): Uint8Array => {
    const out = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        let sum = 0;
        let count = 0;
        for (let d = -radius; d <= radius; d++) {
          const xx = horizontal ? x + d : x;
          const yy = horizontal ? y : y + d;
          if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
          sum += src[yy * w + xx] as number;
          count++;
        }
        out[y * w + x] = Math.round(sum / count);
      }
    }
    return out;
  };
  return { width: w, height: h, luma: pass(pass(image.luma, true), false) };
}

/** Maps every pixel through `v → clamp(v × gain + offset)`: under- or overexposure. */
export function adjustExposure(image: GreyImage, gain: number, offset = 0): GreyImage {
  const luma = new Uint8Array(image.luma.length);
  for (let i = 0; i < luma.length; i++) {
    luma[i] = Math.max(0, Math.min(255, Math.round((image.luma[i] as number) * gain + offset)));
  }
  return { width: image.width, height: image.height, luma };
}
