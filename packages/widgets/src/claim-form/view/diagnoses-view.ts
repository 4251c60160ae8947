import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../platform/localize/index';
import type { FieldError } from '../draft';
import type { ClaimFormMessages } from '../messages/index';
import { fieldError, invalid } from './field';

/** An ICD-10 code with its names, as the bundled table holds it. */
export interface DiagnosisOption {
  code: string;
  name: { en: string; 'zh-CN': string };
}

/** Step 5: diagnoses, searched in the bundled ICD-10 table in either language. */
export function diagnosesView(p: {
  m: ClaimFormMessages;
  locale: Locale;
  errors: readonly FieldError[];
  chosen: readonly DiagnosisOption[];
  matches: readonly DiagnosisOption[];
  onQuery: (q: string) => void;
  onAdd: (option: DiagnosisOption) => void;
  onRemove: (code: string) => void;
}): TemplateResult {
  const { m, locale, errors } = p;
  const bad = invalid(errors, 'diagnosis-search');
  return html`<label for="diagnosis-search">${m.diagnosisSearchLabel}</label>
    <input id="diagnosis-search" part="input" type="search" autocomplete="off"
      aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${bad ? 'diagnosis-search-error' : 'diagnosis-hint'}
      @input=${(e: Event) => p.onQuery((e.target as HTMLInputElement).value)} />
    <p class="hint" id="diagnosis-hint">${m.diagnosisHint}</p>
    ${fieldError(m, errors, 'diagnosis-search')}
    ${
      p.matches.length
        ? html`<ul class="matches" aria-label=${m.diagnosisSearchLabel}>
          ${p.matches.map(
            (
              o,
            ) => html`<li><button part="button" type="button" class="match" @click=${() => p.onAdd(o)}>
              ${m.add}: <code>${o.code}</code> ${o.name[locale]}</button></li>`,
          )}
        </ul>`
        : nothing
    }
    <ul part="diagnoses" class="chosen">
      ${p.chosen.map(
        (o) => html`<li><code>${o.code}</code> ${o.name[locale]}
          <button part="button" type="button" class="remove" @click=${() => p.onRemove(o.code)}>
            ${m.remove}<span class="visually-hidden"> ${o.code}</span></button></li>`,
      )}
    </ul>`;
}
