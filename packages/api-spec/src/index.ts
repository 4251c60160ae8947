/**
 * The Apotheca API contract: types generated from `openapi.yaml`.
 * The parsed document itself is in `@apotheca/api-spec/document`.
 *
 * @example
 * ```ts
 * import type { Schema } from '@apotheca/api-spec';
 * type Patient = Schema<'Patient'>;
 * ```
 */
import type { components } from '../generated/schema';

export type { components, operations, paths, webhooks } from '../generated/schema';
/**
 * Keys whose values clients never log, as the contract marks them (`x-sensitive: true`).
 *
 * @example
 * ```ts
 * import { SENSITIVE_FIELDS } from '@apotheca/api-spec';
 * SENSITIVE_FIELDS.includes('allergies'); // true
 * ```
 */
export { SENSITIVE_FIELDS } from '../generated/sensitive';

/** The API version this contract describes; sent as `Apotheca-Version`. */
export const API_VERSION = '2026-11-01';

/** Shorthand for a schema of the contract: `Schema<'Patient'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
