import type { Schema } from '@apotheca/api-spec';

/** What `coverageChecks.create` takes: `patient_id`, `policy_id`, `service_date`, `provider?`, `items?`. */
export type CoverageCheckCreateParams = Schema<'CoverageCheckCreate'>;
/** A policy's coverage on a date: active, deductible left, co-insurance, limits, categories, network. */
export type CoverageCheck = Schema<'CoverageCheck'>;
/** One item of a coverage check: its category and whether it is covered. */
export type CoverageItem = Schema<'CoverageItem'>;
/** A hospital's status in the policy's network. */
export type NetworkStatus = Schema<'NetworkStatus'>;
