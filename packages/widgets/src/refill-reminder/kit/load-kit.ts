import { lazyChunk } from '../../platform/controllers/lazy-chunk';

/** The reminder's SDK chunk (see `refill-kit.ts`), loaded once on demand. */
export const refillKit = lazyChunk(() => import('./refill-kit'));
