import { HttpResponse, http, type RequestHandler } from 'msw';
import { userEvent } from 'vitest/browser';
import { $, mount, shadow, until } from '../test-support/dom';
import { API_BASE, instantRetries, mintSession, useHandlers } from '../test-support/mock-api';
import type { TraceVerification } from './api/trace-api';
import type { ApothecaTraceVerifier } from './trace-verifier';
import './define';

/** The verifier's API routes, for per-test msw overrides. */
export const VERIFICATIONS = `${API_BASE}/v1/trace/verifications`;
export const DISPENSATIONS = `${API_BASE}/v1/trace/dispensations`;
/** A seeded pharmacy counter. */
export const LOCATION = 'loc_bjxicheng01';

const SERVICE_WORKER = '/mockServiceWorker.js';

/** Before each test: an empty page in English, a fresh engine, no overrides, no requests. */
export async function resetPage(): Promise<void> {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  await useHandlers([], SERVICE_WORKER);
}

/** Replaces the per-test msw overrides (the engine answers everything else). */
export function override(...handlers: RequestHandler[]): Promise<void> {
  return useHandlers(handlers, SERVICE_WORKER);
}

/** Answers verifications with `result` (for data the seed has no pack for). */
export function answerWith(result: TraceVerification): Promise<void> {
  return override(http.post(VERIFICATIONS, () => HttpResponse.json(result, { status: 201 })));
}

/** A session for the in-page engine with both trace scopes. */
export function mintVerifierSession(): Promise<string> {
  return mintSession(['trace:verify', 'trace:dispense']);
}

/**
 * Mounts a real `<apotheca-trace-verifier>` against the in-page mock API, with core's retry
 * waits on the instant test clock.
 */
export function mountVerifier(
  attributes: Record<string, string> = {},
  properties: Partial<ApothecaTraceVerifier> = {},
): Promise<ApothecaTraceVerifier> {
  return mount(
    'apotheca-trace-verifier',
    { 'api-base': API_BASE, ...attributes },
    { clientOptions: instantRetries, ...properties },
  );
}

/** Types a code into the manual field and submits it with Enter. */
export async function typeAndSubmit(element: HTMLElement, code: string): Promise<void> {
  const input = $<HTMLInputElement>(element, '#code');
  input.focus();
  await userEvent.fill(input, code);
  await userEvent.keyboard('{Enter}');
}

/** Mounts a verifier with a session, checks `code` and waits for the result. */
export async function showResult(
  code: string,
  attributes: Record<string, string> = {},
): Promise<ApothecaTraceVerifier> {
  const element = await mountVerifier(attributes, { sessionToken: await mintVerifierSession() });
  await typeAndSubmit(element, code);
  await until(() => shadow(element).querySelector('#result-heading') !== null);
  return element;
}
