import type { PlatformMessages } from '../localize/index';

/** What went wrong, in categories a patient-facing message can be chosen from. */
export type ProblemKind =
  | 'offline'
  | 'timeout'
  | 'session'
  | 'permission'
  | 'not_found'
  | 'conflict'
  | 'invalid'
  | 'rate_limited'
  | 'server'
  | 'device'
  | 'unknown';

/** A failure reduced to what widgets show and report: never the raw message (it may echo input). */
export interface Problem {
  kind: ProblemKind;
  /** Stable snake_case code (the API's `code` when there was one). */
  code: string;
  status?: number;
  requestId?: string;
}

interface ErrorLike {
  name?: unknown;
  status?: unknown;
  code?: unknown;
  requestId?: unknown;
}

function kindOf(name: string, status: number | undefined): ProblemKind {
  if (name === 'SessionExpiredError' || status === 401) return 'session';
  if (name === 'CameraError' || name === 'DecoderError') return 'device';
  if (name === 'TimeoutError' || status === 408) return 'timeout';
  if (name === 'ConnectionError') return 'offline';
  if (status === 403) return 'permission';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'invalid';
  if (status === 429) return 'rate_limited';
  if (status !== undefined && status >= 500) return 'server';
  return 'unknown';
}

/**
 * Classifies anything thrown by the SDK (or by `fetch`) by its `name`/`status`, not `instanceof`,
 * so it works when a page bundles a second copy of `@apotheca/core`.
 *
 * @example
 * ```ts
 * toProblem(new ConnectionError('…')); // { kind: 'offline', code: 'connection_error' }
 * ```
 */
export function toProblem(error: unknown): Problem {
  const e: ErrorLike = typeof error === 'object' && error !== null ? (error as ErrorLike) : {};
  const name = typeof e.name === 'string' ? e.name : '';
  const status = typeof e.status === 'number' ? e.status : undefined;
  const kind = kindOf(name, status);
  const problem: Problem = {
    kind,
    code: typeof e.code === 'string' && /^[a-z][a-z0-9_]*$/.test(e.code) ? e.code : kind,
  };
  if (status !== undefined) problem.status = status;
  if (typeof e.requestId === 'string') problem.requestId = e.requestId;
  return problem;
}

/** True for an aborted operation, which is not a failure to show. */
export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as ErrorLike).name === 'AbortError';
}

/** The patient-facing sentence for a problem kind. */
export function describeProblem(problem: Problem, m: PlatformMessages): string {
  switch (problem.kind) {
    case 'offline':
      return m.errorOffline;
    case 'timeout':
      return m.errorTimeout;
    case 'session':
      return m.errorSession;
    case 'permission':
      return m.errorPermission;
    case 'rate_limited':
      return m.errorRateLimited;
    case 'server':
      return m.errorServer;
    default:
      return m.errorUnknown;
  }
}
