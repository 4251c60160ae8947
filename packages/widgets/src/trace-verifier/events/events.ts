import type { TraceCodeErrorCode } from '@apotheca/trace';
import type { TraceStatus } from '../api/trace-api';
import type { ScanSource } from '../code/parse-code';

/** Detail of `apotheca-scan`: a code was read or typed and checked offline. */
export interface ApothecaScanDetail {
  source: ScanSource;
  /** Whether the offline parser accepted it (a rejected code is never sent to the API). */
  valid: boolean;
  /** `gs1`, `digital-link` or `china`, when valid. */
  format?: string;
  /** GTIN (AI 01), when the code has one. */
  gtin?: string;
  /** The parser's error code, when invalid. */
  errorCode?: TraceCodeErrorCode;
}

/** Detail of `apotheca-verified`: ids and the outcome, never product text. */
export interface ApothecaVerifiedDetail {
  verificationId: string;
  status: TraceStatus;
  dispensable: boolean;
  packId: string | null;
  productId: string | null;
}

/** Detail of `apotheca-dispensed`. */
export interface ApothecaDispensedDetail {
  dispensationId: string;
  verificationId: string;
  packId: string;
  productId: string;
  locationId: string;
  /** Until when the dispense can be undone (RFC 3339). */
  reversibleUntil: string;
}

declare global {
  interface HTMLElementEventMap {
    'apotheca-scan': CustomEvent<ApothecaScanDetail>;
    'apotheca-verified': CustomEvent<ApothecaVerifiedDetail>;
    'apotheca-dispensed': CustomEvent<ApothecaDispensedDetail>;
  }
}
