import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../platform/localize/index';
import type { ClaimFormDraft, FieldError } from '../draft';
import type { ClaimFormMessages } from '../messages/index';
import { fieldError, invalid } from './field';

/** A hospital the patient can choose, named in both languages. */
export interface ProviderOption {
  id: string;
  name: { en: string; 'zh-CN': string };
}

/** Step 2: the hospital and the date of the visit. */
export function visitView(p: {
  m: ClaimFormMessages;
  locale: Locale;
  draft: ClaimFormDraft;
  errors: readonly FieldError[];
  providers: readonly ProviderOption[];
  today: string;
  onProvider: (id: string) => void;
  onDate: (date: string) => void;
}): TemplateResult {
  const { m, draft, errors } = p;
  const badProvider = invalid(errors, 'provider');
  const badDate = invalid(errors, 'service-date');
  return html`<label for="provider">${m.providerLabel}</label>
    <select id="provider" part="input" aria-invalid=${badProvider ? 'true' : 'false'}
      aria-describedby=${badProvider ? 'provider-error' : ''}
      @change=${(e: Event) => p.onProvider((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!draft.provider}>${m.providerChoose}</option>
      ${p.providers.map(
        (o) =>
          html`<option value=${o.id} ?selected=${o.id === draft.provider}>${o.name[p.locale]}</option>`,
      )}
    </select>
    ${fieldError(m, errors, 'provider')}
    <label for="service-date">${m.dateLabel}</label>
    <input id="service-date" part="input" type="date" max=${p.today} .value=${draft.service_date}
      aria-invalid=${badDate ? 'true' : 'false'}
      aria-describedby=${badDate ? 'service-date-error' : ''}
      @change=${(e: Event) => p.onDate((e.target as HTMLInputElement).value)} />
    ${fieldError(m, errors, 'service-date')}`;
}
