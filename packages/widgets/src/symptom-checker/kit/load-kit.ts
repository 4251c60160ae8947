import { lazyChunk } from '../../platform/controllers/lazy-chunk';

/** The checker's SDK chunk (see `symptom-kit.ts`), loaded once on demand. */
export const symptomKit = lazyChunk(() => import('./symptom-kit'));
/** The offline red-flag screen (see `red-flag-kit.ts`), loaded once on demand. */
export const redFlagKit = lazyChunk(() => import('./red-flag-kit'));
