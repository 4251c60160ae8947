import { html, nothing, type TemplateResult } from 'lit';
import type { CallState } from '../../platform/controllers/api-controller';
import type { Locale } from '../../platform/localize/index';
import type { CoverageCheck } from '../api/claim-api';
import type { ClaimFormDraft, FieldError } from '../draft';
import type { ClaimFormMessages } from '../messages/index';
import { fieldError, invalid } from './field';
import { money } from './format';

/** Step 1: the policy (prefilled) and its coverage check. */
export function policyView(p: {
  m: ClaimFormMessages;
  locale: Locale;
  draft: ClaimFormDraft;
  errors: readonly FieldError[];
  coverage: CallState<CoverageCheck>;
  onPolicy: (value: string) => void;
}): TemplateResult {
  const { m, draft, errors, coverage } = p;
  const bad = invalid(errors, 'policy');
  return html`<label for="policy">${m.policyLabel}</label>
    <input id="policy" part="input" autocomplete="off" .value=${draft.policy_id}
      aria-invalid=${bad ? 'true' : 'false'}
      aria-describedby=${bad ? 'policy-error' : 'policy-hint'}
      @change=${(e: Event) => p.onPolicy((e.target as HTMLInputElement).value.trim())} />
    <p class="hint" id="policy-hint">${m.policyHint}</p>
    ${fieldError(m, errors, 'policy')} ${coverageView(p.m, p.locale, coverage)}`;
}

/** The coverage summary, or nothing until a check answered. */
export function coverageView(
  m: ClaimFormMessages,
  locale: Locale,
  coverage: CallState<CoverageCheck>,
): TemplateResult | typeof nothing {
  if (coverage.status === 'error') return html`<p class="field-error">${coverage.message}</p>`;
  if (coverage.status !== 'complete') return nothing;
  const c = coverage.value;
  const network = c.network.status;
  return html`<ul part="coverage" class="coverage ${c.active ? 'ok' : 'bad'}">
    <li>${c.active ? m.coverageActive : m.coverageInactive}</li>
    ${
      c.active
        ? html`<li>${m.deductibleLeft(money(locale, c.deductible.remaining.amount, c.currency))}</li>
          <li>${m.coinsurance(c.coinsurance_percent)}</li>`
        : nothing
    }
    ${network === 'in_network' ? html`<li>${m.inNetwork}</li>` : network === 'out_of_network' ? html`<li>${m.outOfNetwork}</li>` : nothing}
  </ul>`;
}
