import { filesDomain } from './files';
import { patientsDomain } from './patients';
import { platformDomain } from './platform';
import { testClocksDomain } from './test-clocks';
import { traceDomain } from './trace';
import type { DomainModule } from './types';
import { webhooksDomain } from './webhooks';

/**
 * Every domain the engine serves. To add one, see ./README.md: create `./<name>/index.ts`
 * exporting a `DomainModule` and list it here.
 */
export const domains: DomainModule[] = [
  platformDomain,
  patientsDomain,
  filesDomain,
  webhooksDomain,
  traceDomain,
  testClocksDomain,
];
