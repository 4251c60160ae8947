/**
 * Everything that needs the SDK (`@apotheca/core`, `@apotheca/claims`, the medication catalogue
 * of `@apotheca/prescriptions`, file upload), in one chunk loaded on first contact or when idle.
 */
import { claims } from '@apotheca/claims';
import { ApothecaClient } from '@apotheca/core';
import { prescriptions } from '@apotheca/prescriptions';
import type { ApiFactory } from '../../platform/controllers/api-controller';
import type { ClaimApi } from '../api/claim-api';

/** The form's calls through the SDK: typed errors, retries, session refresh in core. */
export const createClaimApi: ApiFactory<ClaimApi> = (options) => {
  const client = new ApothecaClient(options);
  const api = claims(client);
  return {
    claims: api.claims,
    coverageChecks: api.coverageChecks,
    claimEstimates: api.claimEstimates,
    medications: prescriptions(client).medications,
    upload: (file, requestOptions) =>
      client.upload('/v1/files', { file, fields: { purpose: 'claim_attachment' } }, requestOptions),
  };
};
export { newIdempotencyKey } from '@apotheca/core';
