import { API_VERSION } from '@apotheca/api-spec';
import { type Authenticated, authenticate } from '../auth/authenticate';
import { WIDGET_ORIGINS, type WidgetOriginDoc } from '../auth/credential-docs';
import {
  type RateLimitConfig,
  SEEDED_SECRET_KEYS,
  type SecretKeyConfig,
} from '../auth/seeded-credentials';
import { type CompiledContract, compiledContract } from '../contract/contract';
import type { ContractOperation } from '../contract/operations';
import { defaultDomains } from '../domains';
import type { DomainModule, OperationId, RequestContext, Route } from '../domains/types';
import { mediaTypeOf, parseFormBody, parseJsonBody, parseMultipartBody } from '../http/body';
import { ApiError, validationFailed } from '../http/problem';
import { requestFingerprint, type TextHash } from '../idempotency/fingerprint';
import { IdempotencyKeys } from '../idempotency/idempotency-store';
import { TokenBuckets } from '../rate-limit/token-bucket';
import { MemoryStorage } from '../storage/memory-storage';
import type { Storage } from '../storage/types';
import { type Clock, isoSeconds } from '../util/clock';
import { newId } from '../util/ids';
import { WebhookDispatcher } from '../webhooks/dispatcher';
import type { WebhookDeliveryDoc } from '../webhooks/docs';
import { recordEvent } from '../webhooks/outbox';
import { callFromRequest, type IncomingCall, type OutgoingReply, replyToResponse } from './call';
import {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_RATE_LIMIT,
  DEFAULT_WEBHOOK_RETRY,
  type PlatformOptions,
} from './options';

/** A running sandbox platform: a fetch-style handler plus a few inspection hooks. */
export interface Platform {
  /** Handles one request (Web `Request` → `Response`): what msw and other fetch hosts call. */
  handle(request: Request): Promise<Response>;
  /** The same, for hosts that adapt their native request themselves (the Node host). */
  dispatch(call: IncomingCall): Promise<OutgoingReply>;
  /** The storage behind the platform. */
  readonly storage: Storage;
  /** Webhook deliveries (the outbox and its attempt log). */
  readonly webhooks: {
    /** Every delivery, newest first, with its attempts. */
    deliveries(): WebhookDeliveryDoc[];
    /** Resolves when no delivery is pending (all delivered or given up). */
    settled(): Promise<void>;
    /**
     * Resolves when no attempt is due or in flight (pending deliveries wait for their backoff):
     * assert a first attempt without sleeping.
     */
    idle(): Promise<void>;
  };
  /**
   * Runs every domain's due work at the platform clock (each object at its own patient's time):
   * what a host calls on a timer so things happen on the real clock too (ADR 0023). Idempotent;
   * resolves with the number of events emitted once they are durable. A test clock's `advance`
   * runs the same hooks for itself.
   *
   * @example
   * ```ts
   * const timer = setInterval(() => void platform.runDueWork(), 1000);
   * ```
   */
  runDueWork(): Promise<number>;
  /** Stops webhook delivery and closes storage; later requests get 503. */
  close(): Promise<void>;
}

const MUTATING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const EXPOSED_HEADERS =
  'Apotheca-Request-Id, Retry-After, Idempotent-Replayed, Apotheca-Should-Retry';
// Everything @apotheca/core sends from a browser.
const ALLOWED_HEADERS =
  'Authorization, Content-Type, Accept, Idempotency-Key, Apotheca-Version, Apotheca-Client';

interface CorsState {
  /** undefined: not decided yet (use the known-origin rule). */
  allow: boolean | undefined;
}

/**
 * Creates the sandbox platform engine: the Apotheca API implemented over pluggable storage,
 * validating every request against the contract. Web APIs only, so it runs in Node, browsers and
 * msw.
 *
 * @example
 * ```ts
 * import { createPlatform } from '@apotheca/sandbox';
 *
 * const platform = createPlatform();
 * const response = await platform.handle(
 *   new Request('http://localhost:4010/v1/patients/pat_test_wangfang', {
 *     headers: { authorization: 'Bearer sk_test_apotheca_sandbox' },
 *   }),
 * );
 * console.log(response.status, await response.json());
 * ```
 */
export function createPlatform(options: PlatformOptions = {}): Platform {
  return new Engine(options);
}

class Engine implements Platform {
  readonly storage: Storage;
  private readonly now: Clock;
  private readonly contract: CompiledContract;
  private readonly routes = new Map<string, Route>();
  private readonly domains: readonly DomainModule[];
  private readonly secretKeys: Map<string, SecretKeyConfig>;
  private readonly rateLimit: RateLimitConfig | null;
  private readonly maxBodyBytes: number;
  private readonly buckets = new TokenBuckets();
  private readonly idempotency: IdempotencyKeys;
  private readonly dispatcher: WebhookDispatcher;
  private readonly logger: Pick<Console, 'error' | 'warn'>;
  private readonly hashFingerprint: TextHash | undefined;
  private closed = false;

