import type { components } from '@apotheca/api-spec';
import type { Transaction } from '../storage/types';

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
export interface RequestContext {
  /** `req_…`, also in the `Apotheca-Request-Id` response header. */
  readonly requestId: string;
  readonly operationId: string;
  /** The request time from the platform clock (inject `now` to move it in tests). */
  readonly now: Date;
  readonly auth: AuthContext;
  /** Path parameters, validated against the contract. */
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters, coerced to their declared types with defaults applied (`limit` = 20). */
  readonly query: Readonly<Record<string, unknown>>;
  /**
   * The validated body: the parsed JSON or form object, or a `FormData` for multipart bodies;
   * `undefined` when the operation takes none.
   */
  readonly body: unknown;
  /** A request header by name (case-insensitive). */
  header(name: string): string | null;
}

/** What `handle` receives: the request plus the transaction and helpers bound to it. */
export interface HandlerArgs<P> extends RequestContext {
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

/** A successful answer; errors are thrown as `ApiError`. */
export interface Reply {
  status: number;
  /** Serialised as JSON; omit for an empty body. */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * One operation of the contract, implemented. The method and path come from the contract via
 * `operationId`; the engine has already authenticated, rate-limited and validated the request.
 */
export interface RouteDefinition<P = undefined> {
  operationId: string;
  /** Maximum body size in bytes (default: the platform's `maxBodyBytes`, 1 MiB). */
  bodyLimit?: number;
  /**
   * Optional async step before the transaction (hashing, sniffing file bytes). It must not
   * write: nothing it does is rolled back.
   */
  prepare?(ctx: RequestContext): P | Promise<P>;
  /**
   * The operation itself, synchronous, inside one storage transaction. Throwing (an `ApiError`
   * or anything else) rolls back every write and every emitted event.
   */
  handle(args: HandlerArgs<P>): Reply;
}

/** What a domain's `seed` receives. */
export interface SeedContext {
  readonly tx: Transaction;
  /** The platform clock at seeding time. */
  readonly now: Date;
}

/** A domain: a folder under `src/domains/` exporting one of these. */
export interface DomainModule {
  /** Unique, e.g. `patients`. Also names the seed marker (`seed:<name>`). */
  name: string;
  routes: RouteDefinition<unknown>[];
  /**
   * Deterministic seed data, written once per store (the first time this domain runs against it),
   * inside a transaction.
   */
  seed?(ctx: SeedContext): void;
}

/**
 * Declares a route with its `prepare` result type inferred.
 *
 * @example
 * ```ts
 * export const getPatient = defineRoute({
 *   operationId: 'getPatient',
 *   handle({ tx, params, auth }) {
 *     const patient = tx.collection<PatientDoc>('patients').get(params.id!);
 *     if (!patient || !auth.canAccessPatient(patient.id)) throw notFound('patient', params.id!);
 *     return { status: 200, body: patient };
 *   },
 * });
 * ```
 */
export function defineRoute<P = undefined>(route: RouteDefinition<P>): RouteDefinition<unknown> {
  return route as RouteDefinition<unknown>;
}
