import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { type Problem, toProblem } from '../errors/problem';
import { apothecaEvent } from '../events/events';
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

function isUnauthorized(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 401
  );
}

/**
 * What every Apotheca widget shares: the session (token or provider, refreshed once on expiry),
 * the API base, the locale (from `locale` or the nearest `lang`), theming and typed events.
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
  static override styles = [tokenStyles, baseStyles];

  #token: string | undefined;
  #tokenRequest: Promise<string | undefined> | undefined;
  #appearanceSheet: CSSStyleSheet | undefined;
  #stopLangObserver: (() => void) | undefined;

  /**
   * A widget session token (`wst_…`) minted by your server. The attribute is read and removed at
   * once, so DOM-recording scripts never see it; it is never reflected, logged or put in a URL.
   */
  @property({ attribute: 'session-token', noAccessor: true })
  set sessionToken(value: string | null | undefined) {
    this.#token = value ? value : undefined;
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
  protected get platformText(): PlatformMessages {
    return messagesFor(platformMessages, this.currentLocale);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'session-token') {
      // Keep the token in memory only; our own removal re-enters here with `null` and is ignored.
      if (value !== null) {
        this.#token = value || undefined;
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

  /** Fires a bubbling, composed `CustomEvent`. */
  protected emit<Detail>(type: string, detail: Detail): void {
    this.dispatchEvent(apothecaEvent(type, detail));
  }

  /** Reports a failure as `apotheca-error` and returns its classification for display. */
  protected reportError(operation: string, error: unknown): Problem {
    const problem = toProblem(error);
    this.emit('apotheca-error', { operation, ...problem });
    return problem;
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
    if (token) this.#token = token;
    return token;
  }

  #expire(reason: 'missing' | 'expired'): SessionExpiredError {
    if (reason === 'expired') this.#token = undefined;
    this.emit('apotheca-session-expired', { reason });
    return new SessionExpiredError();
  }

  /**
   * Runs `operation` with the session token. On a 401 it asks `tokenProvider` once for a fresh
   * token and retries once; without one it fires `apotheca-session-expired` and throws
   * {@link SessionExpiredError}.
   */
  protected async withSession<T>(operation: (token: string) => Promise<T>): Promise<T> {
    const token = this.#token ?? (await this.#freshToken());
    if (!token) throw this.#expire('missing');
    try {
      return await operation(token);
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
    }
    const fresh = await this.#freshToken();
    if (!fresh) throw this.#expire('expired');
    try {
      return await operation(fresh);
    } catch (error) {
      if (isUnauthorized(error)) throw this.#expire('expired');
      throw error;
    }
  }
}
