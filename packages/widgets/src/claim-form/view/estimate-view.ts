import { html, type TemplateResult } from 'lit';
import type { CallState } from '../../platform/controllers/api-controller';
import type { Locale } from '../../platform/localize/index';
import type { ClaimEstimate } from '../api/claim-api';
import type { ClaimFormMessages } from '../messages/index';
import { money } from './format';

/** The live instant estimate beside the steps (a polite live region of its own). */
export function estimateView(
  m: ClaimFormMessages,
  locale: Locale,
  estimate: CallState<ClaimEstimate>,
): TemplateResult {
  let body: TemplateResult;
  if (estimate.status === 'pending') body = html`<p>${m.estimatePending}</p>`;
  else if (estimate.status === 'complete') {
    const { totals, explanation } = estimate.value;
    body = html`<p class="benefit">${m.estimateBenefit(money(locale, totals.benefit.amount, totals.benefit.currency))}</p>
      <p>${m.estimateShare(money(locale, totals.patient_share.amount, totals.patient_share.currency))}</p>
      <p class="hint">${explanation[locale]}</p>`;
  } else body = html`<p class="hint">${m.estimateUnavailable}</p>`;
  return html`<aside part="estimate" class="estimate" aria-labelledby="estimate-title" aria-live="polite">
    <h3 id="estimate-title">${m.estimateTitle}</h3>
    ${body}
  </aside>`;
}
