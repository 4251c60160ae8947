/**
 * Thrown when a widget has no usable session: no token was given, the token provider failed, or
 * the API still refused the fresh token. The widget has already fired `apotheca-session-expired`.
 */
export class SessionExpiredError extends Error {
  override name = 'SessionExpiredError';
  readonly code = 'session_expired';
  readonly status = 401;
}
