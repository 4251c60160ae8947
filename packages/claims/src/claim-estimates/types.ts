import type { Schema } from '@apotheca/api-spec';

/** What `claimEstimates.create` takes: a draft claim (fields may still be missing). */
export type ClaimEstimateCreateParams = Schema<'ClaimEstimateCreate'>;
/** An instant estimate: benefit and patient share per line and in total, and the draft's issues. */
export type ClaimEstimate = Schema<'ClaimEstimate'>;
