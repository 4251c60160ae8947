import type { RequestHandler } from 'msw';
import { userEvent } from 'vitest/browser';
import { $, mount, shadow, until } from '../test-support/dom';
import { API_BASE, instantRetries, useHandlers } from '../test-support/mock-api';
import type { ApothecaPrescriptionUpload } from './prescription-upload';
import { mintUploadSession, WANGFANG } from './stories/session';
import './define';

const SERVICE_WORKER = '/mockServiceWorker.js';

export { photos } from './stories/photos';
export { LIQIANG, reviewUpload, uploadAs, WANGFANG } from './stories/session';

/** Before each test: an empty page in English, a fresh engine, no overrides. */
export async function resetPage(): Promise<void> {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  await useHandlers([], SERVICE_WORKER);
}

/** Replaces the per-test msw overrides (the engine answers everything else). */
export function override(...handlers: RequestHandler[]): Promise<void> {
  return useHandlers(handlers, SERVICE_WORKER);
}

/** Mounts a real upload widget for `patientId` with a session, against the in-page mock API. */
export async function mountUpload(patientId = WANGFANG): Promise<ApothecaPrescriptionUpload> {
  const element = await mount(
    'apotheca-prescription-upload',
    { 'api-base': API_BASE, 'patient-id': patientId },
    { clientOptions: instantRetries, sessionToken: await mintUploadSession(patientId) },
  );
  await until(() => shadow(element).querySelector('[part="pick"]') !== null);
  return element;
}

/** Chooses a photo (as the file picker would) and waits for the on-device check. */
export async function choose(element: HTMLElement, file: File): Promise<void> {
  await userEvent.upload($<HTMLInputElement>(element, '#choose'), file);
  await until(() => shadow(element).querySelector('.checking') === null);
  await until(() => shadow(element).querySelector('#ready-heading, #retake-heading') !== null);
}

/** Sends the checked photo and waits until it is answered. */
export async function send(element: HTMLElement): Promise<void> {
  await userEvent.click($(element, '[part="send-form"] button[type="submit"]'));
  await until(() => shadow(element).querySelector('.sending') === null);
}