  readonly webhooks: Platform['webhooks'];

  constructor(options: PlatformOptions) {
    this.storage = options.storage ?? new MemoryStorage();
    this.now = options.now ?? (() => new Date());
    this.contract = compiledContract();
    this.logger = options.logger ?? console;
    this.hashFingerprint = options.hashFingerprint;
    this.rateLimit = options.rateLimit === false ? null : (options.rateLimit ?? DEFAULT_RATE_LIMIT);
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.secretKeys = new Map(
      [...SEEDED_SECRET_KEYS, ...(options.secretKeys ?? [])].map((k) => [k.key, k]),
    );
    this.idempotency = new IdempotencyKeys(this.storage);
    this.domains = options.domains ?? defaultDomains();
    for (const domain of this.domains) {
      for (const route of domain.routes) {
        if (!this.contract.matcher.operation(route.operationId)) {
          throw new Error(
            `Domain ${domain.name}: no operation '${route.operationId}' in the contract.`,
          );
        }
        if (this.routes.has(route.operationId)) {
          throw new Error(`Operation '${route.operationId}' is implemented twice.`);
        }
        this.routes.set(route.operationId, route);
      }
    }
    if (options.seed !== false) this.seed();
    this.dispatcher = new WebhookDispatcher({
      storage: this.storage,
      now: this.now,
      fetch: options.webhookFetch ?? ((input, init) => globalThis.fetch(input, init)),
      retry: { ...DEFAULT_WEBHOOK_RETRY, ...options.webhookRetry },
      timeoutMs: options.webhookTimeoutMs ?? 10_000,
      logger: this.logger,
    });
    this.webhooks = {
      deliveries: () => this.dispatcher.deliveries(),
      settled: () => this.dispatcher.settled(),
      idle: () => this.dispatcher.idle(),
    };
    // Resume deliveries left pending by a previous process (durable storage).
    this.dispatcher.kick();
  }

  async handle(request: Request): Promise<Response> {
    return replyToResponse(await this.dispatch(callFromRequest(request)));
  }

  async dispatch(call: IncomingCall): Promise<OutgoingReply> {
    const requestId = newId('req', this.now().getTime());
    const cors: CorsState = { allow: undefined };
    let reply: OutgoingReply;
    try {
      if (this.closed) {
        throw new ApiError(503, 'service_unavailable', 'The sandbox is shutting down.');
      }
      reply = await this.route(call, requestId, cors);
      // Acknowledge nothing before it is durable: this request's writes, and any uncommitted
      // writes it may have read (group commit on disk; immediate in memory).
      await this.storage.sync();
    } catch (error) {
      reply = this.problemReply(error, requestId, call);
      await this.storage.sync().catch(() => {});
    }
    reply.headers['Apotheca-Request-Id'] = requestId;
    reply.headers['Cache-Control'] = 'no-store';
    const origin = call.header('origin');
    if (origin) {
      if (cors.allow === undefined) cors.allow = this.isKnownOrigin(origin);
      reply.headers.Vary = 'Origin';
      if (cors.allow) {
        reply.headers['Access-Control-Allow-Origin'] = origin;
        reply.headers['Access-Control-Expose-Headers'] = EXPOSED_HEADERS;
      }
    }
    return reply;
  }

  async runDueWork(): Promise<number> {
    if (this.closed) return 0;
    const now = this.now();
    let emitted = 0;
    this.storage.transaction((tx) => {
      for (const domain of this.domains) {
        domain.dueWork?.({
          tx,
          now,
          clockId: null,
          emit: (type, object) => {
            emitted += 1;
            return recordEvent(tx, type, object, now, API_VERSION);
          },
          newId: (prefix) => newId(prefix, now.getTime()),
        });
      }
    });
    if (emitted > 0) {
      await this.storage.sync();
      this.dispatcher.kick();
    }
    return emitted;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.dispatcher.close();
    await this.storage.close();
  }

  private seed(): void {
    const now = this.now();
    for (const domain of this.domains) {
      if (!domain.seed) continue;
      const seedDomain = domain.seed;
      this.storage.transaction((tx) => {
        const meta = tx.collection<{ id: string; seeded_at: string }>('meta');
        const marker = `seed:${domain.name}`;
        if (meta.get(marker)) return;
        seedDomain({ tx, now });
        meta.put({ id: marker, seeded_at: isoSeconds(now) });
      });
    }
  }

