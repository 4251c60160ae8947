/**
 * The triage domain of the sandbox: symptom text to concepts and guided interviews over the pure
 * engine of `@apotheca/domain/triage` (ADR 0014; HTTP decisions in ADR 0016). Nothing is seeded:
 * an interview is a pure function of its stored session, so tests create their own.
 */
import { type Doctor, seededDoctors } from '../consultations/api';
import type { DomainModule } from '../types';
import { defaultTriageEngine, type TriageEngine } from './engine';
import { interviewRoutes } from './routes/interviews';
import { parseTriageText } from './routes/parse';

/** Options of {@link createTriageDomain}. */
export interface TriageDomainOptions {
  /** The engine (default: the shipped knowledge, `KNOWLEDGE_VERSION`). */
  engine?: TriageEngine;
  /**
   * The doctors a result recommends (default: the seeded ones); `defaultDomains` passes the
   * consultations module's, so a recommended doctor is always bookable.
   */
  doctors?: readonly Doctor[];
}

/**
 * The triage domain module over its own engine.
 *
 * @example
 * ```ts
 * createPlatform({ domains: defaultDomains({ triage: { engine: defaultTriageEngine() } }) });
 * ```
 */
export function createTriageDomain(options: TriageDomainOptions = {}): DomainModule {
  const engine = options.engine ?? defaultTriageEngine();
  const doctors = options.doctors ?? seededDoctors();
  return {
    name: 'triage',
    routes: [parseTriageText(engine), ...interviewRoutes(engine, doctors)],
  };
}

export { defaultTriageEngine, type TriageEngine } from './engine';
