/**
 * Everything that needs the SDK (`@apotheca/core`, `@apotheca/trace` with its offline parser),
 * in one chunk the verifier loads when the person first reaches for it (focus, pointer, camera,
 * upload) or when the page is idle, so the SDK never delays the portal's first render.
 */

export { newIdempotencyKey } from '@apotheca/core';
export { createSdkTraceApi } from '../api/sdk-trace-api';
export { checkCode } from '../code/parse-code';
