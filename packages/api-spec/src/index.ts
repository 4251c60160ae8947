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

/** The API version this contract describes; sent as `Apotheca-Version`. */
export const API_VERSION = '2026-11-01';

/** Shorthand for a schema of the contract: `Schema<'Patient'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
