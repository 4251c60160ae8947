/**
 * Everything that needs the SDK (`@apotheca/core`, `@apotheca/trace` with its offline parser),
 * in one chunk the verifier loads when the person first reaches for it (focus, pointer, camera,
 * upload) or when the page is idle, so the SDK never delays the portal's first render.
 */
import { ApothecaClient } from '@apotheca/core';
import { trace } from '@apotheca/trace';
import type { ApiFactory } from '../../platform/controllers/api-controller';
import type { TraceApi } from '../api/trace-api';

export { newIdempotencyKey } from '@apotheca/core';
export { checkCode } from '../code/parse-code';

/** The verifier's calls through the SDK: typed errors, retries, session refresh in core. */
export const createTraceApi: ApiFactory<TraceApi> = (options) => trace(new ApothecaClient(options));
