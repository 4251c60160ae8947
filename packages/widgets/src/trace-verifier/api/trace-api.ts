import type { TraceResource } from '@apotheca/trace';

export type {
  Dispensation,
  TraceContext,
  TraceStatus,
  TraceVerification,
} from '@apotheca/trace';

/**
 * The verifier's API surface: exactly the part of `@apotheca/trace` it calls. Tests drive the
 * real resource against `@apotheca/mock`; a page may wrap the client through `clientOptions`.
 */
export type TraceApi = Pick<TraceResource, 'verifications' | 'dispensations'>;
