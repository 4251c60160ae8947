type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function context(width: number, height: number): Canvas2D {
  const canvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(width, height)
      : Object.assign(document.createElement('canvas'), { width, height });
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as Canvas2D | null;
  if (!ctx) throw new Error('2D canvas unavailable');
  return ctx;
}

function fit(width: number, height: number, maxSide: number): [number, number] {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
}

/** The current video frame as pixels, or `undefined` before the first frame arrives. */
export function frameFromVideo(video: HTMLVideoElement, maxSide = 1280): ImageData | undefined {
  if (video.readyState < 2 || video.videoWidth === 0) return undefined;
  const [width, height] = fit(video.videoWidth, video.videoHeight, maxSide);
  const ctx = context(width, height);
  ctx.drawImage(video, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height);
}

/**
 * Decodes a photo with the browser's own image decoder (any format it knows, EXIF rotation
 * applied) and scales it down: phone photos are far larger than a pack code needs.
 * Rejects when the file is not an image.
 */
export async function imageDataFromFile(file: Blob, maxSide = 2048): Promise<ImageData> {
  const bitmap = await createImageBitmap(file);
  try {
    const [width, height] = fit(bitmap.width, bitmap.height, maxSide);
    const ctx = context(width, height);
    ctx.drawImage(bitmap, 0, 0, width, height);
    return ctx.getImageData(0, 0, width, height);
  } finally {
    bitmap.close();
  }
}
