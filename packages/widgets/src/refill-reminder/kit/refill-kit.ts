/**
 * Everything that needs the SDK (`@apotheca/core`, `@apotheca/prescriptions`), in one chunk loaded
 * on first contact or when the page is idle.
 */
import { ApothecaClient } from '@apotheca/core';
import { isRefillConflict, prescriptions } from '@apotheca/prescriptions';
import type { ApiFactory } from '../../platform/controllers/api-controller';
import type { RefillApi } from '../api/refill-api';

/** The reminder's calls through the SDK: typed errors, retries, session refresh in core. */
export const createRefillApi: ApiFactory<RefillApi> = (options) => {
  const api = prescriptions(new ApothecaClient(options));
  return {
    prescriptions: api.prescriptions,
    refillRequests: api.refillRequests,
    adherence: api.adherence,
    isRefillConflict,
  };
};
export { newIdempotencyKey } from '@apotheca/core';
