import { openapiDocument } from '@apotheca/api-spec/document';
import type { Scope } from '../domains/types';

/** The sandbox's one partner account. */
export const SANDBOX_ACCOUNT_ID = 'acct_test_sandbox';

/** Every scope of the contract (the `Scope` schema's enum), in contract order. */
export const ALL_SCOPES: readonly Scope[] = openapiDocument.components.schemas.Scope.enum;

/** A token-bucket configuration. */
export interface RateLimitConfig {
  /** Burst size: requests allowed at once. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

/** A secret key the sandbox accepts. */
export interface SecretKeyConfig {
  key: string;
  /** Stable id used for rate-limit buckets and logs (never the key itself). */
  id: string;
  /** Overrides the platform's rate limit for this key (even when rate limiting is off). */
  rateLimit?: RateLimitConfig;
}

/** An OAuth client (client-credentials grant). */
export interface OAuthClientConfig {
  clientId: string;
  clientSecret: string;
  scopes: readonly Scope[];
}

/** The seeded secret keys, documented in docs/testing/sandbox.md. */
export const SEEDED_SECRET_KEYS: readonly SecretKeyConfig[] = [
  { key: 'sk_test_apotheca_sandbox', id: 'key_test_sandbox' },
  // Tiny on purpose: a way to see 429 + Retry-After without a load generator.
  {
    key: 'sk_test_apotheca_limited',
    id: 'key_test_limited',
    rateLimit: { capacity: 5, refillPerSecond: 1 },
  },
  // A doctor's credential: the only kind that can sign prescriptions (prescriptions domain).
  { key: 'sk_test_doctor_wangjian', id: 'key_test_doctor_wangjian' },
];

/** The seeded OAuth clients, documented in docs/testing/sandbox.md. */
export const SEEDED_OAUTH_CLIENTS: readonly OAuthClientConfig[] = [
  { clientId: 'client_test_insurer', clientSecret: 'cs_test_insurer_secret', scopes: ALL_SCOPES },
  // The international insurer of the claims domain (ins_test_meridian): its claims and coverage only.
  {
    clientId: 'client_test_insurer_global',
    clientSecret: 'cs_test_insurer_global_secret',
    scopes: ['claims:read', 'claims:write', 'coverage:read'],
  },
];

/** OAuth access tokens live one hour. */
export const OAUTH_TOKEN_TTL_SECONDS = 3600;
