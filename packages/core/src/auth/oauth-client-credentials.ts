import { ApothecaClient, type ClientOptions } from '../client/client';
import { systemClock } from '../clock/clock';
import type { TokenProvider } from './credentials';

/** What {@link oauthClientCredentials} needs. */
export interface OAuthClientCredentialsOptions {
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes to ask for (default: all the client is allowed). */
  scope?: string | undefined;
  /** The API origin (the token endpoint is `POST {baseUrl}/v1/oauth/token`). */
  baseUrl: string;
  /** Transport options for the token requests (fetch, retries, timeout, logger…). */
  client?: Omit<ClientOptions, 'baseUrl' | 'apiKey' | 'accessToken' | 'tokenProvider'> | undefined;
}

/**
 * A {@link TokenProvider} for OAuth 2.0 client credentials: exchanges the client id and secret
 * at `POST /v1/oauth/token`; the client caches the token until shortly before it expires and
 * fetches a new one then, or after a 401.
 *
 * @example
 * ```ts
 * const client = new ApothecaClient({
 *   baseUrl: 'http://localhost:4010',
 *   tokenProvider: oauthClientCredentials({
 *     baseUrl: 'http://localhost:4010',
 *     clientId: 'client_test_insurer',
 *     clientSecret: 'cs_test_insurer_secret',
 *   }),
 * });
 * ```
 */
export function oauthClientCredentials(options: OAuthClientCredentialsOptions): TokenProvider {
  const client = new ApothecaClient({ ...options.client, baseUrl: options.baseUrl });
  return async () => {
    const requestedAt = (options.client?.clock ?? systemClock).now();
    const token = await client.post('/v1/oauth/token', {
      body: {
        grant_type: 'client_credentials',
        client_id: options.clientId,
        client_secret: options.clientSecret,
        ...(options.scope ? { scope: options.scope } : {}),
      },
    });
    return { token: token.access_token, expiresAt: requestedAt + token.expires_in * 1000 };
  };
}
