/**
 * Everything that needs the SDK (`@apotheca/core`, `@apotheca/consultations`, the patient read),
 * in one chunk loaded on first contact or when the page is idle.
 */
import { consultations } from '@apotheca/consultations';
import { ApothecaClient } from '@apotheca/core';
import { patients } from '@apotheca/patients';
import type { ApiFactory } from '../../platform/controllers/api-controller';
import type { SymptomApi } from '../api/symptom-api';

/** The checker's calls through the SDK: typed errors, retries, session refresh in core. */
export const createSymptomApi: ApiFactory<SymptomApi> = (options) => {
  const client = new ApothecaClient(options);
  const api = consultations(client);
  return {
    triage: api.triage,
    doctors: api.doctors,
    consultations: api,
    patients: patients(client),
  };
};
export { newIdempotencyKey } from '@apotheca/core';
