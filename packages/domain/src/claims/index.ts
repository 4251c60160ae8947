/**
 * Claims logic with no I/O: adjudication in integer minor units (deductible, co-pay and
 * co-insurance, annual limits, largest-remainder splits), a compact bilingual ICD-10 table with
 * close-match suggestions, service and medication item codes (medication codes come from
 * `@apotheca/domain/medications`), claim validation with stable issue codes, and bilingual
 * explanations of denials.
 *
 * @example
 * ```ts
 * import { adjudicate, validateClaimDraft } from '@apotheca/domain/claims';
 * const issues = validateClaimDraft(draft, { today: '2026-11-20' });
 * ```
 */
export {
  type Adjudication,
  type AdjudicationInput,
  type AdjudicationLineInput,
  adjudicate,
  adjudicationViolations,
  type BenefitTerms,
  totalsOf,
} from './adjudicate';
export {
  categoryName,
  explainOutcome,
  explainReason,
  formatMoney,
  type ReasonDetails,
} from './explain';
export { getIcd10, listIcd10, searchIcd10, suggestIcd10 } from './icd10';
export {
  type ItemCodeResolution,
  listServiceCodes,
  MEDICATION_RECODING_DATE,
  resolveItemCode,
  type ServiceCode,
} from './items';
export { percentOf, splitLargestRemainder } from './money';
export * from './types';
export {
  blocksSubmission,
  type ClaimDraft,
  type ValidationContext,
  validateClaimDraft,
} from './validate';
