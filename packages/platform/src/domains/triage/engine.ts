/**
 * The triage engine the routes reason with: `@apotheca/domain/triage`'s pure functions, injected
 * through the module (see `createTriageDomain`) so a test can give its own knowledge.
 */
import {
  answerSession,
  conceptById,
  createSession,
  interviewState,
  parse,
} from '@apotheca/domain/triage';

/** What the triage routes need of the engine. */
export interface TriageEngine {
  parse: typeof parse;
  createSession: typeof createSession;
  answerSession: typeof answerSession;
  interviewState: typeof interviewState;
  /** Whether `id` is a concept of the engine's vocabulary. */
  isConcept(id: string): boolean;
}

/** The engine over the shipped knowledge (`KNOWLEDGE_VERSION`). */
export function defaultTriageEngine(): TriageEngine {
  return {
    parse,
    createSession,
    answerSession,
    interviewState,
    isConcept: (id) => conceptById(id) !== undefined,
  };
}
