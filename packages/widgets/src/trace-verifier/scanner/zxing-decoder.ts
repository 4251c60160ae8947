import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { Decoder } from './decoder';

/** GS1 symbology identifiers: kept in front of the text, as a hardware scanner sends them. */
const GS1_IDENTIFIERS = new Set([']d2', ']Q3', ']C1', ']e0']);

/**
 * zxing-wasm reader. Its default fetches the wasm from a CDN; we always point it at our own copy,
 * shipped next to this module, so strict-CSP pages and offline kiosks work. Takes the override
 * as a parameter (no import back into the main bundle, which would split out a shared chunk).
 */
export async function createZxingDecoder(wasmUrlOverride?: string): Promise<Decoder> {
  const wasmUrl = wasmUrlOverride ?? new URL('./zxing_reader.wasm', import.meta.url).href;
  // Instantiate now, so a wasm that cannot load fails here (and a retry starts afresh).
  await prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) =>
        path.endsWith('.wasm') ? wasmUrl : prefix + path,
    },
    fireImmediately: true,
  });
  return {
    kind: 'zxing',
    async decode(image) {
      const results = await readBarcodes(image, {
        formats: ['DataMatrix', 'QRCode'],
        tryHarder: true,
        textMode: 'Plain',
        maxNumberOfSymbols: 1,
      });
      const found = results.find((result) => result.isValid && result.text !== '');
      if (!found) return undefined;
      const prefix = GS1_IDENTIFIERS.has(found.symbologyIdentifier)
        ? found.symbologyIdentifier
        : '';
      return {
        text: prefix + found.text,
        format: found.format === 'QRCode' ? 'qr_code' : 'data_matrix',
      };
    },
  };
}
