import type { ClientOptions, TokenProvider as ClientTokenProvider } from '@apotheca/core';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { type Problem, toProblem } from '../errors/problem';
import { type ApothecaEventDetail, type ApothecaEventType, apothecaEvent } from '../events/events';
import {
  DEFAULT_LOCALE,
  type Locale,
  messagesFor,
  observeLang,
  type PlatformMessages,
  platformMessages,
  toLocale,
} from '../localize/index';
import { SessionExpiredError } from '../session/session-errors';
import { type Appearance, appearanceSheet, baseStyles, tokenStyles } from '../theme/index';

/** Returns a fresh widget session token (`wst_…`) from the partner's own server. */
export type TokenProvider = () => Promise<string>;

/** `light`/`dark` force a scheme; `auto` follows `prefers-color-scheme`. */
export type ThemeName = 'light' | 'dark' | 'auto';

/**
 * Client settings a page may tune for a widget's API calls (custom `fetch`, hooks, retries,
 * timeouts, backoff, logger). Credentials and the API origin come from the widget itself.
 */
export type WidgetClientOptions = Omit<
  ClientOptions,
  'baseUrl' | 'apiKey' | 'accessToken' | 'tokenProvider' | 'browser'
>;

/**
 * What every Apotheca widget shares: the session (token or provider; core's client refreshes it
 * once on a 401), the API base, the locale (from `locale` or the nearest `lang`), theming and
 * typed events. Behaviour is composed from controllers in `platform/controllers/`.
 *
 * @fires apotheca-session-expired - No usable session: none was given, or the API refused it and the `tokenProvider` gave no fresh one.
 * @fires apotheca-error - An operation failed; `detail` has a stable `code`, never free text.
 *
 * @cssprop [--apotheca-color-primary=#0b6e4f] - Buttons, links, focus accents.
 * @cssprop [--apotheca-color-on-primary=#ffffff] - Text on primary-coloured buttons.
 * @cssprop [--apotheca-color-text=#1c2430] - Body text.
 * @cssprop [--apotheca-color-text-muted=#4f5b69] - Hints and secondary text.
 * @cssprop [--apotheca-color-surface=#ffffff] - Background.
 * @cssprop [--apotheca-color-surface-alt=#f3f5f7] - Secondary background (journey, camera).
 * @cssprop [--apotheca-color-border=#7b8794] - Field borders.
 * @cssprop [--apotheca-color-danger=#b42318] - Danger status and errors.
 * @cssprop [--apotheca-color-success=#067647] - Success status.
 * @cssprop [--apotheca-color-warning=#8a5300] - Warning status.
 * @cssprop [--apotheca-color-focus=#1a5fd0] - Focus ring.
 * @cssprop [--apotheca-radius=8px] - Corner radius.
 * @cssprop [--apotheca-font-family=system-ui] - Font stack.
 * @cssprop [--apotheca-font-size=1rem] - Base font size.
 * @cssprop [--apotheca-spacing=1rem] - Base spacing unit.
 */
export abstract class ApothecaElement extends LitElement {
  /** The theme tokens (`--apotheca-*` custom properties) and the base styles every widget shares. */
  static override styles = [tokenStyles, baseStyles];

  #token: string | undefined;
  #tokenRequest: Promise<string | undefined> | undefined;
  #sessionGeneration = 0;
  #appearanceSheet: CSSStyleSheet | undefined;
  #stopLangObserver: (() => void) | undefined;

  /**
   * A widget session token (`wst_…`) minted by your server. The attribute is read and removed at
   * once, so DOM-recording scripts never see it; it is never reflected, logged or put in a URL.
   */
  @property({ attribute: 'session-token', noAccessor: true })
  set sessionToken(value: string | null | undefined) {
    this.#setToken(value || undefined);
  }
  get sessionToken(): string | undefined {
    return this.#token;
  }

  /** Called for a token when there is none, and again once when the API reports it expired. */
  @property({ attribute: false }) tokenProvider: TokenProvider | undefined;

  /** The Apotheca API origin, e.g. `http://localhost:4010`. */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;

  /** `zh-CN` or `en`. Default: the nearest ancestor's `lang`, followed as it changes. */
  @property() locale: string | undefined;

  /** Colour scheme. Default: the page's own `color-scheme`. */
  @property({ reflect: true }) theme: ThemeName | undefined;

