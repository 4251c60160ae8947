import type { SeedContext } from '../types';
import type { ClaimsReference } from './reference';
import { CLAIMS_POLICIES, type PolicyDoc } from './store';

/** Writes the seeded policies with their starting amounts (docs/testing/sandbox.md, "Claims"). */
export function seedClaims(ref: ClaimsReference, { tx }: SeedContext): void {
  const policies = tx.collection<PolicyDoc>(CLAIMS_POLICIES);
  for (const terms of ref.policies) {
    policies.put({ ...terms, excluded_categories: [...terms.excluded_categories] });
  }
}
