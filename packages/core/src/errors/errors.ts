import type { components } from '@apotheca/api-spec';

/** An RFC 9457 problem document as the Apotheca API sends it. */
export type Problem = components['schemas']['Problem'];
/** One field-level error inside a problem's `errors[]` (`path` is a JSON pointer like `/body/birth_date`). */
export type FieldError = components['schemas']['ProblemFieldError'];

/** The brand by which errors that cannot extend {@link ApothecaError} still pass `instanceof` it. */
export const APOTHECA_ERROR_BRAND: unique symbol = Symbol.for('apotheca.error') as never;

/** What an {@link ApothecaError} is built from. */
export interface ApothecaErrorInit<P extends Problem = Problem> {
  status?: number | undefined;
  code?: string | undefined;
  requestId?: string | undefined;
  errors?: FieldError[] | undefined;
  problem?: P | undefined;
  headers?: Headers | undefined;
  cause?: unknown;
}

/**
 * Base class of every error the Apotheca client throws. Catch it to handle all of them; narrow with
 * `instanceof` on a subclass (`ValidationError`, `RateLimitError`, …).
 *
 * @example
 * ```ts
 * try {
 *   await client.post('/v1/patients', { body });
 * } catch (error) {
 *   if (error instanceof ValidationError) for (const e of error.errors) console.log(e.path, e.message);
 *   else if (error instanceof ApothecaError) console.log(error.code, error.requestId);
 *   else throw error;
 * }
 * ```
 */
export class ApothecaError<P extends Problem = Problem> extends Error {
  /**
   * `instanceof ApothecaError` also holds for errors branded with `Symbol.for('apotheca.error')`:
   * errors of dependency-free packages (e.g. `@apotheca/domain`'s `TraceCodeError`) that cannot
   * extend this class. Subclasses keep plain prototype checks.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class right of `instanceof`: subclasses inherit this method.
    // biome-ignore lint/complexity/noThisInStatic: must be the class asked, not ApothecaError.
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return (
      // biome-ignore lint/complexity/noThisInStatic: only ApothecaError itself accepts the brand.
      this === ApothecaError &&
      value instanceof Error &&
      (value as unknown as Record<symbol, unknown>)[APOTHECA_ERROR_BRAND] === true
    );
  }

  override name = 'ApothecaError';
  /** HTTP status, or `undefined` when no response arrived (connection errors, timeouts). */
  readonly status: number | undefined;
  /** Stable snake_case code (`validation_failed`, `not_found`, `connection_error`, …). */
  readonly code: string;
  /** The `Apotheca-Request-Id` of the failed response: quote it to support. */
  readonly requestId: string | undefined;
  /** Field-level errors with JSON-pointer `path`s (empty when there are none). */
  readonly errors: FieldError[];
  /**
   * The parsed problem document, when the body was one. Typed by the contract where a package
   * exports a narrower error type (e.g. `@apotheca/trace`'s `DispensationConflictError`).
   */
  readonly problem: P | undefined;
  /** The response headers, when a response arrived. */
  readonly headers: Headers | undefined;

  constructor(message: string, init: ApothecaErrorInit<P> = {}) {
    super(message, { cause: init.cause });
    this.status = init.status;
    this.code = init.code ?? 'error';
    this.requestId = init.requestId;
    this.errors = init.errors ?? [];
    this.problem = init.problem;
    this.headers = init.headers;
  }
}

/** 401: the API key or token is missing, wrong, revoked or expired. */
export class AuthenticationError extends ApothecaError {
  override name = 'AuthenticationError';
}

/** 403: the credentials are valid but lack the scope (or the widget session the patient). */
export class PermissionError extends ApothecaError {
  override name = 'PermissionError';
}

/** 404: no such resource (or not visible to these credentials). */
export class NotFoundError<P extends Problem = Problem> extends ApothecaError<P> {
  override name = 'NotFoundError';
}

/** 409: the request conflicts with the resource's state (e.g. `pack_not_active`). */
export class ConflictError<P extends Problem = Problem> extends ApothecaError<P> {
  override name = 'ConflictError';
}

/** 400 or 422: the request is malformed or invalid; see `errors[]` for each field. */
export class ValidationError<P extends Problem = Problem> extends ApothecaError<P> {
  override name = 'ValidationError';
}

/** 422 `idempotency_key_reused`: the same `Idempotency-Key` was sent earlier with a different body. */
export class IdempotencyKeyReusedError extends ValidationError {
  override name = 'IdempotencyKeyReusedError';
}

/** 429: too many requests; retried automatically, thrown when retries run out. */
export class RateLimitError extends ApothecaError {
  override name = 'RateLimitError';
  /** The server's `Retry-After`, in milliseconds, when it sent one. */
  retryAfterMs: number | undefined;
}

/** 5xx: the API failed; retried automatically (except 501 and 505), thrown when retries run out. */
export class ServerError extends ApothecaError {
  override name = 'ServerError';
}

/** No response: DNS, refused or reset connection, TLS, CORS. `cause` holds the underlying error. */
export class ConnectionError extends ApothecaError {
  override name = 'ConnectionError';
}

/** An attempt exceeded `timeout`, or the call exceeded its total `deadline`. */
export class TimeoutError extends ApothecaError {
  override name = 'TimeoutError';
}

/** A secret key (`sk_…`) was given to a client running in a browser. */
export class SecretKeyInBrowserError extends ApothecaError {
  override name = 'SecretKeyInBrowserError';
}
