import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../platform/localize/index';
import { formatDate } from '../../platform/localize/index';
import type { ClaimFormDraft } from '../draft';
import type { ClaimFormMessages } from '../messages/index';
import { money } from './format';
import type { ProviderOption } from './visit-view';

/** Step 6: everything at a glance before the one submission. */
export function reviewView(p: {
  m: ClaimFormMessages;
  locale: Locale;
  draft: ClaimFormDraft;
  providers: readonly ProviderOption[];
  busy: boolean;
  onSubmit: () => void;
}): TemplateResult {
  const { m, locale, draft } = p;
  const provider = p.providers.find((o) => o.id === draft.provider);
  return html`<dl part="review" class="review">
      <dt>${m.policyLabel}</dt><dd>${draft.policy_id}</dd>
      <dt>${m.providerLabel}</dt><dd>${provider ? provider.name[locale] : draft.provider}</dd>
      <dt>${m.dateLabel}</dt><dd>${draft.service_date ? formatDate(locale, draft.service_date) : ''}</dd>
      <dt>${m.steps.photos}</dt><dd>${draft.attachments.length}</dd>
      <dt>${m.steps.items}</dt>
      <dd><ul>${draft.items.map((i) => html`<li>${i.label} × ${i.quantity} — ${money(locale, i.unit_price * i.quantity)}</li>`)}</ul></dd>
      <dt>${m.steps.diagnoses}</dt><dd>${draft.diagnoses.join(', ')}</dd>
    </dl>
    <button part="button" type="button" class="button primary" id="submit" ?disabled=${p.busy}
      aria-busy=${p.busy ? 'true' : 'false'} @click=${p.onSubmit}>
      ${p.busy ? m.submitting : m.submit}
    </button>
    ${p.busy ? html`<p class="hint" role="status">${m.submitting}</p>` : nothing}`;
}
