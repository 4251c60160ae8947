/** One field-level error inside a problem: `path` is a JSON pointer into the request. */
export interface FieldError {
  /** JSON pointer into the request, e.g. `/body/birth_date` or `/query/limit`. */
  path: string;
  /** Stable snake_case code, e.g. `required`, `invalid_format`. */
  code: string;
  /** A sentence a developer can act on. */
  message: string;
}

/** The RFC 9457 problem body every error response carries. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  request_id: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

/** Base URI of the documented error types; `type` is this plus the code. */
export const PROBLEM_TYPE_BASE = 'https://docs.apotheca.example/errors/';

/** Options for {@link ApiError}. */
export interface ApiErrorOptions {
  errors?: FieldError[];
  /** Extra problem members, e.g. `{ pack_state: 'dispensed' }`. */
  extra?: Record<string, unknown>;
  /** Extra response headers, e.g. `Retry-After`. */
  headers?: Record<string, string>;
}

/**
 * An error that becomes an `application/problem+json` response. Throw it from a route handler;
 * inside a transaction it also rolls back every write of that transaction.
 *
 * @example
 * ```ts
 * throw new ApiError(409, 'pack_not_active', 'The pack is already dispensed.', { extra: { pack_state: 'dispensed' } });
 * ```
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(status: number, code: string, detail: string, options: ApiErrorOptions = {}) {
    super(detail);
    this.status = status;
    this.code = code;
    this.errors = options.errors;
    this.extra = options.extra;
    this.headers = options.headers;
  }

  /** The problem body for this error, stamped with the request id. */
  toProblem(requestId: string): ProblemBody {
    const body: ProblemBody = {
      type: PROBLEM_TYPE_BASE + this.code,
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      detail: this.message,
      code: this.code,
      request_id: requestId,
    };
    if (this.errors && this.errors.length > 0) body.errors = this.errors;
    // Extra members come after the standard ones and never override them.
    for (const [key, value] of Object.entries(this.extra ?? {}))
      if (!(key in body)) body[key] = value;
    return body;
  }

  /** `Apotheca-Should-Retry`: the same request may succeed later (`true`) or never (`false`). */
  get shouldRetry(): 'true' | 'false' | undefined {
    // A rate limit and a shutdown clear; any other 4xx answers the same every time. A 500 is
    // left to the client's default.
    if (this.status === 429 || this.status === 503) return 'true';
    if (this.status >= 400 && this.status < 500 && this.status !== 408) return 'false';
    return undefined;
  }

  /** The `application/problem+json` reply for this error (body not yet serialised). */
  toReply(requestId: string): {
    status: number;
    headers: Record<string, string>;
    body: ProblemBody;
  } {
    return {
      status: this.status,
      headers: {
        'Content-Type': 'application/problem+json',
        ...(this.shouldRetry ? { 'Apotheca-Should-Retry': this.shouldRetry } : {}),
        ...this.headers,
      },
      body: this.toProblem(requestId),
    };
  }
}

/** 404 for a resource that does not exist (or that the credential may not see). */
export function notFound(kind: string, id: string): ApiError {
  return new ApiError(404, 'resource_not_found', `No ${kind} with id '${id}'.`, {
    extra: { resource: kind },
  });
}

/** 400 `validation_failed` with field errors. */
export function validationFailed(errors: FieldError[], detail?: string): ApiError {
  const first = errors[0];
  const summary =
    detail ??
    (first
      ? `${first.path} ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}.`
      : 'The request is invalid.');
  return new ApiError(400, 'validation_failed', summary, { errors });
}

/** 422 with field errors: well-formed input the platform cannot accept. */
export function unprocessable(code: string, detail: string, errors?: FieldError[]): ApiError {
  return new ApiError(422, code, detail, errors ? { errors } : {});
}
