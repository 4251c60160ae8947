/**
 * The Apotheca API contract.
 *
 * @example
 * ```ts
 * import type { components } from '@apotheca/api-spec';
 * type Patient = components['schemas']['Patient'];
 * ```
 */
export type { components, operations, paths, webhooks } from '../generated/schema';
export { openapiDocument } from '../generated/openapi';

/** The API version this contract describes; sent as `Apotheca-Version`. */
export const API_VERSION = '2026-11-01';

import type { components } from '../generated/schema';
/** Shorthand for a schema of the contract: `Schema<'Patient'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