  private isKnownOrigin(origin: string): boolean {
    const doc = this.storage.transaction((tx) =>
      tx.collection<WidgetOriginDoc>(WIDGET_ORIGINS).get(origin),
    );
    return doc !== undefined && doc.expires_at_ms > this.now().getTime();
  }

  private async route(
    call: IncomingCall,
    requestId: string,
    cors: CorsState,
  ): Promise<OutgoingReply> {
    const { matcher, validator } = this.contract;
    const method = call.method;
    if (method === 'OPTIONS') return this.preflight(call, cors);
    const match = matcher.match(method, call.pathname);
    if (match.kind === 'not_found') {
      throw new ApiError(
        404,
        'route_not_found',
        `There is no route ${method} ${call.pathname}. Paths start with /v1 (see the API reference).`,
      );
    }
    if (match.kind === 'method_not_allowed') {
      const allow = [...match.allow, 'OPTIONS'].join(', ');
      throw new ApiError(
        405,
        'method_not_allowed',
        `${method} is not allowed on ${call.pathname}; use ${match.allow.join(' or ')}.`,
        { headers: { Allow: allow } },
      );
    }
    const operation = match.operation;
    const route = this.routes.get(operation.operationId);
    if (!route) {
      throw new ApiError(
        501,
        'not_implemented',
        `The sandbox does not implement ${operation.operationId} yet.`,
      );
    }
    const nowMs = this.now().getTime();
    const authed = authenticate(
      operation.security,
      call.header('authorization'),
      this.secretKeys,
      this.storage,
      nowMs,
    );
    this.checkOrigin(call, authed, cors);
    const limit = authed.bucketLimit ?? this.rateLimit;
    if (limit) {
      const taken = this.buckets.take(authed.bucket, limit, nowMs);
      if (!taken.ok) {
        throw new ApiError(
          429,
          'rate_limited',
          `Too many requests for this credential; retry after ${taken.retryAfterSeconds} s.`,
          { headers: { 'Retry-After': String(taken.retryAfterSeconds) } },
        );
      }
    }
    const params = validator.validateParams(operation, match.params, call.search, call.header);
    const idempotencyKey = MUTATING.has(method) ? call.header('idempotency-key') : null;
    if (idempotencyKey !== null && (idempotencyKey.length === 0 || idempotencyKey.length > 255)) {
      throw validationFailed([
        {
          path: '/header/Idempotency-Key',
          code: 'invalid_value',
          message: 'must be 1–255 characters',
        },
      ]);
    }
    const body = operation.requestBody ? await this.readBody(call, operation, route) : undefined;
    // Validated against this operation's contract above: the types the route declares.
    const ctx = {
      requestId,
      operationId: operation.operationId as OperationId,
      now: new Date(nowMs),
      auth: authed.auth,
      params: params.path,
      query: params.query,
      body,
      header: (name: string) => call.header(name.toLowerCase()),
    } as RequestContext;
    if (idempotencyKey === null || authed.idempotencyScope === null) {
      return this.execute(route, ctx, null);
    }
    const record = {
      id: `${authed.idempotencyScope}:${idempotencyKey}`,
      fingerprint: await requestFingerprint(method, call.pathname, body, this.hashFingerprint),
    };
    const { decision, release } = await this.idempotency.acquire(
      record.id,
      record.fingerprint,
      () => this.now().getTime(),
    );
    try {
      if (decision.kind === 'replay') {
        return {
          status: decision.record.status,
          headers: {
            'Content-Type': 'application/json',
            ...decision.record.headers,
            'Idempotent-Replayed': 'true',
          },
          body: decision.record.body,
        };
      }
      if (decision.kind === 'reused') {
        throw new ApiError(
          422,
          'idempotency_key_reused',
          'This Idempotency-Key was already used with a different request (method, path or body). Use a new key for a new request.',
        );
      }
      return await this.execute(route, ctx, record);
    } finally {
      release();
    }
  }

  private checkOrigin(call: IncomingCall, authed: Authenticated, cors: CorsState): void {
    const origin = call.header('origin');
    if (authed.auth.kind === 'secret_key' || authed.auth.kind === 'oauth') {
      // Server credentials never get CORS headers: a browser must not be able to read with them.
      cors.allow = false;
      return;
    }
    if (authed.auth.kind !== 'widget_session' || origin === null) return;
    if (origin !== authed.allowedOrigin) {
      cors.allow = false;
      throw new ApiError(
        403,
        'origin_not_allowed',
        `This widget session may only be used from ${authed.allowedOrigin}.`,
      );
    }
    cors.allow = true;
  }

