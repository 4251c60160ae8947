import type { components, operations } from '@apotheca/api-spec';
import type { ProblemBody } from '../http/problem';
import type { Transaction } from '../storage/types';

/** An operation of the contract, by `operationId`. */
export type OperationId = keyof operations;

type ContentOf<T> = T extends { content: infer C } ? C : never;
type BodyFrom<C> = 'multipart/form-data' extends keyof C ? FormData : C[keyof C];

/**
 * The validated request body of an operation, from the contract: the JSON (or form) object,
 * a `FormData` for multipart bodies, `undefined` when the operation takes none.
 */
export type RouteBody<O extends OperationId> = operations[O] extends { requestBody: infer B }
  ? BodyFrom<ContentOf<B>>
  : operations[O] extends { requestBody?: infer B }
    ? [B] extends [never] | [undefined]
      ? undefined
      : BodyFrom<ContentOf<B>> | undefined
    : undefined;

type ParamsOf<P> = [P] extends [never] | [undefined] ? Record<string, never> : NonNullable<P>;

/** The validated path parameters of an operation. */
export type RouteParams<O extends OperationId> = Readonly<
  ParamsOf<operations[O]['parameters']['path']>
>;

/** The validated query of an operation, coerced to the declared types with defaults applied. */
export type RouteQuery<O extends OperationId> = Readonly<
  ParamsOf<operations[O]['parameters']['query']>
>;

type Responses<O extends OperationId> = operations[O]['responses'];
type SuccessStatus<O extends OperationId> = Extract<keyof Responses<O>, 200 | 201 | 202 | 204>;
type JsonOf<R> = R extends { content: { 'application/json': infer B } }
  ? B
  : R extends { content: { 'text/calendar': infer B } }
    ? B // a text body (e.g. an iCalendar file) is sent as is, with the route's Content-Type
    : undefined;

/** A problem answered without throwing (so the transaction commits), e.g. `error.toReply(id)`. */
export interface ProblemReply {
  status: number;
  headers: Record<string, string>;
  body: ProblemBody;
}

/**
 * What an operation's handler returns: one of its declared success statuses with that status's
 * body, or a problem reply. Errors are usually thrown as `ApiError` instead.
 */
export type RouteReply<O extends OperationId> =
  | {
      [S in SuccessStatus<O>]: {
        status: S;
        body: JsonOf<Responses<O>[S]>;
        headers?: Record<string, string>;
      };
    }[SuccessStatus<O>]
  | ProblemReply;

/** A scope of the contract, e.g. `patients:read`. */
export type Scope = components['schemas']['Scope'];

/** An event type of the contract, e.g. `patient.created`. */
export type EventType = components['schemas']['EventType'];

/** The webhook event envelope (`Event` in the contract). */
export type EventEnvelope = components['schemas']['Event'];

/** Who is calling. Built by the engine from the `Authorization` header before a handler runs. */
export interface AuthContext {
  /** `anonymous` only on operations whose contract security is empty (health, oauth/token). */
  kind: 'secret_key' | 'oauth' | 'widget_session' | 'anonymous';
  /** The partner account (the sandbox has one: `acct_test_sandbox`). */
  accountId: string;
  /** The secret key's id, the OAuth client id, or the widget session id (`ws_…`). */
  credentialId: string;
  /** The scopes granted (a secret key has all of them). */
  scopes: ReadonlySet<Scope>;
  /** Widget sessions only: the one patient the session may see. */
  patientId: string | null;
  /**
   * Whether this caller may see a patient. Widget sessions see only their own patient: for any
   * other, answer 404 (not 403), so a token cannot probe which patients exist.
   */
  canAccessPatient(patientId: string): boolean;
}

/** What a route sees of the request once it has been authenticated and validated. */
export interface RequestContext<O extends OperationId = OperationId> {
  /** `req_…`, also in the `Apotheca-Request-Id` response header. */
  readonly requestId: string;
  readonly operationId: O;
  /** The request time from the platform clock (inject `now` to move it in tests). */
  readonly now: Date;
  readonly auth: AuthContext;
  /** Path parameters, validated against the contract. */
  readonly params: RouteParams<O>;
  /** Query parameters, coerced to their declared types with defaults applied (`limit` = 20). */
  readonly query: RouteQuery<O>;
  /**
   * The validated body: the parsed JSON or form object, or a `FormData` for multipart bodies;
   * `undefined` when the operation takes none.
   */
  readonly body: RouteBody<O>;
  /** A request header by name (case-insensitive). */
  header(name: string): string | null;
}

