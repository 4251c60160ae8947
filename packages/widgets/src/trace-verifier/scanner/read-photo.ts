import { loadDecoder } from './decoder';
import { imageDataFromFile } from './image-data';

/** What a photo gave: its code's text, or why there is none (with the error to report). */
export type PhotoOutcome =
  | { ok: true; text: string }
  | { ok: false; reason: 'not_an_image' | 'no_code_found' | 'decoder_failed'; error: unknown };

/** Decodes the first DataMatrix or QR code in a photo. Never throws. */
export async function readPhoto(file: Blob): Promise<PhotoOutcome> {
  let image: ImageData;
  try {
    image = await imageDataFromFile(file);
  } catch {
    return {
      ok: false,
      reason: 'not_an_image',
      error: { name: 'DecoderError', code: 'not_an_image' },
    };
  }
  let text: string | undefined;
  try {
    text = (await (await loadDecoder()).decode(image))?.text;
  } catch (error) {
    return { ok: false, reason: 'decoder_failed', error };
  }
  if (!text) {
    return {
      ok: false,
      reason: 'no_code_found',
      error: { name: 'DecoderError', code: 'no_code_found' },
    };
  }
  return { ok: true, text };
}
