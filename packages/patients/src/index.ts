/**
 * `@apotheca/patients`: create, retrieve, update and list patients.
 *
 * @example
 * ```ts
 * import { ApothecaClient } from '@apotheca/core';
 * import { patients } from '@apotheca/patients';
 *
 * const client = new ApothecaClient({ apiKey: 'sk_test_apotheca_sandbox', baseUrl: 'http://localhost:4010' });
 * const patient = await patients(client).retrieve('pat_test_davidchen');
 * ```
 *
 * @packageDocumentation
 */
export {
  type Patient,
  type PatientCreateParams,
  type PatientListParams,
  type PatientsResource,
  type PatientUpdateParams,
  patients,
} from './patients/patients';
