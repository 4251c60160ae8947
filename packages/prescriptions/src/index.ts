/**
 * `@apotheca/prescriptions`: search and read the medication catalogue, and run drug-safety checks.
 *
 * @example
 * ```ts
 * import { ApothecaClient } from '@apotheca/core';
 * import { prescriptions } from '@apotheca/prescriptions';
 *
 * const client = new ApothecaClient({ apiKey: 'sk_test_apotheca_sandbox', baseUrl: 'http://localhost:4010' });
 * const check = await prescriptions(client).safetyChecks.create({ medications: [{ text: '华法林' }, { text: '阿司匹林' }] });
 * console.log(check.outcome); // 'warning'
 * ```
 *
 * @packageDocumentation
 */
export {
  type Medication,
  type MedicationListParams,
  type MedicationsResource,
  type PrescriptionsResource,
  prescriptions,
  type SafetyAlert,
  type SafetyCheck,
  type SafetyCheckCreateParams,
  type SafetyChecksResource,
} from './prescriptions/prescriptions';
