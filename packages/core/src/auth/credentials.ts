import { type Clock, systemClock } from '../clock/clock';
import { SecretKeyInBrowserError } from '../errors/errors';

/** A token with an optional expiry, as a {@link TokenProvider} may return it. */
export interface AccessToken {
  token: string;
  /** Epoch milliseconds after which the token is no longer valid; refreshed shortly before. */
  expiresAt?: number | undefined;
}

/**
 * Supplies bearer tokens (OAuth access tokens, widget session tokens). Called lazily on the first
 * request; its result is cached until `expiresAt` (if given) or until the API answers 401, when
 * it is called once with `forceRefresh: true` and the request is retried once.
 */
export type TokenProvider = (context: { forceRefresh: boolean }) => Promise<string | AccessToken>;

/** The ways a client can authenticate; give one. */
export interface CredentialOptions {
  /** A secret key (`sk_…`); servers only: refused in browsers. */
  apiKey?: string | undefined;
  /** A bearer token you already have (an OAuth access token or a widget session `wst_…`). */
  accessToken?: string | undefined;
  /** Fetches tokens on demand; see {@link TokenProvider}. */
  tokenProvider?: TokenProvider | undefined;
}

// Refresh a little before expiry so a token does not lapse in flight.
const EXPIRY_SKEW_MS = 10_000;

function refuseInBrowser(token: string, browser: boolean): string {
  if (browser && token.startsWith('sk_')) {
    throw new SecretKeyInBrowserError(
      'Refusing to use a secret API key (sk_…) in a browser: anyone who opens the page could read it ' +
        'and act as your server. Keep the key on your server, mint a widget session there ' +
        '(POST /v1/widget-sessions, e.g. apotheca.widgetSessions.create({ patient_id, scopes, allowed_origin })) ' +
        'and give the browser only its short-lived wst_… token (as accessToken or from a tokenProvider).',
      { code: 'secret_key_in_browser' },
    );
  }
  return token;
}

/** Resolves the `Authorization` token for each attempt and refreshes it after a 401. */
export class Credentials {
  readonly #static: string | undefined;
  readonly #provider: TokenProvider | undefined;
  readonly #browser: boolean;
  readonly #clock: Clock;
  #pending: Promise<AccessToken> | undefined;
  // The token of the last settled fetch; undefined while a fetch is in flight.
  #latest: string | undefined;

  constructor(options: CredentialOptions, browser: boolean, clock: Clock = systemClock) {
    this.#browser = browser;
    this.#clock = clock;
    const fixed = options.apiKey ?? options.accessToken;
    this.#static = fixed === undefined ? undefined : refuseInBrowser(fixed, browser);
    this.#provider = fixed === undefined ? options.tokenProvider : undefined;
  }

  /** Whether a 401 can be cured by asking the provider again. */
  get refreshable(): boolean {
    return this.#provider !== undefined;
  }

  #fetch(forceRefresh: boolean): Promise<AccessToken> {
    const provider = this.#provider!;
    const pending = provider({ forceRefresh }).then((value) => {
      const token = typeof value === 'string' ? { token: value } : value;
      refuseInBrowser(token.token, this.#browser);
      if (this.#pending === pending) this.#latest = token.token;
      return token;
    });
    // A failed fetch must not poison the cache: the next request asks again.
    pending.catch(() => {
      if (this.#pending === pending) this.#pending = undefined;
    });
    this.#pending = pending;
    this.#latest = undefined;
    return pending;
  }

  /** The token for the next attempt, or `undefined` when the client has no credentials. */
  async token(): Promise<string | undefined> {
    if (!this.#provider) return this.#static;
    const pending = this.#pending ?? this.#fetch(false);
    const current = await pending;
    if (current.expiresAt === undefined || current.expiresAt - EXPIRY_SKEW_MS > this.#clock.now()) {
      return current.token;
    }
    return (await (this.#pending === pending ? this.#fetch(true) : this.#pending!)).token;
  }

  /** Forgets `rejected` (the token a 401 came back for) unless a newer one is already cached. */
  async refresh(rejected: string | undefined): Promise<void> {
    // Decided synchronously so that concurrent 401s for the same token share one refresh.
    await (!this.#pending || this.#latest === rejected ? this.#fetch(true) : this.#pending);
  }
}
