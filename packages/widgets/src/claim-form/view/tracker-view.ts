import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, type Locale } from '../../platform/localize/index';
import type { Claim } from '../api/claim-api';
import type { ClaimFormMessages } from '../messages/index';
import { money } from './format';

/** After submission: the status history through to paid, refreshed on request. */
export function trackerView(p: {
  m: ClaimFormMessages;
  locale: Locale;
  claim: Claim;
  busy: boolean;
  onRefresh: () => void;
}): TemplateResult {
  const { m, locale, claim } = p;
  const adjudication = claim.adjudication;
  const final =
    claim.status === 'paid' ||
    claim.status === 'denied' ||
    claim.status === 'cancelled' ||
    claim.status === 'replaced';
  return html`<section part="tracker" class="tracker" aria-labelledby="tracker-title">
    <h3 id="tracker-title" tabindex="-1">${m.trackerTitle}</h3>
    <p>${m.submitted(claim.id)}</p>
    <p part="status" class="status status-${claim.status}"><strong>${m.status[claim.status]}</strong></p>
    <ol class="history">
      ${claim.status_history.map(
        (change) =>
          html`<li><span>${m.status[change.status]}</span> <time datetime=${change.at}>${formatDateTime(locale, change.at)}</time></li>`,
      )}
    </ol>
    ${
      adjudication
        ? html`<p>${adjudication.explanation[locale]}</p>
          <p>${m.estimateBenefit(money(locale, adjudication.totals.benefit.amount, adjudication.totals.benefit.currency))}</p>
          <ul class="reasons">${adjudication.reasons.map((r) => html`<li>${r.explanation[locale]}</li>`)}</ul>`
        : nothing
    }
    ${claim.payment ? html`<p class="paid">${m.paidRef(claim.payment.reference)}</p>` : nothing}
    ${
      final
        ? nothing
        : html`<button part="button" type="button" class="button" id="refresh" ?disabled=${p.busy} @click=${p.onRefresh}>
          ${m.refresh}</button>`
    }
  </section>`;
}
