/**
 * On-device helpers with no SDK: the bundled ICD-10 table of `@apotheca/domain/claims` (the
 * contract has no ICD-10 lookup endpoint; ADR 0024) and the platform's photo quality check.
 * Their own chunk, prefetched with the SDK kit.
 */
export { searchIcd10 } from '@apotheca/domain/claims';
export { checkPhoto, retakeAdvice } from '../../platform/photo-quality/index';
