import { lazyChunk } from '../../platform/controllers/lazy-chunk';

/** The verifier's SDK chunk (see `verify-kit.ts`), loaded once on demand. */
export const verifyKit = lazyChunk(() => import('./verify-kit'));
