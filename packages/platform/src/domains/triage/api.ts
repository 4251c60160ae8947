/**
 * What other domains may use of the triage domain (an import-graph test forbids the rest): an
 * interview's outcome, looked up the way a route must (a widget session sees only its patient's).
 */
import type { Transaction } from '../../storage/types';
import type { AuthContext } from '../types';
import type { TriageEngine } from './engine';
import { requireInterview } from './store';
import { interviewView, stateOf, type TriageInterview } from './view';

/**
 * The interview as the API shows it, or a thrown 404 `resource_not_found` when it does not exist
 * or the caller may not see it.
 *
 * @example
 * ```ts
 * const interview = requireTriageInterview(tx, auth, engine, body.triage_interview_id);
 * const department = interview.result?.departments[0]?.department;
 * ```
 */
export function requireTriageInterview(
  tx: Transaction,
  auth: AuthContext,
  engine: TriageEngine,
  id: string,
): TriageInterview {
  const doc = requireInterview(tx, auth, id);
  return interviewView(doc, stateOf(engine, doc));
}

export { defaultTriageEngine, type TriageEngine } from './engine';
export type { TriageInterview } from './view';
