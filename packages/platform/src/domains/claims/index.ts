/**
 * The claims domain of the sandbox: coverage checks, claim submission (exactly once, duplicates
 * caught), validation with code suggestions, instant estimates and adjudication on the patient's
 * (test) clock in its due work (ADR 0023), over seeded insurers, hospitals and policies (docs/testing/sandbox.md, "Claims").
 */
import type { DomainModule } from '../types';
import { settleDueClaims } from './lifecycle';
import { type ClaimsReference, seededClaimsReference } from './reference';
import { claimRoutes } from './routes/claims';
import { coverageRoutes } from './routes/coverage';
import { seedClaims } from './seed';

/** Options of {@link createClaimsDomain}. */
export interface ClaimsDomainOptions {
  /** Insurers, hospitals and policies (default: the seeded ones). */
  reference?: ClaimsReference;
}

/** The claims domain module over its own reference data. */
export function createClaimsDomain(options: ClaimsDomainOptions = {}): DomainModule {
  const reference = options.reference ?? seededClaimsReference();
  return {
    name: 'claims',
    routes: [...coverageRoutes(reference), ...claimRoutes(reference)],
    seed: (ctx) => seedClaims(reference, ctx),
    // Adjudication and payout happen when they are due, on a test clock or the host's runner.
    dueWork: ({ tx, now, emit }) => {
      settleDueClaims(tx, now, emit);
    },
  };
}

export { type ClaimsReference, seededClaimsReference } from './reference';
