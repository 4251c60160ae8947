import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

/** What an {@link Announcer} needs from its element: updates and a shadow root to focus in. */
export type AnnouncerHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The widget's live region and its focus hand-off between steps: announces what changed, moves
 * focus to the next step's heading or action, and keeps focus inside the widget when the focused
 * control is replaced by a loading state.
 *
 * @example
 * ```ts
 * #announcer = new Announcer(this);
 * render() { return html`… ${this.#announcer.render()}`; }
 * async #done() {
 *   this.#announcer.announce('Saved');
 *   await this.#announcer.focus('#done-heading');
 * }
 * ```
 */
export class Announcer implements ReactiveController {
  readonly #host: AnnouncerHost;
  #text = '';

  constructor(host: AnnouncerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** What the live region says now. */
  get text(): string {
    return this.#text;
  }

  /** Puts `text` in the live region (screen readers read it once). */
  announce(text: string): void {
    this.#text = text;
    this.#host.requestUpdate();
  }

  /** Empties the live region. */
  clear(): void {
    this.announce('');
  }

  /** After the next render, focuses the first match of `selector` in the shadow root. */
  async focus(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * Call before a render that removes the focused control: if focus was inside the widget and is
   * lost by the render, it moves to `selector` (e.g. the loading state) instead of the page.
   */
  async keepFocus(selector: string): Promise<void> {
    const hadFocus = this.#host.matches(':focus-within');
    await this.#host.updateComplete;
    if (hadFocus && !this.#host.matches(':focus-within')) {
      this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  hostConnected(): void {}

  /** The live region; render it once, anywhere inside the widget. */
  render(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${this.#text}</p>`;
  }
}
