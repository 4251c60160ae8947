import { html, type TemplateResult } from 'lit';
import type { CallState } from '../../platform/controllers/api-controller';
import { formatDateTime, type Locale, type PlatformMessages } from '../../platform/localize/index';
import { noticeView } from '../../platform/view/notice';
import type { Dispensation } from '../api/trace-api';
import type { TraceVerifierMessages } from '../messages/index';

/** What the dispense section needs from the element. */
export interface DispenseContext {
  m: TraceVerifierMessages;
  platform: PlatformMessages;
  locale: Locale;
  state: CallState<Dispensation>;
  /** Dispenses, or retries with the result's idempotency key. */
  onDispense: () => void;
}

/** The dispense action and its outcome (pending, dispensed, or failed with a retry). */
export function dispenseView(context: DispenseContext): TemplateResult {
  const { m, state, locale } = context;
  let body: TemplateResult;
  if (state.status === 'complete') {
    body = html`<div class="notice tone-success">
      <div class="notice-body">
        <h4 id="dispensed-heading" tabindex="-1">${m.dispensed}</h4>
        <p>${m.dispensedDetail(formatDateTime(locale, state.value.reversible_until))}</p>
      </div>
    </div>`;
  } else if (state.status === 'error') {
    body = noticeView({
      tone: 'danger',
      text: state.message,
      action: { label: context.platform.retry, run: context.onDispense },
    });
  } else {
    // aria-disabled (not disabled) keeps focus on the button while the request runs.
    const pending = state.status === 'pending';
    body = html`<div class="actions">
      <button
        part="button"
        class="primary"
        type="button"
        aria-disabled=${pending ? 'true' : 'false'}
        @click=${context.onDispense}
      >
        ${pending ? m.dispensing : m.dispense}
      </button>
    </div>`;
  }
  return html`<div part="dispense" class="dispense section">${body}</div>`;
}
