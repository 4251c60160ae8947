/**
 * The Apotheca platform engine (Web APIs only, no native dependencies: runs in Node, browsers,
 * workers and msw). The Node HTTP host, CLI and SQLite storage are in `@apotheca/sandbox/node`.
 *
 * @example
 * ```ts
 * import { createPlatform } from '@apotheca/platform';
 * const platform = createPlatform();
 * const res = await platform.handle(new Request('http://localhost:4010/v1/health'));
 * ```
 */

export {
  ALL_SCOPES,
  type OAuthClientConfig,
  type RateLimitConfig,
  SEEDED_OAUTH_CLIENTS,
  SEEDED_SECRET_KEYS,
  type SecretKeyConfig,
} from './auth/seeded-credentials';
export {
  createResponseValidator,
  type ResponseCheck,
  type ResponseValidator,
  type ResponseValidatorOptions,
} from './contract/validate-response';
export { type DomainOptions, defaultDomains } from './domains';
export { SEEDED_PATIENTS } from './domains/patients/seed';
export { createTraceDomain, type TraceDomainOptions, TraceRegistry } from './domains/trace';
export type {
  AuthContext,
  DomainModule,
  EventEnvelope,
  EventType,
  OperationId,
  Route,
  RouteBody,
  RouteParams,
  RouteQuery,
  RouteReply,
  Scope,
} from './domains/types';
export { defineRoute } from './domains/types';
export { payloadTooLarge } from './http/body';
export { ApiError, type FieldError, type ProblemBody } from './http/problem';
export type { IncomingCall, OutgoingReply } from './platform/call';
export { createPlatform, type Platform } from './platform/create-platform';
export type { PlatformOptions } from './platform/options';
// For hosts and storage implementations (e.g. SQLite storage in @apotheca/sandbox).
export { decodeCursor, encodeCursor, takePage } from './storage/cursor';
export { MemoryStorage } from './storage/memory-storage';
export type {
  BlobStore,
  Collection,
  Doc,
  ListOptions,
  Page,
  Storage,
  Transaction,
} from './storage/types';
export type { Clock } from './util/clock';
export type { WebhookRetryOptions } from './webhooks/dispatcher';
export type { DeliveryAttempt, WebhookDeliveryDoc } from './webhooks/docs';
export { signWebhook } from './webhooks/signing';
