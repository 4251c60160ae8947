import { html, nothing, type TemplateResult } from 'lit';
import { warningIcon } from '../../platform/icons/icons';
import { type Notice, noticeView } from '../../platform/view/notice';
import type { DeliveryAddress } from '../api/refill-api';
import type { RefillReminderMessages } from '../messages/index';

const FIELDS = ['line1', 'line2', 'city', 'province', 'postal_code'] as const;
type Field = (typeof FIELDS)[number];
const LABEL: Record<Field, keyof RefillReminderMessages> = {
  line1: 'line1',
  line2: 'line2',
  city: 'city',
  province: 'province',
  postal_code: 'postalCode',
};
const AUTOCOMPLETE: Record<Field, string> = {
  line1: 'address-line1',
  line2: 'address-line2',
  city: 'address-level2',
  province: 'address-level1',
  postal_code: 'postal-code',
};

/**
 * Reads the address form; `undefined` when the street or city is missing. The country is not
 * asked (a refill ships within it) and comes from the address on record.
 */
export function readAddress(form: HTMLFormElement, country?: string): DeliveryAddress | undefined {
  const data = new FormData(form);
  const value = (field: Field) => String(data.get(field) ?? '').trim();
  const line1 = value('line1');
  const city = value('city');
  if (!line1 || !city) return undefined;
  const address: DeliveryAddress = { line1, city };
  for (const field of ['line2', 'province', 'postal_code'] as const) {
    const v = value(field);
    if (v) address[field] = v;
  }
  if (country) address.country = country;
  return address;
}

export interface AddressFormProps {
  m: RefillReminderMessages;
  /** Ids unique to the medicine, so two forms never share a label target. */
  idPrefix: string;
  address: DeliveryAddress | undefined;
  busy: boolean;
  invalid: boolean;
  notice: Notice | undefined;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/** The delivery address form, prefilled from the portal's address on record. */
export function addressFormView(p: AddressFormProps): TemplateResult {
  const { m } = p;
  return html`<form part="address-form" class="address" @submit=${p.onSubmit} novalidate>
    <fieldset ?disabled=${p.busy}>
      <legend id="${p.idPrefix}-address-heading" tabindex="-1">${m.addressTitle}</legend>
      ${FIELDS.map((field) => {
        const id = `${p.idPrefix}-${field}`;
        const required = field === 'line1' || field === 'city';
        return html`<div class="field">
          <label for=${id}>${m[LABEL[field]] as string}</label>
          <input
            type="text"
            id=${id}
            name=${field}
            autocomplete=${AUTOCOMPLETE[field]}
            .value=${p.address?.[field] ?? ''}
            ?required=${required}
            aria-invalid=${p.invalid && required ? 'true' : 'false'}
          />
        </div>`;
      })}
    </fieldset>
    ${p.invalid ? html`<p class="error" role="alert">${m.addressRequired}</p>` : nothing}
    ${p.notice ? noticeView(p.notice) : nothing}
    <div class="actions">
      <button part="button" class="primary" type="submit" ?disabled=${p.busy}>
        ${p.busy ? html`<span class="spinner" aria-hidden="true"></span>${m.sending}` : m.sendRefill}
      </button>
      <button part="button" type="button" ?disabled=${p.busy} @click=${p.onCancel}>
        ${m.cancel}
      </button>
    </div>
  </form>`;
}

export interface AddressReviewProps {
  m: RefillReminderMessages;
  idPrefix: string;
  address: DeliveryAddress;
  busy: boolean;
  notice: Notice | undefined;
  onConfirm: () => void;
  onChange: () => void;
}

/** The held refill: a new address for an essential medicine, confirmed by the patient or changed. */
export function addressReviewView(p: AddressReviewProps): TemplateResult {
  const { m, address } = p;
  const lines = [address.line1, address.line2, address.city, address.province, address.postal_code]
    .filter(Boolean)
    .join(', ');
  return html`<div part="address-review" class="review tone-warning" role="group"
    aria-labelledby="${p.idPrefix}-review-heading">
    <h4 id="${p.idPrefix}-review-heading" tabindex="-1">${warningIcon} ${m.addressChangeTitle}</h4>
    <p class="lines">${lines}</p>
    <p>${m.addressChangeWarning}</p>
    ${p.notice ? noticeView(p.notice) : nothing}
    <div class="actions">
      <button part="button" class="primary" type="button" ?disabled=${p.busy} @click=${p.onConfirm}>
        ${p.busy ? html`<span class="spinner" aria-hidden="true"></span>${m.sending}` : m.confirmNewAddress}
      </button>
      <button part="button" type="button" ?disabled=${p.busy} @click=${p.onChange}>
        ${m.useOldAddress}
      </button>
    </div>
  </div>`;
}
