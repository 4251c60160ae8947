import type { GreyImage } from '@apotheca/domain/photo-quality';
import { unsupported } from './image-errors';
import { decodeJpeg } from './jpeg';
import { decodePng, PNG_SIGNATURE } from './png';

/** The image formats the sandbox decodes, by their leading bytes. */
export type ImageFormat = 'image/png' | 'image/jpeg';

export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Decodes a PNG or baseline JPEG to grey pixels; throws an `ImageDecodeError` otherwise. */
export async function decodeImage(
  bytes: Uint8Array,
): Promise<{ format: ImageFormat; image: GreyImage }> {
  const format = sniffImageFormat(bytes);
  if (format === null) throw unsupported('The file is neither a PNG nor a JPEG photo.');
  const image = format === 'image/png' ? await decodePng(bytes) : await decodeJpeg(bytes);
  return { format, image };
}
