import { mount } from '../test-support/dom';
import { API_BASE, instantRetries, mintSession } from '../test-support/mock-api';
import type { ApothecaTraceVerifier } from './trace-verifier';
import './define';

/** The verifier's API routes, for per-test msw overrides. */
export const VERIFICATIONS = `${API_BASE}/v1/trace/verifications`;
export const DISPENSATIONS = `${API_BASE}/v1/trace/dispensations`;

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
