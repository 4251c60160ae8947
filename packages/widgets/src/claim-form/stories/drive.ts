import type { ApothecaClaimForm } from '../claim-form';
import { invoicePhoto } from './session';

/** Story drivers: plain DOM events, as a keyboard or pointer would send them. */
export function formIn(canvas: HTMLElement): ApothecaClaimForm {
  const form = canvas.querySelector('apotheca-claim-form');
  if (!form) throw new Error('claim form not rendered');
  return form;
}

function q<T extends HTMLElement = HTMLElement>(form: HTMLElement, selector: string): T | null {
  return form.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** Waits (frame by frame, bounded) until `check` passes. */
export async function frames(check: () => boolean, limit = 600): Promise<void> {
  for (let i = 0; !check(); i++) {
    if (i >= limit) throw new Error('story state not reached');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export const shown = (form: HTMLElement, selector: string) => () => q(form, selector) !== null;
export const says = (form: HTMLElement, words: string) => () =>
  (form.shadowRoot?.textContent ?? '').includes(words);

/** Clicks Next and waits for the next step. */
export async function next(form: HTMLElement): Promise<void> {
  const before = q(form, '#step-heading')?.textContent;
  q(form, '#next')?.click();
  await frames(() => q(form, '#step-heading')?.textContent !== before);
}

function set(form: HTMLElement, selector: string, value: string): void {
  const field = q<HTMLInputElement>(form, selector);
  if (!field) throw new Error(`no field ${selector}`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Visit: the Beijing hospital on 1 December. */
export async function fillVisit(form: HTMLElement): Promise<void> {
  await next(form);
  set(form, '#provider', 'hosp_test_bj_capital');
  set(form, '#service-date', '2026-12-01');
}

/** Photos: chooses `files` in the file input. */
export async function choosePhotos(form: HTMLElement, files: File[]): Promise<void> {
  const input = q<HTMLInputElement>(form, '#photos');
  if (!input) throw new Error('no photo input');
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Items: adds the first catalogue match of `query` (or a typed code) at `price` yuan. */
export async function addItem(form: HTMLElement, query: string, price = '25.00'): Promise<void> {
  set(form, '#item-search', query);
  q<HTMLFormElement>(form, 'form.search')?.requestSubmit();
  await frames(shown(form, 'button.match'));
  q(form, 'button.match')?.click();
  await frames(shown(form, '#price-0'));
  set(form, '#price-0', price);
}

/** Diagnoses: adds the first match of `query`. */
export async function addDiagnosis(form: HTMLElement, query: string): Promise<void> {
  set(form, '#diagnosis-search', query);
  await frames(shown(form, '.matches button.match'));
  q(form, '.matches button.match')?.click();
}

/** Every step with a clean claim, up to the review. */
export async function toReview(form: HTMLElement): Promise<void> {
  await fillVisit(form);
  await next(form);
  await choosePhotos(form, [await invoicePhoto()]);
  await frames(shown(form, '.status-uploaded'));
  await next(form);
  await addItem(form, 'ibuprofen');
  await next(form);
  await addDiagnosis(form, 'J06');
  await next(form);
}
