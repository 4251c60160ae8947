/** What {@link problemResponse} puts in the problem document besides `status` and `code`. */
export interface ProblemInit {
  /** Short summary (default: derived from `code`). */
  title?: string;
  detail?: string;
  /** Sent as `request_id` and the `Apotheca-Request-Id` header (default `req_mock_<code>`). */
  requestId?: string;
  /** Extra headers, e.g. `{ 'Retry-After': '1' }`. */
  headers?: Record<string, string>;
}

/**
 * An `application/problem+json` (RFC 9457) response shaped like the sandbox's, for per-test msw
 * overrides of states the seed data cannot produce on demand (outages, expired sessions, rate
 * limits).
 *
 * @example
 * ```ts
 * server.use(
 *   http.post('http://localhost:4010/v1/trace/verifications', () =>
 *     problemResponse(503, 'service_unavailable'),
 *   ),
 * );
 * ```
 */
export function problemResponse(status: number, code: string, init: ProblemInit = {}): Response {
  const requestId = init.requestId ?? `req_mock_${code}`;
  const body = {
    type: `https://docs.apotheca.example/errors/${code}`,
    title: init.title ?? code.replace(/_/g, ' '),
    status,
    code,
    ...(init.detail ? { detail: init.detail } : {}),
    request_id: requestId,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Apotheca-Request-Id': requestId,
      ...init.headers,
    },
  });
}
