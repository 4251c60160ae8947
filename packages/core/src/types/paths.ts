import type { components, paths } from '@apotheca/api-spec';

type Problem = components['schemas']['Problem'];

/** The HTTP methods the Apotheca API uses. */
export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

/** Every path of the contract that has an operation for `M`. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof paths];

/** The contract's operation for `M` on `P`. */
export type Operation<P extends keyof paths, M extends HttpMethod> = paths[P] extends {
  [K in M]: infer O;
}
  ? O
  : never;

type OperationParameters<O> = O extends { parameters: infer X } ? X : never;

/** Path parameters of an operation (`never` when it has none). */
export type PathParams<O> = OperationParameters<O> extends { path: infer X } ? X : never;

/** Query parameters of an operation (`never` when it has none). */
export type QueryParams<O> = OperationParameters<O> extends { query?: infer X } ? X : never;

/** The JSON request body of an operation (`never` when it takes none). */
export type RequestBody<O> = O extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;

type SuccessStatus = 200 | 201 | 202 | 204;

/** The parsed body of an operation's success response. */
export type ResponseBody<O> = O extends { responses: infer R }
  ? {
      [S in keyof R & SuccessStatus]: R[S] extends { content: { 'application/json': infer B } }
        ? B
        : undefined;
    }[keyof R & SuccessStatus]
  : never;

/**
 * The problem document an operation answers with for `Status` (as the contract types it, e.g. the
 * trace domain's `DispensationConflictProblem` for a refused dispense), else the base `Problem`.
 *
 * @example
 * ```ts
 * type Refusal = OperationProblem<Operation<'/v1/trace/dispensations', 'post'>, 409>;
 * // Refusal['pack_state'] is the pack's PackState
 * ```
 */
export type OperationProblem<O, Status extends number> = O extends { responses: infer R }
  ? Status extends keyof R
    ? R[Status] extends { content: { 'application/problem+json': infer B } }
      ? B
      : Problem
    : Problem
  : Problem;

/** Options every call accepts. */
export interface RequestOptions {
  /**
   * `Idempotency-Key` for a POST/PATCH/DELETE; by default a random UUID. The same key is sent on
   * every retry of the call, so a retried create never creates twice.
   */
  idempotencyKey?: string | undefined;
  /** Aborts the call, including a pending retry wait; the call rejects with `signal.reason`. */
  signal?: AbortSignal | undefined;
  /** Milliseconds per attempt before it fails with `TimeoutError` (and may be retried). */
  timeout?: number | undefined;
  /** Milliseconds for the whole call across all attempts and waits; then `TimeoutError`. */
  deadline?: number | undefined;
  /** Retries after the first attempt (overrides the client's). */
  maxRetries?: number | undefined;
  /** Extra request headers for this call. */
  headers?: Record<string, string> | undefined;
}

type ParamsField<O> = [PathParams<O>] extends [never]
  ? [QueryParams<O>] extends [never]
    ? { params?: undefined }
    : { params?: { query?: QueryParams<O> } }
  : { params: { path: PathParams<O>; query?: QueryParams<O> } };

type BodyField<O> = [RequestBody<O>] extends [never]
  ? { body?: undefined }
  : { body: RequestBody<O> };

/** Everything a typed call takes: `params` (path/query), `body`, and {@link RequestOptions}. */
export type RequestInit<O> = ParamsField<O> & BodyField<O> & RequestOptions;

/** The rest-argument of a typed call: optional when nothing in it is required. */
export type RequestArgs<O> =
  object extends RequestInit<O> ? [init?: RequestInit<O>] : [init: RequestInit<O>];

/** GET paths whose response is a cursor-paginated list. */
export type ListPaths = {
  [P in PathsWith<'get'>]: ResponseBody<Operation<P, 'get'>> extends {
    data: unknown[];
    next_cursor: string | null;
  }
    ? P
    : never;
}[PathsWith<'get'>];

/** The item type of a list path. */
export type ListItem<P extends ListPaths> =
  ResponseBody<Operation<P, 'get'>> extends {
    data: (infer T)[];
  }
    ? T
    : never;
