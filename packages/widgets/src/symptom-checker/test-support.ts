import type { RequestHandler } from 'msw';
import { userEvent } from 'vitest/browser';
import { $, mount, shadow, until } from '../test-support/dom';
import { API_BASE, instantRetries, useHandlers } from '../test-support/mock-api';
import { LIQIANG, mintCheckerSession } from './stories/session';
import type { ApothecaSymptomChecker } from './symptom-checker';
import './define';

const SERVICE_WORKER = '/mockServiceWorker.js';

export { LIQIANG, WANGFANG } from './stories/session';
/** The injected "now" of the checker's age display. */
export const NOW = new Date('2026-12-04T04:00:00Z');

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

/** Mounts a real checker for `patientId` with a session, against the in-page mock API. */
export async function mountChecker(
  patientId = LIQIANG,
  attributes: Record<string, string> = {},
): Promise<ApothecaSymptomChecker> {
  const element = await mount(
    'apotheca-symptom-checker',
    { 'api-base': API_BASE, 'patient-id': patientId, ...attributes },
    {
      clientOptions: instantRetries,
      now: () => NOW,
      sessionToken: await mintCheckerSession(patientId),
    },
  );
  await until(() => shadow(element).querySelector('.about') !== null);
  return element;
}

/** Types the complaint and starts the interview. */
export async function startWith(element: HTMLElement, complaint: string): Promise<void> {
  await userEvent.fill($(element, '#complaint'), complaint);
  await userEvent.click($(element, 'button[type="submit"]'));
  await until(() => shadow(element).querySelector('#question-heading, #result-heading') !== null);
}

/** The open question's step, from the progress line ("Question 3" → 3). */
export function currentStep(element: HTMLElement): number {
  return Number(shadow(element).querySelector('#progress')?.textContent?.match(/\d+/)?.[0]);
}

/**
 * Answers the open question as the patient: the concepts in `findings` present, the rest absent
 * (a `single` as Yes / No, a `group_single` as its finding or "None of these").
 */
export async function answer(element: HTMLElement, findings: readonly string[]): Promise<void> {
  const root = shadow(element);
  const step = currentStep(element);
  const inputs = [...root.querySelectorAll<HTMLInputElement>('fieldset input')];
  const first = inputs[0];
  if (first?.type === 'radio' && first.name !== 'pick') {
    const choice = findings.includes(first.name) ? 'present' : 'absent';
    await userEvent.click(inputs.find((i) => i.value === choice) ?? first);
  } else if (first?.type === 'radio') {
    await userEvent.click(
      inputs.find((i) => findings.includes(i.value)) ??
        inputs.find((i) => i.value === '__none__') ??
        first,
    );
  } else {
    for (const input of inputs) if (findings.includes(input.value)) await userEvent.click(input);
  }
  await userEvent.click($(element, 'button[type="submit"]'));
  await until(
    () =>
      root.querySelector('#result-heading') !== null ||
      (root.querySelector('#progress') !== null &&
        currentStep(element) !== step &&
        !root.querySelector('fieldset[disabled]')),
  );
}

/** Answers until the result shows. */
export async function answerAll(element: HTMLElement, findings: readonly string[]): Promise<void> {
  for (let i = 0; i < 20 && !shadow(element).querySelector('#result-heading'); i++)
    await answer(element, findings);
}
