import { html, nothing, type TemplateResult } from 'lit';
import type { FieldError } from '../draft';
import type { ClaimFormMessages } from '../messages/index';

/** The error line under a field (its id is the field's `aria-describedby`). */
export function fieldError(
  m: ClaimFormMessages,
  errors: readonly FieldError[],
  field: string,
): TemplateResult | typeof nothing {
  const error = errors.find((e) => e.field === field);
  return error
    ? html`<p class="field-error" id="${field}-error">${m.errors[error.code]}</p>`
    : nothing;
}

/** `aria-invalid` and `aria-describedby` for a field with or without an error. */
export function invalid(errors: readonly FieldError[], field: string): boolean {
  return errors.some((e) => e.field === field);
}
