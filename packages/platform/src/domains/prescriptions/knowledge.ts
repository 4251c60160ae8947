/**
 * The reference data the prescriptions domain reasons with: the catalogue and the safety engine
 * of `@apotheca/domain`, behind one interface so a test (or another deployment) can give its own.
 */
import {
  getMedication,
  listMedications,
  type Medication,
  type MedicationMatch,
  searchMedications,
} from '@apotheca/domain/medications';
import {
  checkSafety,
  type SafetyCheckInput,
  type SafetyCheckResult,
} from '@apotheca/domain/safety';

/** The catalogue and the checks the routes use. */
export interface MedicationKnowledge {
  /** Every catalogue entry a search can reach, best first. */
  search(q: string): MedicationMatch[];
  get(id: string): Medication | undefined;
  /** The whole catalogue, in a stable order. */
  list(): readonly Medication[];
  check(input: SafetyCheckInput): SafetyCheckResult;
}

/**
 * The knowledge of `@apotheca/domain` (catalogue, search, safety engine).
 *
 * @example
 * ```ts
 * const knowledge = domainKnowledge();
 * knowledge.search('ibuprofne')[0]?.medication.id; // 'med_ibuprofen'
 * ```
 */
export function domainKnowledge(): MedicationKnowledge {
  let sorted: Medication[] | undefined;
  return {
    // The catalogue has a few hundred products: a search may return all of them to page through.
    search: (q) => searchMedications(q, { limit: 1000 }),
    get: getMedication,
    list: () => {
      sorted ??= [...listMedications()].sort((a, b) => (a.id < b.id ? -1 : 1));
      return sorted;
    },
    check: checkSafety,
  };
}
