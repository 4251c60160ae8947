import { parseRetryAfter } from '../retry/retry-after';
import {
  ApothecaError,
  type ApothecaErrorInit,
  AuthenticationError,
  ConflictError,
  IdempotencyKeyReusedError,
  NotFoundError,
  PermissionError,
  type Problem,
  RateLimitError,
  ServerError,
  ValidationError,
} from './errors';

/** Picks the error class for a status (and, for 422, the problem code). */
type ErrorClass = new (message: string, init: ApothecaErrorInit) => ApothecaError;

function errorClass(status: number, code: string): ErrorClass {
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionError;
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return ServerError;
  if (code === 'idempotency_key_reused') return IdempotencyKeyReusedError;
  // 413 and 415 are problems with what was sent, like 400 and 422.
  if (status === 400 || status === 413 || status === 415 || status === 422) return ValidationError;
  return ApothecaError;
}

/**
 * Turns a failed response into a typed {@link ApothecaError}. Works for any body: a problem
 * document gives `code`, `errors[]` and `detail`; anything else still gives a typed error keyed
 * by status (`code` = `http_<status>`).
 */
export async function errorFromResponse(
  method: string,
  path: string,
  response: Response,
): Promise<ApothecaError> {
  const { status, headers } = response;
  let problem: Problem | undefined;
  try {
    const parsed: unknown = JSON.parse(await response.text());
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) problem = parsed as Problem;
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): the status alone decides the error.
  }
  const code = typeof problem?.code === 'string' ? problem.code : `http_${status}`;
  const errors = Array.isArray(problem?.errors) ? problem.errors : [];
  const requestId = headers.get('apotheca-request-id') ?? problem?.request_id;
  const detail = problem?.detail ?? problem?.title ?? response.statusText;
  // Field errors the detail does not already spell out are appended.
  const text = [
    detail,
    ...errors.filter((e) => !detail.includes(e.message)).map((e) => `${e.path}: ${e.message}`),
  ]
    .filter(Boolean)
    .join('; ');
  const message = `${method} ${path} failed with ${status} ${code}${text ? `: ${text}` : ''}${
    requestId ? ` (request ${requestId})` : ''
  }`;
  const error = new (errorClass(status, code))(message, {
    status,
    code,
    requestId,
    errors,
    problem,
    headers,
  });
  if (error instanceof RateLimitError)
    error.retryAfterMs = parseRetryAfter(headers.get('retry-after'));
  return error;
}
