/**
 * The trace domain of the sandbox: pack verification, dispensing and its reversal over a
 * registry of products and packs (by default the seeded one, see `docs/testing/trace-codes.md`).
 */
import type { DomainModule } from '../types';
import { seededRegistry, type TraceRegistry } from './registry';
import { dispensationRoutes } from './routes/dispensations';
import { createTraceVerification } from './routes/verifications';
import { seedTrace } from './seed';

/** Options of {@link createTraceDomain}. */
export interface TraceDomainOptions {
  /** The products and packs codes resolve to (default: the seeded registry). */
  registry?: TraceRegistry;
}

/**
 * The trace domain module over its own registry (reference data belongs to the module, so a
 * test can give its own: `defaultDomains({ trace: { registry } })`).
 */
export function createTraceDomain(options: TraceDomainOptions = {}): DomainModule {
  const registry = options.registry ?? seededRegistry();
  return {
    name: 'trace',
    routes: [createTraceVerification(registry), ...dispensationRoutes(registry)],
    seed: (ctx) => seedTrace(registry, ctx),
  };
}

export { TraceRegistry } from './registry';
