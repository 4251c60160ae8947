import type { TraceCodeError } from './errors';

/** One element: `[ai, value]` with the raw (unconverted) value. */
export type AiPair = [ai: string, value: string];

/** Fields shared by GS1 element strings and GS1 Digital Link URIs. */
export interface Gs1Fields {
  /** Symbology identifier as scanned, e.g. `]d2`, `]Q3`, `]C1`, `]e0`, `]E0`, `]Q1`. */
  symbology?: string;
  /** AI (01), 14 digits. */
  gtin?: string;
  /** AI (00), 18 digits. */
  sscc?: string;
  /** AI (10) batch / lot. */
  lot?: string;
  /** AI (21) serial number. */
  serial?: string;
  /** AI (17) as `YYYY-MM-DD`; a day of `00` is resolved to the last day of the month. */
  expiry?: string;
  /** AI (11) as `YYYY-MM-DD` (DD=00 resolved to the month's last day). */
  productionDate?: string;
  /** AI (15) as `YYYY-MM-DD` (DD=00 resolved to the month's last day). */
  bestBefore?: string;
  /** National healthcare reimbursement numbers, AIs (710)–(717), keyed by AI. */
  nhrn?: Record<string, string>;
  /** Every element in input order with raw values. */
  ais: AiPair[];
}

/** A GS1 element string: scanned (FNC1 as GS) or bracketed human-readable. */
export interface Gs1ElementCode extends Gs1Fields {
  format: 'gs1';
}

/** A GS1 Digital Link URI. */
export interface DigitalLinkCode extends Gs1Fields {
  format: 'digital-link';
  /** The URI as given (without symbology identifier or surrounding whitespace). */
  uri: string;
  /** Scheme, domain and any path stem before the primary key, e.g. `https://id.gs1.org`. */
  base: string;
}

/** China NMPA 20-digit drug trace code (药品追溯码). */
export interface ChinaTraceCode {
  format: 'china';
  symbology?: string;
  /** The 20 digits, separators removed. */
  code: string;
  /** Digits 1–7: the drug identification code (药品标识码). */
  productCode: string;
  /** Digits 8–16: the serial (生产标识 / 单品序号). */
  serial: string;
  /** Digits 17–20: the check code (校验位). */
  checkCode: string;
}

/** A parsed trace code: a GS1 element string, a GS1 Digital Link or a China 20-digit code. */
export type TraceCode = Gs1ElementCode | DigitalLinkCode | ChinaTraceCode;
/** A parsed GS1 code (element string or Digital Link). */
export type Gs1TraceCode = Gs1ElementCode | DigitalLinkCode;

/** What `safeParse` returns: the code, or the error `parse` would have thrown. */
export type SafeParseResult = { ok: true; value: TraceCode } | { ok: false; error: TraceCodeError };

/** Parse options. The defaults are the strict behaviour described in the README. */
export interface ParseOptions {
  /**
   * Accept a zero-suppressed GTIN-8/12/13 in a Digital Link path (`/01/9506000134352`) and pad it
   * to 14 digits. Default `false` (GS1 Digital Link 1.2+ requires 14 digits).
   */
  permitZeroSuppressedGtin?: boolean;
  /**
   * Accept a bare 8/12/13/14-digit GTIN without AI or symbology identifier as AI (01). Default
   * `false`: such input is ambiguous and fails with `bare_gtin`.
   */
  permitBareGtin?: boolean;
  /** Reject China codes printed with spaces or hyphens (`8385793-0000879766660`). Default `false`. */
  strictChinaSeparators?: boolean;
  /**
   * Check AI requirements and exclusions (e.g. (21) needs (01)). Default `true`; turn off when a
   * reader returns one of several barcodes on a pack.
   */
  checkAssociations?: boolean;
}