  /** Theme variables set from script; page CSS on the element still wins. */
  @property({ attribute: false }) appearance: Appearance | undefined;

  /**
   * Tunes the widget's API client (e.g. `{ fetch, hooks, maxRetries }`); read when the next call
   * starts.
   */
  @property({ attribute: false }) clientOptions: WidgetClientOptions | undefined;

  /** The locale the widget is speaking now. */
  get currentLocale(): Locale {
    return (
      toLocale(this.locale) ??
      toLocale(this.closest('[lang]')?.getAttribute('lang')) ??
      toLocale(document.documentElement.lang) ??
      DEFAULT_LOCALE
    );
  }

  /** Platform strings in the current locale. */
  get platformText(): PlatformMessages {
    return messagesFor(platformMessages, this.currentLocale);
  }

  /**
   * Changes whenever the page hands over a new session token: API clients built for an older
   * generation hold a cached token and must be rebuilt.
   */
  get sessionGeneration(): number {
    return this.#sessionGeneration;
  }

  /**
   * The session as core's `tokenProvider`: the page's token first; on a 401 (`forceRefresh`) the
   * page's `tokenProvider` once. Without a token it fires `apotheca-session-expired` and throws
   * {@link SessionExpiredError}, so no request goes out.
   */
  readonly clientTokenProvider: ClientTokenProvider = async ({ forceRefresh }) => {
    if (!forceRefresh && this.#token) return this.#token;
    const fresh = await this.#freshToken();
    if (fresh) return fresh;
    throw this.expireSession(forceRefresh ? 'expired' : 'missing');
  };

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'session-token') {
      // Keep the token in memory only; our own removal re-enters here with `null` and is ignored.
      if (value !== null) {
        this.#setToken(value || undefined);
        this.removeAttribute(name);
      }
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopLangObserver = observeLang(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLangObserver?.();
    this.#stopLangObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('appearance')) this.#applyAppearance();
  }

  #applyAppearance(): void {
    const root = this.renderRoot as ShadowRoot;
    const others = root.adoptedStyleSheets.filter((sheet) => sheet !== this.#appearanceSheet);
    this.#appearanceSheet = appearanceSheet(this.appearance);
    root.adoptedStyleSheets = [...others, this.#appearanceSheet];
  }

  /** Fires a bubbling, composed `CustomEvent` whose name and detail are typed in `HTMLElementEventMap`. */
  emit<Type extends ApothecaEventType>(type: Type, detail: ApothecaEventDetail<Type>): void {
    this.dispatchEvent(apothecaEvent(type, detail));
  }

  /** Reports a failure as `apotheca-error` and returns its classification for display. */
  reportError(operation: string, error: unknown): Problem {
    const problem = toProblem(error);
    this.emit('apotheca-error', { operation, ...problem });
    return problem;
  }

  /**
   * Makes sure a call can start with a token: asks the `tokenProvider` when there is none, and
   * otherwise fires `apotheca-session-expired` (`missing`) and throws, before any request.
   */
  async ensureSession(): Promise<void> {
    if (this.#token || (await this.#freshToken())) return;
    throw this.expireSession('missing');
  }

  /**
   * Forgets the session and fires `apotheca-session-expired`; returns the error to throw. Called
   * when there is no token, and when the API refused the freshest token it had.
   */
  expireSession(reason: 'missing' | 'expired'): SessionExpiredError {
    if (reason === 'expired') this.#token = undefined;
    this.emit('apotheca-session-expired', { reason });
    return new SessionExpiredError();
  }

  #setToken(token: string | undefined): void {
    if (token === this.#token) return;
    this.#token = token;
    this.#sessionGeneration += 1;
  }

  async #freshToken(): Promise<string | undefined> {
    const provider = this.tokenProvider;
    if (!provider) return undefined;
    // Concurrent calls share one provider round trip.
    this.#tokenRequest ??= provider()
      .then(
        (token) => (typeof token === 'string' && token !== '' ? token : undefined),
        () => undefined,
      )
      .finally(() => {
        this.#tokenRequest = undefined;
      });
    const token = await this.#tokenRequest;
    // Kept for later clients; the current client already caches it, so no new generation.
    if (token) this.#token = token;
    return token;
  }
}
