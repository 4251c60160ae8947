import { lazyChunk } from '../../platform/controllers/lazy-chunk';

/** The form's SDK chunk (see `claim-kit.ts`), loaded once on demand. */
export const claimKit = lazyChunk(() => import('./claim-kit'));
/** ICD-10 search and the photo check (see `lookup-kit.ts`), loaded once on demand. */
export const lookupKit = lazyChunk(() => import('./lookup-kit'));
