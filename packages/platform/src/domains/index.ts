import { type ClaimsDomainOptions, createClaimsDomain } from './claims';
import { type ConsultationsDomainOptions, createConsultationsDomain } from './consultations';
import { filesDomain } from './files';
import { patientsDomain } from './patients';
import { platformDomain } from './platform';
import { createPrescriptionsDomain, type PrescriptionsDomainOptions } from './prescriptions';
import { createTestClocksDomain } from './test-clocks';
import { createTraceDomain, type TraceDomainOptions } from './trace';
import { createTriageDomain, type TriageDomainOptions } from './triage';
import type { DomainModule } from './types';
import { webhooksDomain } from './webhooks';

/** Per-domain options of {@link defaultDomains}. */
export interface DomainOptions {
  trace?: TraceDomainOptions;
  triage?: TriageDomainOptions;
  consultations?: ConsultationsDomainOptions;
  prescriptions?: PrescriptionsDomainOptions;
  claims?: ClaimsDomainOptions;
}

/**
 * The single registration point: every domain the engine serves, built fresh (with its own
 * reference data) for each platform. To add one, see ./README.md.
 *
 * @example
 * ```ts
 * const registry = new TraceRegistry(myProducts, myPacks);
 * createPlatform({ domains: defaultDomains({ trace: { registry } }) });
 * ```
 */
export function defaultDomains(options: DomainOptions = {}): DomainModule[] {
  const domains = [
    platformDomain,
    patientsDomain,
    filesDomain,
    webhooksDomain,
    createTraceDomain(options.trace),
    createTriageDomain({ doctors: options.consultations?.doctors, ...options.triage }),
    createConsultationsDomain(options.consultations),
    createPrescriptionsDomain(options.prescriptions),
    createClaimsDomain(options.claims),
  ];
  // Last: advancing a test clock runs the others' due work.
  return [...domains, createTestClocksDomain(domains)];
}
