import type { Dispensation, TraceVerification } from '../api/trace-api';
import type { AcceptedCode, RejectedCode, ScanSource } from '../code/parse-code';
import type { ApothecaDispensedDetail, ApothecaScanDetail, ApothecaVerifiedDetail } from './events';

// The event details, built from API objects: ids and outcomes only, never product text. (Kept
// apart from parse-code.ts so the element's first load does not pull in the parser.)
/** The `apotheca-scan` detail for a checked code: ids and the outcome, never the code itself. */
export function scanDetail(
  checked: AcceptedCode | RejectedCode,
  source: ScanSource,
): ApothecaScanDetail {
  const detail: ApothecaScanDetail = { source, valid: checked.ok };
  if (checked.ok) {
    detail.format = checked.format;
    if (checked.gtin) detail.gtin = checked.gtin;
  } else {
    detail.errorCode = checked.code;
  }
  return detail;
}

/** The `apotheca-verified` detail of a verification. */
export function verifiedDetail(verification: TraceVerification): ApothecaVerifiedDetail {
  return {
    verificationId: verification.id,
    status: verification.status,
    dispensable: verification.dispensable,
    packId: verification.pack?.id ?? null,
    productId: verification.product?.id ?? null,
  };
}

/** The `apotheca-dispensed` detail of a dispensation of the verified pack. */
export function dispensedDetail(
  dispensation: Dispensation,
  verificationId: string,
): ApothecaDispensedDetail {
  return {
    dispensationId: dispensation.id,
    verificationId,
    packId: dispensation.pack_id,
    productId: dispensation.product_id,
    locationId: dispensation.location_id,
    reversibleUntil: dispensation.reversible_until,
  };
}
