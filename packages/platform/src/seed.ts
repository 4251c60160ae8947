/**
 * The platform's deterministic seed data alone, without the engine (no Ajv, no contract): what
 * test kits, docs and demos need to name seeded things. Documented in `docs/testing/sandbox.md`
 * and `docs/testing/trace-codes.md`.
 *
 * @example
 * ```ts
 * import { SEEDED_PACKS, SEEDED_PATIENTS } from '@apotheca/platform/seed';
 * const wangfang = SEEDED_PATIENTS.find((p) => p.id === 'pat_test_wangfang');
 * const genuine = SEEDED_PACKS.find((p) => p.id === 'pack_atv0001');
 * ```
 */
import { pharmacies } from './domains/trace/registry/actors';
import { packs } from './domains/trace/registry/packs';
import { products } from './domains/trace/registry/products';
import type { PackRecord, ProductRecord } from './domains/trace/types';

export {
  ALL_SCOPES,
  type OAuthClientConfig,
  type RateLimitConfig,
  SEEDED_OAUTH_CLIENTS,
  SEEDED_SECRET_KEYS,
  type SecretKeyConfig,
} from './auth/seeded-credentials';
export { SEEDED_PATIENTS } from './domains/patients/seed';
export { DISPENSABLE_SERIALS } from './domains/trace/registry/packs';
export type { PackRecord, ProductRecord, SeedDispensation } from './domains/trace/types';

/** Every seeded pack (immutable records; a pack's changing state lives in storage). */
export const SEEDED_PACKS: readonly PackRecord[] = packs;

/** Every seeded product of the trace registry. */
export const SEEDED_PRODUCTS: readonly ProductRecord[] = Object.values(products);

/** The seeded dispensing locations (`loc_…` ids), e.g. `loc_bjxicheng01`. */
export const SEEDED_LOCATIONS: readonly string[] = Object.values(pharmacies).map(
  (actor) => actor.place.location_id as string,
);
