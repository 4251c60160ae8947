import { html, nothing, type TemplateResult } from 'lit';
import { dangerIcon, warningIcon } from '../icons/icons';

/** A message with an optional action, shown in a widget's `notice` part. */
export interface Notice {
  tone: 'danger' | 'warning' | 'info';
  text: string;
  /** A second, quieter line (e.g. the request reference). */
  detail?: string;
  action?: { label: string; run: () => void };
}

/**
 * Renders a notice as an alert (`role="alert"`, an icon beside the words); its action button has
 * the class `notice-action`, where focus goes after an error.
 *
 * @example
 * ```ts
 * noticeView({ tone: 'danger', text: m.errorOffline, action: { label: m.retry, run: retry } });
 * ```
 */
export function noticeView(notice: Notice): TemplateResult {
  const icon = notice.tone === 'danger' ? dangerIcon : warningIcon;
  return html`<div part="notice" class="notice tone-${notice.tone}" role="alert">
    ${icon}
    <div class="notice-body">
      <p>${notice.text}</p>
      ${notice.detail ? html`<p class="hint">${notice.detail}</p>` : nothing}
      ${
        notice.action
          ? html`<button part="button" type="button" class="notice-action" @click=${notice.action.run}>
            ${notice.action.label}
          </button>`
          : nothing
      }
    </div>
  </div>`;
}
