import type { RequestHandler } from 'msw';
import { userEvent } from 'vitest/browser';
import { $, mount, shadow, until } from '../test-support/dom';
import { API_BASE, instantRetries } from '../test-support/mock-api';
import type { DeliveryAddress } from './api/refill-api';
import type { ApothecaRefillReminder } from './refill-reminder';
import { mintRefillSession, useRefillDay, WANGFANG, WANGFANG_ADDRESS } from './stories/session';
import './define';

const SERVICE_WORKER = '/mockServiceWorker.js';

export {
  DAVIDCHEN,
  DAVIDCHEN_ADDRESS,
  DAYS,
  refillMock,
  WANGFANG,
  WANGFANG_ADDRESS,
} from './stories/session';

/** 王芳's seeded amlodipine prescription. */
export const AMLODIPINE = 'rx_test_wangfang_amlodipine';

/** Before each test: an empty page in English and a fresh engine on `day`. */
export async function resetPage(
  day: string = '2026-10-21',
  ...handlers: RequestHandler[]
): Promise<void> {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  await useRefillDay(day, handlers, SERVICE_WORKER);
}

/** Mounts a real reminder for `patientId` with a session and waits for its medicines. */
export async function mountReminder(
  patientId = WANGFANG,
  address: DeliveryAddress | undefined = WANGFANG_ADDRESS,
): Promise<ApothecaRefillReminder> {
  const element = await mount(
    'apotheca-refill-reminder',
    { 'api-base': API_BASE, 'patient-id': patientId },
    {
      clientOptions: instantRetries,
      sessionToken: await mintRefillSession(patientId),
      ...(address ? { deliveryAddress: address } : {}),
    },
  );
  await until(() => shadow(element).querySelector('.medicines, .empty, [part="notice"]') !== null);
  return element;
}

/** The card of one prescription. */
export function card(element: HTMLElement, prescriptionId = AMLODIPINE): HTMLElement {
  return $(element, `[data-prescription="${prescriptionId}"]`);
}

/** Opens the refill form of a prescription and sends it (optionally with another street). */
export async function sendRefill(
  element: HTMLElement,
  prescriptionId = AMLODIPINE,
  street?: string,
): Promise<void> {
  await userEvent.click($(element, `[data-prescription="${prescriptionId}"] button.refill`));
  await until(() => shadow(element).querySelector('[part="address-form"]') !== null);
  if (street !== undefined)
    await userEvent.fill($(element, `[id="${prescriptionId}-line1"]`), street);
  await userEvent.click($(element, '[part="address-form"] button[type="submit"]'));
  await settled(element);
}

/** Waits until no refill is on its way and no list is loading. */
export async function settled(element: HTMLElement): Promise<void> {
  await until(
    () =>
      shadow(element).querySelector(
        'fieldset[disabled], .loading, [part="address-review"] button[disabled]',
      ) === null,
  );
}

/** An element inside one prescription's card. */
export function inCard<T extends Element = HTMLElement>(
  element: HTMLElement,
  selector: string,
  prescriptionId = AMLODIPINE,
): T {
  const found = card(element, prescriptionId).querySelector<T>(selector);
  if (!found) throw new Error(`not found in ${prescriptionId}: ${selector}`);
  return found;
}

/** The text of one prescription's card, whitespace collapsed. */
export function cardText(element: HTMLElement, prescriptionId = AMLODIPINE): string {
  return (card(element, prescriptionId).textContent ?? '').replace(/\s+/g, ' ').trim();
}
