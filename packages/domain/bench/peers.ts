/**
 * Adapters for the npm parsers we compare against: gs1-barcode-parser-mod and bark-js. Both are
 * CommonJS without types; they throw on input they cannot parse.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Gs1ModItem {
  ai: string;
  raw: string;
  isoDate: string;
}
interface Gs1ModResult {
  codeName: string;
  parsedCodeItems: Gs1ModItem[];
}
interface BarkElement {
  ai: string;
  raw: string;
  value: string;
}
interface BarkResult {
  symbology: string;
  elements: BarkElement[];
}

const gs1mod = require('gs1-barcode-parser-mod') as { parseBarcode(s: string): Gs1ModResult };
const bark = require('bark-js') as (s: string) => BarkResult;

/** A peer's parse in a common shape: AI pairs, ISO dates by AI and the symbology identifier. */
export interface PeerParse {
  ais: [string, string][];
  dates: Record<string, string>;
  symbology?: string;
}

const SYMBOLOGY: Record<string, string> = {
  'GS1-128': ']C1',
  'GS1 DataBar': ']e0',
  'GS1 DataMatrix': ']d2',
  'GS1 QR Code': ']Q3',
};

export const PEERS: Record<
  string,
  { raw: (s: string) => unknown; parse: (s: string) => PeerParse }
> = {
  'gs1-barcode-parser-mod': {
    raw: (s) => gs1mod.parseBarcode(s),
    parse: (s) => {
      const r = gs1mod.parseBarcode(s);
      const dates: Record<string, string> = {};
      for (const i of r.parsedCodeItems) if (i.isoDate) dates[i.ai] = i.isoDate;
      return {
        ais: r.parsedCodeItems.map((i) => [i.ai, i.raw]),
        dates,
        symbology: SYMBOLOGY[r.codeName],
      };
    },
  },
  'bark-js': {
    raw: (s) => bark(s),
    parse: (s) => {
      const r = bark(s);
      const dates: Record<string, string> = {};
      for (const e of r.elements)
        if (/^\d{4}-\d\d-\d\d$/.test(String(e.value))) dates[e.ai] = String(e.value);
      return {
        ais: r.elements.map((e) => [e.ai, e.raw.endsWith('\x1d') ? e.raw.slice(0, -1) : e.raw]),
        dates,
        symbology: SYMBOLOGY[r.symbology],
      };
    },
  },
};
