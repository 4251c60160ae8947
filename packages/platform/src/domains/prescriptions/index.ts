/**
 * The prescriptions domain of the sandbox: the medication catalogue (`GET /v1/medications`,
 * `GET /v1/medications/{id}`), drug-safety checks (`POST /v1/safety-checks`), e-prescriptions
 * under China's online rules (`/v1/prescriptions…`, the pharmacist test helper), refills
 * (`/refill-status`, `POST /v1/refill-requests`) and adherence (`GET /v1/patients/{id}/adherence`),
 * refill reminders (`refill.due` at 09:00 patient-local, the `.ics` feed), prescription photo
 * uploads checked for quality (`/v1/prescription-uploads`),
 * wrapping the pure catalogue, safety, refill and identity logic of `@apotheca/domain`.
 */
import type { DomainModule } from '../types';
import { domainKnowledge, type MedicationKnowledge } from './knowledge';
import { type PrescriberRecord, prescriberDirectory } from './prescribers';
import { sendDueRefillReminders } from './reminders';
import { medicationRoutes } from './routes/medications';
import { prescriptionRoutes } from './routes/prescriptions';
import { refillRoutes } from './routes/refills';
import { safetyCheckRoutes } from './routes/safety-checks';
import { uploadRoutes } from './routes/uploads';
import { seedPrescriptions } from './seed';

/** Options of {@link createPrescriptionsDomain}. */
export interface PrescriptionsDomainOptions {
  /** The catalogue and checks (default: `@apotheca/domain`'s). */
  knowledge?: MedicationKnowledge;
  /**
   * The doctors who may sign, by secret-key id (default: the seeded `doc_test_wangjian`, key
   * `sk_test_doctor_wangjian`). Their keys must be known to the platform (`secretKeys`).
   */
  prescribers?: readonly PrescriberRecord[];
}

/**
 * The prescriptions domain module over its own knowledge.
 *
 * @example
 * ```ts
 * createPlatform({ domains: defaultDomains({ prescriptions: { knowledge: myKnowledge } }) });
 * ```
 */
export function createPrescriptionsDomain(options: PrescriptionsDomainOptions = {}): DomainModule {
  const knowledge = options.knowledge ?? domainKnowledge();
  const prescribers = prescriberDirectory(options.prescribers);
  return {
    name: 'prescriptions',
    routes: [
      ...medicationRoutes(knowledge),
      ...safetyCheckRoutes(knowledge),
      ...prescriptionRoutes(knowledge, prescribers),
      ...refillRoutes(),
      ...uploadRoutes(),
    ],
    seed: seedPrescriptions,
    // `refill.due` at 09:00 in each patient's zone, once per supply.
    dueWork: ({ tx, now, emit }) => {
      sendDueRefillReminders(tx, now, emit);
    },
  };
}

export { domainKnowledge, type MedicationKnowledge } from './knowledge';
export { type PrescriberRecord, SEEDED_PRESCRIBERS } from './prescribers';
