/**
 * Test helper: a platform with a movable clock that checks every response against the contract
 * (built on the package's shared test platform, so the contract validator is compiled once).
 */
import {
  BASE_URL,
  createTestPlatform,
  readResponse,
  SECRET_KEY,
} from '../../../../test/support/platform';
import type { Platform } from '../../../platform/create-platform';
import type { Storage } from '../../../storage/types';
import type { EventEnvelope } from '../../types';

export const GS = '\u001d';

/** Bracketed GS1 codes of seeded packs (see docs/testing/trace-codes.md). */
export const CODES = {
  genuine: '(01)06901234100013(17)290228(10)2603101(21)OK0001',
  dispensable: (n: number) =>
    `(01)06905782200119(17)290430(10)2605203(21)DSP${String(n).padStart(4, '0')}`,
  dispensed: '(01)06905782200119(17)290430(10)2605203(21)DISPENSED01',
  clone: '(01)06905782200119(17)290430(10)2605203(21)CLONE01',
  recalled: '(01)06901234100037(17)290228(10)2603045(21)RECALL01',
  expiredByDate: '(01)06908365300220(17)260630(10)2406152(21)EXPDATE01',
  gap: '(01)06901234100020(17)280331(10)2604118(21)GAP01',
  unmapped: '(01)04051234000195(17)290131(10)DE26B114(21)RIVDE9999',
  notFound: '(01)06901234100013(17)290228(10)2603101(21)NOTFOUND01',
  stolen: '(01)06908365300213(17)280131(10)2602077(21)STOLEN01',
  lotMismatch: '(01)06901234100013(17)290228(10)2603102(21)LOTMM01',
} as const;

export interface CallResult {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are asserted field by field
  body: any;
  headers: Headers;
}

export interface TracePlatform {
  platform: Platform;
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<CallResult>;
  setNow(iso: string): void;
  events(type?: string): EventEnvelope[];
  widgetToken(scopes: string[], patientId?: string): Promise<string>;
}

/** A platform at 2026-11-23T12:00:00Z (or `now`), optionally over the given storage. */
export function tracePlatform(options: { now?: string; storage?: Storage } = {}): TracePlatform {
  let now = new Date(options.now ?? '2026-11-23T12:00:00Z');
  const { platform, handle } = createTestPlatform({
    now: () => now,
    ...(options.storage ? { storage: options.storage } : {}),
  });

  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<CallResult> {
    const request = new Request(BASE_URL + path, {
      method,
      headers: {
        authorization: `Bearer ${SECRET_KEY}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return readResponse(await handle(request));
  }

  return {
    platform,
    call,
    setNow(iso) {
      now = new Date(iso);
    },
    events(type) {
      const all = platform.storage.transaction(
        (tx) => tx.collection<EventEnvelope>('events').list({ limit: 1000, order: 'asc' }).data,
      );
      return type ? all.filter((e) => e.type === type) : all;
    },
    async widgetToken(scopes, patientId = 'pat_test_wangfang') {
      const session = await call('POST', '/v1/widget-sessions', {
        patient_id: patientId,
        scopes,
        allowed_origin: 'https://portal.example.cn',
      });
      if (session.status !== 201)
        throw new Error(`widget session: ${JSON.stringify(session.body)}`);
      return session.body.token as string;
    },
  };
}
