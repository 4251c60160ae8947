/**
 * Trace route tests' fixture on the one harness (`@apotheca/testing/node`): a platform at
 * 2026-11-23T12:00:00Z on a hand-moved clock, and JSON calls with the seeded secret key.
 */
import type { Storage } from '@apotheca/platform';
import {
  createClock,
  createTestPlatform,
  mintWidgetSession,
  PATIENTS,
  type SandboxHarness,
  TRACE_CODES,
} from '@apotheca/testing/node';
import type { EventEnvelope, Scope } from '../../types';

export const GS = '\u001d';

/** Codes of the seeded packs (see docs/testing/trace-codes.md), from the kit. */
export const CODES = TRACE_CODES;

/** The widget origin the trace tests mint sessions for. */
export const WIDGET_ORIGIN = 'https://portal.example.cn';

export interface CallResult {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are asserted field by field
  body: any;
  headers: Headers;
}

export interface TracePlatform {
  platform: SandboxHarness['platform'];
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<CallResult>;
  setNow(iso: string): void;
  events(type?: string): EventEnvelope[];
  widgetToken(scopes: Scope[], patientId?: string): Promise<string>;
}

/** A platform at 2026-11-23T12:00:00Z (or `now`), optionally over the given storage. */
export function tracePlatform(options: { now?: string; storage?: Storage } = {}): TracePlatform {
  const clock = createClock(options.now ?? '2026-11-23T12:00:00Z');
  const sandbox = createTestPlatform({
    now: clock.now,
    ...(options.storage ? { storage: options.storage } : {}),
  });
  return {
    platform: sandbox.platform,
    call: (method, path, body, headers) =>
      sandbox.api(method, path, { ...(body === undefined ? {} : { json: body }), headers }),
    setNow: clock.set,
    events: (type) => sandbox.events(type) as EventEnvelope[],
    async widgetToken(scopes, patientId = PATIENTS.wangfang) {
      const session = await mintWidgetSession(sandbox.fetch, {
        patientId,
        scopes,
        origin: WIDGET_ORIGIN,
      });
      return session.token;
    },
  };
}