/** What `handle` receives: the request plus the transaction and helpers bound to it. */
export interface HandlerArgs<O extends OperationId, P> extends RequestContext<O> {
  /** The storage transaction: every write through it commits together with the response. */
  readonly tx: Transaction;
  /** Whatever `prepare` returned. */
  readonly prepared: P;
  /**
   * Records an event in this transaction and queues its webhook deliveries (outbox); they are
   * sent only if the transaction commits.
   */
  emit(type: EventType, object: object): EventEnvelope;
  /** A new random prefixed id, e.g. `newId('pat')`. */
  newId(prefix: string): string;
}

/** A reply as the engine handles it, whatever the operation. */
export interface Reply {
  status: number;
  /** Serialised as JSON; omit for an empty body. */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * One operation of the contract, implemented. The method and path come from the contract via
 * `operationId`; the engine has already authenticated, rate-limited and validated the request,
 * so body, params and query have the contract's types.
 */
export interface RouteDefinition<O extends OperationId, P = undefined> {
  operationId: O;
  /** Maximum body size in bytes (default: the platform's `maxBodyBytes`, 1 MiB). */
  bodyLimit?: number;
  /**
   * Optional async step before the transaction (hashing, sniffing file bytes). It must not
   * write: nothing it does is rolled back.
   */
  prepare?(ctx: RequestContext<O>): P | Promise<P>;
  /**
   * The operation itself, synchronous, inside one storage transaction. Throwing (an `ApiError`
   * or anything else) rolls back every write and every emitted event.
   */
  handle(args: HandlerArgs<O, P>): RouteReply<O>;
}

/** A route as the engine stores it, its operation's types erased. */
export interface Route {
  readonly operationId: OperationId;
  readonly bodyLimit?: number;
  /** Work before the transaction (parsing a multipart body), its result handed to `handle`. */
  prepare?(ctx: RequestContext): unknown;
  /** The operation, inside one storage transaction. */
  handle(args: HandlerArgs<OperationId, unknown>): Reply;
}

/** What a domain's `seed` receives. */
export interface SeedContext {
  readonly tx: Transaction;
  /** The platform clock at seeding time. */
  readonly now: Date;
}

/**
 * What a domain's `dueWork` receives when a test clock advances (ADR 0013): the transaction of
 * the advance, the platform clock, and the event/id helpers of that request.
 */
export interface DueWorkContext {
  readonly tx: Transaction;
  /** The platform clock; an object's own time is `patientTime(tx, patientId, now)`. */
  readonly now: Date;
  /** The advanced test clock, or `null` when the host runs due work on the platform clock. */
  readonly clockId: string | null;
  emit(type: EventType, object: object): EventEnvelope;
  newId(prefix: string): string;
}

/** A domain: a folder under `src/domains/` exporting one of these. */
export interface DomainModule {
  /** Unique, e.g. `patients`. Also names the seed marker (`seed:<name>`). */
  name: string;
  routes: Route[];
  /**
   * Deterministic seed data, written once per store (the first time this domain runs against it),
   * inside a transaction.
   */
  seed?(ctx: SeedContext): void;
  /**
   * Work that must happen at a time (a reminder, a missed call, a claim's payout): run inside a
   * test clock's `advance`, in its transaction, after the clock moved, and by the host's runner
   * on the platform clock (`Platform.runDueWork`, ADR 0023). Must be idempotent (it runs often).
   */
  dueWork?(ctx: DueWorkContext): void;
}

/**
 * Declares the route of a contract operation: body, params, query and reply are typed from the
 * generated `operations` of `@apotheca/api-spec` (inferred from `operationId`), and the
 * `prepare` result type is inferred too.
 *
 * @example
 * ```ts
 * export const getPatient = defineRoute({
 *   operationId: 'getPatient',
 *   handle({ tx, params, auth }) {
 *     const patient = requirePatient(tx, auth, params.id); // params.id: string
 *     return { status: 200, body: patient };              // body must be a Patient
 *   },
 * });
 * ```
 */
export function defineRoute<O extends OperationId, P = undefined>(
  route: RouteDefinition<O, P>,
): Route {
  // The engine calls a route only for its own operation, with that operation's validated input.
  return route as unknown as Route;
}
