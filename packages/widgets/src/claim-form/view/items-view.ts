import { html, nothing, type TemplateResult } from 'lit';
import type { CallState } from '../../platform/controllers/api-controller';
import type { Locale } from '../../platform/localize/index';
import { formatDate } from '../../platform/localize/index';
import type { ClaimIssue } from '../api/claim-api';
import type { DraftItem, FieldError } from '../draft';
import type { ClaimFormMessages } from '../messages/index';
import type { ItemMatch } from '../states';
import { fieldError, invalid } from './field';

/** Step 4: invoice lines, found in the medication catalogue (either language) or by service code. */
export function itemsView(p: {
  m: ClaimFormMessages;
  locale: Locale;
  items: readonly DraftItem[];
  errors: readonly FieldError[];
  issues: readonly ClaimIssue[];
  matches: CallState<ItemMatch[]>;
  query: string;
  onSearch: (q: string) => void;
  onAdd: (item: DraftItem) => void;
  onChange: (index: number, patch: Partial<DraftItem>) => void;
  onPriceText: (index: number, text: string) => void;
  onRemove: (index: number) => void;
}): TemplateResult {
  const { m, locale, errors } = p;
  const bad = invalid(errors, 'item-search');
  const typed = p.query.trim().toUpperCase();
  // A code printed on the invoice, typed as is (an old one gets the fix offered inline).
  const direct = /^(SVC-[A-Z0-9-]+|XSBX[A-Z0-9]+)$/.test(typed) ? typed : undefined;
  return html`<form class="search" @submit=${(e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).querySelector('input');
    p.onSearch(input?.value.trim() ?? '');
  }}>
      <label for="item-search">${m.itemSearchLabel}</label>
      <div class="row">
        <input id="item-search" part="input" type="search" autocomplete="off" .value=${p.query}
          aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${bad ? 'item-search-error' : 'item-search-hint'} />
        <button part="button" type="submit">${m.add}</button>
      </div>
      <p class="hint" id="item-search-hint">${m.itemSearchHint}</p>
      ${fieldError(m, errors, 'item-search')}
    </form>
    ${
      direct
        ? html`<button part="button" type="button" class="match" @click=${() =>
            p.onAdd({
              code_system: direct.startsWith('SVC-') ? 'service' : 'medication_insurance',
              code: direct,
              label: direct,
              quantity: 1,
              unit_price: 0,
            })}>
            ${m.addCode(direct)}</button>`
        : nothing
    }
    ${matchesView(p)}
    <ol part="items" class="items">
      ${p.items.map((item, i) => {
        const superseded = p.issues.find(
          (issue) => issue.code === 'superseded_code' && issue.path === `/items/${i}/code`,
        );
        const replacement = superseded?.suggestion?.replacement_code;
        return html`<li part="item" class="item">
          <p class="item-title"><strong>${item.label}</strong> <code>${item.code}</code></p>
          ${
            superseded && replacement
              ? html`<div class="superseded" role="alert">
                  <p>${m.supersededCode(item.code, replacement, superseded.suggestion?.changed_on ? formatDate(locale, superseded.suggestion.changed_on) : '')}</p>
                  <button part="button" type="button" class="use-replacement"
                    @click=${() => p.onChange(i, { code: replacement })}>${m.useReplacement(replacement)}</button>
                </div>`
              : nothing
          }
          <div class="row">
            <span><label for="quantity-${i}">${m.quantity}</label>
              <input id="quantity-${i}" part="input" type="number" min="1" step="1" .value=${String(item.quantity)}
                aria-invalid=${invalid(errors, `quantity-${i}`) ? 'true' : 'false'}
                @change=${(e: Event) => p.onChange(i, { quantity: Number((e.target as HTMLInputElement).value) })} />
              ${fieldError(m, errors, `quantity-${i}`)}</span>
            <span><label for="price-${i}">${m.unitPrice}</label>
              <input id="price-${i}" part="input" inputmode="decimal" .value=${item.unit_price ? (item.unit_price / 100).toFixed(2) : ''}
                aria-invalid=${invalid(errors, `price-${i}`) ? 'true' : 'false'}
                @change=${(e: Event) => p.onPriceText(i, (e.target as HTMLInputElement).value)} />
              ${fieldError(m, errors, `price-${i}`)}</span>
            <button part="button" type="button" class="remove" @click=${() => p.onRemove(i)}>
              ${m.remove}<span class="visually-hidden"> ${item.label}</span></button>
          </div>
        </li>`;
      })}
    </ol>`;
}

function matchesView(p: {
  m: ClaimFormMessages;
  locale: Locale;
  matches: CallState<ItemMatch[]>;
  onAdd: (item: DraftItem) => void;
}): TemplateResult | typeof nothing {
  const { matches, m } = p;
  if (matches.status === 'pending') return html`<p class="hint" role="status">…</p>`;
  if (matches.status === 'error') return html`<p class="field-error">${matches.message}</p>`;
  if (matches.status !== 'complete') return nothing;
  if (!matches.value.length) return html`<p class="hint">${m.noMatches}</p>`;
  return html`<ul class="matches" aria-label=${m.itemSearchLabel}>
    ${matches.value.map(({ medication, code }) => {
      const label = medication.name[p.locale];
      return html`<li><button part="button" type="button" class="match"
        @click=${() => p.onAdd({ code_system: 'medication_insurance', code, label, quantity: 1, unit_price: 0 })}>
        ${m.add}: ${label} <code>${code}</code></button></li>`;
    })}
  </ul>`;
}