  private preflight(call: IncomingCall, cors: CorsState): OutgoingReply {
    const match = this.contract.matcher.match('OPTIONS', call.pathname);
    if (match.kind !== 'method_not_allowed') {
      throw new ApiError(404, 'route_not_found', `There is no route ${call.pathname}.`);
    }
    const origin = call.header('origin');
    if (!origin || !this.isKnownOrigin(origin)) {
      cors.allow = false;
      throw new ApiError(
        403,
        'origin_not_allowed',
        origin
          ? `${origin} is not the allowed_origin of any live widget session.`
          : 'A CORS preflight needs an Origin header.',
      );
    }
    cors.allow = true;
    return {
      status: 204,
      headers: {
        'Access-Control-Allow-Methods': match.allow.join(', '),
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
      },
      body: null,
    };
  }

  private async readBody(
    call: IncomingCall,
    operation: ContractOperation,
    route: Route,
  ): Promise<unknown> {
    const declared = operation.requestBody!;
    const types = Object.keys(declared.content);
    const contentType = call.header('content-type');
    const mediaType = mediaTypeOf(contentType);
    if (mediaType !== null && !types.includes(mediaType)) {
      throw new ApiError(
        415,
        'unsupported_media_type',
        `This operation accepts ${types.join(' or ')}, not ${mediaType}.`,
        { extra: { accepted: types } },
      );
    }
    const bytes = await call.readBody(route.bodyLimit ?? this.maxBodyBytes);
    if (mediaType === null) {
      if (bytes.byteLength > 0) {
        throw new ApiError(
          415,
          'unsupported_media_type',
          `Send a Content-Type header (${types.join(' or ')}).`,
          { extra: { accepted: types } },
        );
      }
      if (declared.required) {
        throw validationFailed([
          { path: '/body', code: 'required', message: `is required (${types.join(' or ')})` },
        ]);
      }
      return undefined;
    }
    let body: unknown;
    let validated: unknown;
    if (mediaType === 'application/json') {
      body = parseJsonBody(bytes);
      validated = body;
    } else if (mediaType === 'application/x-www-form-urlencoded') {
      body = parseFormBody(bytes);
      validated = body;
    } else if (mediaType === 'multipart/form-data') {
      const form = await parseMultipartBody(bytes, contentType!);
      const fields: Record<string, string> = {};
      // Files are checked by the route (type, size, magic bytes); the schema sees a placeholder.
      for (const [name, value] of form) fields[name] = typeof value === 'string' ? value : '(file)';
      body = form;
      validated = fields;
    } else {
      throw new ApiError(415, 'unsupported_media_type', `Cannot parse ${mediaType} bodies.`);
    }
    this.contract.validator.validateBody(operation, mediaType, validated);
    return body;
  }

  private async execute(
    route: Route,
    ctx: RequestContext,
    idempotency: { id: string; fingerprint: string } | null,
  ): Promise<OutgoingReply> {
    const prepared = route.prepare ? await route.prepare(ctx) : undefined;
    let emitted = false;
    const { reply, body } = this.storage.transaction((tx) => {
      const reply = route.handle({
        ...ctx,
        tx,
        prepared,
        emit: (type, object) => {
          emitted = true;
          return recordEvent(tx, type, object, ctx.now, API_VERSION);
        },
        newId: (prefix) => newId(prefix, ctx.now.getTime()),
      });
      // A string with a non-JSON Content-Type (an iCalendar file) is sent as is.
      const raw = typeof reply.body === 'string' && isTextReply(reply.headers);
      const body =
        reply.body === undefined ? null : raw ? String(reply.body) : JSON.stringify(reply.body);
      if (idempotency && reply.status < 300) {
        this.idempotency.store(tx, {
          id: idempotency.id,
          fingerprint: idempotency.fingerprint,
          status: reply.status,
          body: body ?? '',
          ...(reply.headers ? { headers: reply.headers } : {}),
          created_at_ms: this.now().getTime(),
        });
      }
      return { reply, body };
    });
    if (emitted) {
      await this.storage.sync();
      this.dispatcher.kick();
    }
    return {
      status: reply.status,
      headers:
        body === null
          ? { ...reply.headers }
          : { 'Content-Type': 'application/json', ...reply.headers },
      body,
    };
  }

  private problemReply(error: unknown, requestId: string, call: IncomingCall): OutgoingReply {
    let apiError: ApiError;
    if (error instanceof ApiError) {
      apiError = error;
    } else {
      this.logger.error(
        `[apotheca-sandbox] ${requestId} ${call.method} ${call.pathname} failed unexpectedly:`,
        error,
      );
      apiError = new ApiError(
        500,
        'internal_error',
        `Something went wrong on our side. Quote request id ${requestId} if you report it.`,
      );
    }
    const reply = apiError.toReply(requestId);
    return { ...reply, body: JSON.stringify(reply.body) };
  }
}

function isTextReply(headers: Record<string, string> | undefined): boolean {
  const type = Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  return type !== undefined && !type.includes('json');
}
