/** A grey image: one luma byte (0 = black, 255 = white) per pixel, row-major. */
export interface GreyImage {
  readonly width: number;
  readonly height: number;
  readonly luma: Uint8Array | Uint8ClampedArray;
}

/**
 * Rec. 601 luma from interleaved RGBA (what a canvas `ImageData` holds). Alpha is ignored:
 * camera photos are opaque.
 *
 * @example
 * const grey = lumaFromRgba(ctx.getImageData(0, 0, w, h).data, w, h);
 */
export function lumaFromRgba(rgba: ArrayLike<number>, width: number, height: number): GreyImage {
  return lumaFromInterleaved(rgba, width, height, 4);
}

/** Luma from interleaved pixels with `channels` bytes each (1 grey, 2 grey+alpha, 3 RGB, 4 RGBA). */
export function lumaFromInterleaved(
  pixels: ArrayLike<number>,
  width: number,
  height: number,
  channels: 1 | 2 | 3 | 4,
): GreyImage {
  const n = width * height;
  if (pixels.length < n * channels)
    throw new RangeError('pixel buffer shorter than width × height');
  const luma = new Uint8Array(n);
  if (channels <= 2) {
    for (let i = 0; i < n; i++) luma[i] = pixels[i * channels] as number;
  } else {
    for (let i = 0, p = 0; i < n; i++, p += channels) {
      // Integer weights 77/150/29 ≈ 0.299/0.587/0.114, sum 256.
      luma[i] =
        (77 * (pixels[p] as number) +
          150 * (pixels[p + 1] as number) +
          29 * (pixels[p + 2] as number)) >>
        8;
    }
  }
  return { width, height, luma };
}

/**
 * Box-average downscale so the long side is at most `maxSide` (never upscales). Measuring on a
 * fixed working size makes the blur and edge figures comparable between a 12 MP phone photo
 * and a small one.
 */
export function downscale(image: GreyImage, maxSide: number): GreyImage {
  const { width, height, luma } = image;
  const scale = Math.max(width, height) / maxSide;
  if (scale <= 1) return image;
  const w = Math.max(1, Math.round(width / scale));
  const h = Math.max(1, Math.round(height / scale));
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const y0 = Math.floor((y * height) / h);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * height) / h));
    for (let x = 0; x < w; x++) {
      const x0 = Math.floor((x * width) / w);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * width) / w));
      let sum = 0;
      for (let yy = y0; yy < y1; yy++) {
        const row = yy * width;
        for (let xx = x0; xx < x1; xx++) sum += luma[row + xx] as number;
      }
      out[y * w + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
    }
  }
  return { width: w, height: h, luma: out };
}
