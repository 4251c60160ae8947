import type { Schema } from '@apotheca/api-spec';
import {
  ApothecaClient,
  type ClientOptions,
  oauthClientCredentials,
  type RequestOptions,
  type TokenProvider,
} from '@apotheca/core';
import { createResources, type Resources } from './resources';
import { type WebhooksHelpers, webhooks } from './resources/webhooks';

/** The local sandbox (`npx apotheca-sandbox --port 4010`); pass `baseUrl` for any other. */
export const DEFAULT_BASE_URL = 'http://localhost:4010';

/** What `/v1/health` answers. */
export type Health = Schema<'Health'>;

/** How to construct {@link Apotheca}: one of `apiKey`, `accessToken`, `tokenProvider`, or `clientId` + `clientSecret`. */
export interface ApothecaOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** The API origin (default {@link DEFAULT_BASE_URL}). */
  baseUrl?: string | undefined;
  /** OAuth client id, for client credentials (insurers); needs `clientSecret`. */
  clientId?: string | undefined;
  /** OAuth client secret, for client credentials; server-side only. */
  clientSecret?: string | undefined;
  /** Space-separated OAuth scopes to ask for (default: all the client may have). */
  scope?: string | undefined;
}

/**
 * The Apotheca SDK: every resource on one client.
 *
 * @example
 * ```ts
 * import { Apotheca } from '@apotheca/sdk';
 *
 * const apotheca = new Apotheca({ apiKey: process.env.APOTHECA_API_KEY });
 * const patient = await apotheca.patients.create({ name: 'David Chen', birth_date: '1988-07-02' });
 * const session = await apotheca.widgetSessions.create({
 *   patient_id: patient.id,
 *   scopes: ['patients:read'],
 *   allowed_origin: 'https://portal.example-hospital.cn',
 * });
 * ```
 *
 * @example OAuth client credentials (tokens are fetched, cached and refreshed for you)
 * ```ts
 * const insurer = new Apotheca({ clientId: 'client_test_insurer', clientSecret: process.env.APOTHECA_CLIENT_SECRET });
 * ```
 */
// The resources are declared once, in `Resources` (./resources.ts): the class gets every one of
// them from there, so adding a domain never edits this file.
export interface Apotheca extends Readonly<Resources> {}

/** The Apotheca client: construct it once with a credential and call its resources (see the interface above). */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the constructor assigns every member of Resources
export class Apotheca {
  /** The underlying typed client, for calls no resource covers yet. */
  readonly client: ApothecaClient;
  /** Webhook verification helpers (no network). */
  readonly webhooks: WebhooksHelpers = webhooks;

  constructor(options: ApothecaOptions = {}) {
    const { clientId, clientSecret, scope, ...rest } = options;
    const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
    let tokenProvider: TokenProvider | undefined = options.tokenProvider;
    if (clientId !== undefined || clientSecret !== undefined) {
      if (!clientId || !clientSecret)
        throw new TypeError('OAuth needs both clientId and clientSecret');
      // Every transport option (headers, hooks, deadline, onRetry, fetch, logger, …) applies to
      // the token requests too; only the credentials and the origin are the token client's own.
      const { apiKey: _k, accessToken: _a, tokenProvider: _p, baseUrl: _b, ...transport } = rest;
      tokenProvider = oauthClientCredentials({
        baseUrl,
        clientId,
        clientSecret,
        scope,
        client: transport,
      });
    }
    this.client = new ApothecaClient({ ...rest, baseUrl, tokenProvider });
    Object.assign(this, createResources(this.client));
  }

  /** Checks that the API is up (`GET /v1/health`, no credentials needed). */
  health(options?: RequestOptions): Promise<Health> {
    return this.client.get('/v1/health', options);
  }
}
