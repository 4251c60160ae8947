/**
 * The trace domain of the sandbox: pack verification, dispensing and its reversal over a seeded
 * registry of products and packs (see `docs/testing/trace-codes.md`).
 */
import type { DomainModule } from '../types';
import { createDispensation, getDispensation, reverseDispensation } from './routes/dispensations';
import { createTraceVerification } from './routes/verifications';
import { seedTrace } from './seed';

export const traceDomain: DomainModule = {
  name: 'trace',
  routes: [createTraceVerification, createDispensation, getDispensation, reverseDispensation],
  seed: seedTrace,
};
