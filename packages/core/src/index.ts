/**
 * `@apotheca/core`: the client runtime every Apotheca SDK package shares.
 *
 * @example
 * ```ts
 * import { ApothecaClient, ValidationError } from '@apotheca/core';
 *
 * const client = new ApothecaClient({ apiKey: process.env.APOTHECA_API_KEY, baseUrl: 'http://localhost:4010' });
 * const patient = await client.post('/v1/patients', { body: { name: 'David Chen', birth_date: '1988-07-02' } });
 * ```
 *
 * @packageDocumentation
 */
export type { AccessToken, CredentialOptions, TokenProvider } from './auth/credentials';
export { detectBrowser } from './auth/environment';
export {
  type OAuthClientCredentialsOptions,
  oauthClientCredentials,
} from './auth/oauth-client-credentials';
export {
  ApothecaClient,
  type ClientHooks,
  type ClientOptions,
  type HookResult,
  type RawRequestInit,
  type RetryInfo,
  type UploadInit,
} from './client/client';
export { type Clock, systemClock } from './clock/clock';
export {
  ApothecaError,
  type ApothecaErrorInit,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  type FieldError,
  IdempotencyKeyReusedError,
  NotFoundError,
  PermissionError,
  type Problem,
  RateLimitError,
  SecretKeyInBrowserError,
  ServerError,
  TimeoutError,
  ValidationError,
} from './errors/errors';
export { newIdempotencyKey } from './idempotency/key';
export type { Logger, LogLevel } from './logging/logger';
export { redact } from './logging/redact';
export { MAX_TO_ARRAY, type Page, Paginator } from './pagination/paginator';
export {
  type BackoffOptions,
  backoffDelay,
  isRetryable,
  RETRYABLE_CONFLICT_CODES,
  serverSaysRetry,
} from './retry/policy';
export type {
  HttpMethod,
  ListItem,
  ListPaths,
  Operation,
  OperationProblem,
  PathParams,
  PathsWith,
  QueryParams,
  RequestArgs,
  RequestBody,
  RequestInit,
  RequestOptions,
  ResponseBody,
} from './types/paths';
export { API_VERSION, CLIENT_VERSION } from './version';
export { generateTestWebhookHeaders, type TestWebhookInit } from './webhooks/test-headers';
export {
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookEvent,
  type WebhookHeaders,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
} from './webhooks/verify';
