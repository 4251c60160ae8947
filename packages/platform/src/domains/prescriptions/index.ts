/**
 * The prescriptions domain of the sandbox: the medication catalogue (`GET /v1/medications`,
 * `GET /v1/medications/{id}`) and drug-safety checks (`POST /v1/safety-checks`), wrapping the
 * pure catalogue and engine of `@apotheca/domain`. The catalogue is reference data: nothing is
 * seeded.
 */
import type { DomainModule } from '../types';
import { domainKnowledge, type MedicationKnowledge } from './knowledge';
import { medicationRoutes } from './routes/medications';
import { safetyCheckRoutes } from './routes/safety-checks';

/** Options of {@link createPrescriptionsDomain}. */
export interface PrescriptionsDomainOptions {
  /** The catalogue and checks (default: `@apotheca/domain`'s). */
  knowledge?: MedicationKnowledge;
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
  return {
    name: 'prescriptions',
    routes: [...medicationRoutes(knowledge), ...safetyCheckRoutes(knowledge)],
  };
}

export { domainKnowledge, type MedicationKnowledge } from './knowledge';
