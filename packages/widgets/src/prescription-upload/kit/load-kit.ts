import { lazyChunk } from '../../platform/controllers/lazy-chunk';

/** The upload's SDK chunk (see `upload-kit.ts`), loaded once on demand. */
export const uploadKit = lazyChunk(() => import('./upload-kit'));
/** The on-device photo check (see `photo-kit.ts`), loaded once on demand. */
export const photoKit = lazyChunk(() => import('./photo-kit'));
