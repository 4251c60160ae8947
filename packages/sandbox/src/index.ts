/**
 * The Apotheca sandbox engine (platform-neutral: Web APIs only, runs in Node, browsers and msw).
 * The Node HTTP host and SQLite storage are in `@apotheca/sandbox/node`.
 *
 * @example
 * ```ts
 * import { createPlatform } from '@apotheca/sandbox';
 * const platform = createPlatform();
 * const res = await platform.handle(new Request('http://localhost:4010/v1/health'));
 * ```
 */
export { createPlatform, type Platform } from './platform/create-platform';
export type { PlatformOptions } from './platform/options';
export type { IncomingCall, OutgoingReply } from './platform/call';
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
export { ApiError, type FieldError, type ProblemBody } from './http/problem';
export {
  createResponseValidator,
  type ResponseValidator,
  type ResponseCheck,
  type ResponseValidatorOptions,
} from './contract/validate-response';
export {
  ALL_SCOPES,
  SEEDED_OAUTH_CLIENTS,
  SEEDED_SECRET_KEYS,
  type OAuthClientConfig,
  type RateLimitConfig,
  type SecretKeyConfig,
} from './auth/seeded-credentials';
export { SEEDED_PATIENTS } from './domains/patients/seed';
export { signWebhook } from './webhooks/signing';
export type { WebhookDeliveryDoc, DeliveryAttempt } from './webhooks/docs';
export type { WebhookRetryOptions } from './webhooks/dispatcher';
export type { Clock } from './util/clock';
