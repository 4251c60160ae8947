import type { ConsultationsResource } from '@apotheca/consultations';
import type { PatientsResource } from '@apotheca/patients';

export type {
  Consultation,
  Doctor,
  Slot,
  TriageChoice,
  TriageDepartment,
  TriageInterview,
  TriageLevel,
  TriageQuestion,
  TriageResult,
} from '@apotheca/consultations';
export type { Patient } from '@apotheca/patients';

/**
 * The symptom checker's API surface: exactly the parts of `@apotheca/consultations` (and the
 * patient record, for the prefilled age and sex) it calls. Tests drive the real resources
 * against `@apotheca/mock`.
 */
export interface SymptomApi {
  readonly triage: ConsultationsResource['triage'];
  readonly doctors: ConsultationsResource['doctors'];
  readonly consultations: Pick<ConsultationsResource, 'create'>;
  readonly patients: Pick<PatientsResource, 'retrieve'>;
}
