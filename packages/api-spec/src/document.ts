/**
 * The parsed contract as a typed constant, for validators and tooling.
 *
 * @example
 * ```ts
 * import { openapiDocument } from '@apotheca/api-spec/document';
 * console.log(Object.keys(openapiDocument.paths));
 * ```
 */
export { openapiDocument } from '../generated/openapi';
