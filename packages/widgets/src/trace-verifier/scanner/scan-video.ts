import type { DecodedSymbol, Decoder } from './decoder';
import { frameFromVideo } from './image-data';

/** Pause between decode attempts: enough for a steady hand, light on a phone's CPU. */
const INTERVAL_MS = 200;

function abortError(): DOMException {
  return new DOMException('Scanning stopped', 'AbortError');
}

/**
 * Decodes video frames until a symbol is found (resolves with it) or `signal` aborts (rejects
 * with an `AbortError`). A decoder failure rejects with that error.
 */
export function scanVideo(
  video: HTMLVideoElement,
  decoder: Decoder,
  signal: AbortSignal,
): Promise<DecodedSymbol> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    const attempt = async () => {
      try {
        const frame = frameFromVideo(video);
        const found = frame ? await decoder.decode(frame) : undefined;
        if (signal.aborted) return;
        if (found) {
          signal.removeEventListener('abort', onAbort);
          resolve(found);
          return;
        }
        timer = setTimeout(attempt, INTERVAL_MS);
      } catch (error) {
        signal.removeEventListener('abort', onAbort);
        if (!signal.aborted) reject(error);
      }
    };
    timer = setTimeout(attempt, 0);
  });
}
