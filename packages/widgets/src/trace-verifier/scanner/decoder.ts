/** The two symbologies medicine packs carry. */
export type SymbolFormat = 'data_matrix' | 'qr_code';

/** One decoded symbol: its text as a scanner would send it (GS1 symbology identifier included). */
export interface DecodedSymbol {
  text: string;
  format: SymbolFormat;
}

/** Reads DataMatrix and QR symbols from pixels. */
export interface Decoder {
  readonly kind: 'native' | 'zxing';
  decode(image: ImageData): Promise<DecodedSymbol | undefined>;
}

/** Decoder settings for the whole page. */
export interface DecoderOptions {
  /**
   * Where `zxing_reader.wasm` is served. Default: next to this module
   * (`new URL('./zxing_reader.wasm', import.meta.url)`), which is where the package ships it.
   */
  wasmUrl?: string;
  /** `auto` (default) uses the browser's `BarcodeDetector` when it reads both formats. */
  prefer?: 'auto' | 'zxing';
}

interface NativeDetector {
  detect(image: ImageData): Promise<Array<{ rawValue: string; format: string }>>;
}
interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats(): Promise<string[]>;
}

/** The decoder could not load (e.g. its wasm was not served). */
export class DecoderError extends Error {
  override name = 'DecoderError';
  readonly code = 'decoder_unavailable';
}

const FORMATS: SymbolFormat[] = ['data_matrix', 'qr_code'];
let options: DecoderOptions = {};
let pending: Promise<Decoder> | undefined;

/**
 * Configures barcode decoding for every verifier on the page; call before the first scan.
 *
 * @example
 * ```ts
 * configureDecoder({ wasmUrl: '/static/apotheca/zxing_reader.wasm' });
 * ```
 */
export function configureDecoder(next: DecoderOptions): void {
  options = { ...options, ...next };
  pending = undefined;
}

async function nativeDetector(): Promise<NativeDetectorClass | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (!Detector || options.prefer === 'zxing') return undefined;
  try {
    const supported = await Detector.getSupportedFormats();
    return FORMATS.every((format) => supported.includes(format)) ? Detector : undefined;
  } catch {
    return undefined;
  }
}

async function createDecoder(): Promise<Decoder> {
  const Detector = await nativeDetector();
  if (Detector) {
    const detector = new Detector({ formats: FORMATS });
    return {
      kind: 'native',
      async decode(image) {
        const [found] = await detector.detect(image);
        return found ? { text: found.rawValue, format: found.format as SymbolFormat } : undefined;
      },
    };
  }
  // The only path to the zxing glue and its wasm: loaded when a scan first needs it.
  try {
    const { createZxingDecoder } = await import('./zxing-decoder');
    return await createZxingDecoder(options.wasmUrl);
  } catch (error) {
    throw new DecoderError('The barcode decoder could not load', { cause: error });
  }
}

/**
 * The page's decoder: native `BarcodeDetector` where it reads DataMatrix and QR, otherwise
 * zxing-wasm, loaded on first use.
 */
export function loadDecoder(): Promise<Decoder> {
  pending ??= createDecoder().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
