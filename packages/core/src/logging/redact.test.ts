import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApothecaClient } from '../client/client';
import { BASE, problem, useMswServer } from '../test-support/msw';
import type { Logger } from './logger';
import { redact, redactString } from './redact';

describe('redact', () => {
  it("masks a whole object the contract marks sensitive (a safety check's patient record)", () => {
    expect(redact({ patient: { allergies: ['penicillin'], age: 71 }, id: 'sc_1' })).toEqual({
      patient: '[redacted]',
      id: 'sc_1',
    });
  });

  it('masks credential headers and patient fields at any depth', () => {
    const out = redact({
      headers: new Headers({
        Authorization: 'Bearer sk_test_1',
        Cookie: 's=1',
        'Apotheca-Version': '2026-11-01',
      }),
      body: {
        name: '王芳',
        birth_date: '1956-03-14',
        allergies: [{ substance: 'penicillin' }],
        conditions: [{ code: 'I10', name: 'hypertension' }],
        phone: '13800000000',
        id_number: '110101195603140000',
        address: { line1: '1 Road' },
        preferred_locale: 'zh-CN',
        nested: [{ person: { Birth_Date: '1956-03-14', 'id-number': 'x' } }],
      },
    });
    expect(out).toEqual({
      headers: {
        authorization: '[redacted]',
        cookie: '[redacted]',
        'apotheca-version': '2026-11-01',
      },
      body: {
        name: '[redacted]',
        birth_date: '[redacted]',
        allergies: '[redacted]',
        conditions: '[redacted]',
        phone: '[redacted]',
        id_number: '[redacted]',
        address: '[redacted]',
        preferred_locale: 'zh-CN',
        nested: [{ person: { Birth_Date: '[redacted]', 'id-number': '[redacted]' } }],
      },
    });
  });

  it('masks token-shaped strings anywhere', () => {
    expect(
      redactString(
        'key sk_test_apotheca_sandbox, widget wst_abc_123, hook whsec_QUJD+/=, cs_test_insurer_secret',
      ),
    ).toBe('key sk_[redacted], widget wst_[redacted], hook whsec_[redacted], cs_[redacted]');
    expect(redactString('authorization: Bearer eyJhbGciOi.x-y_z')).toBe(
      'authorization: Bearer [redacted]',
    );
    expect(redact(['sk_live_x', 3, null])).toEqual(['sk_[redacted]', 3, null]);
  });

  it('leaves ordinary data alone', () => {
    expect(redact({ id: 'pat_1', status: 'ok', count: 2, task_id: 'task_1' })).toEqual({
      id: 'pat_1',
      status: 'ok',
      count: 2,
      task_id: 'task_1',
    });
  });
});

describe('client logging', () => {
  useMswServer(http.post(`${BASE}/v1/patients`, () => problem(503, 'unavailable')));
  afterEach(() => vi.restoreAllMocks());

  function capture(): { logger: Logger; lines: () => string } {
    const calls: unknown[][] = [];
    const log = (...args: unknown[]) => void calls.push(args);
    return {
      logger: { debug: log, info: log, warn: log, error: log },
      lines: () => JSON.stringify(calls),
    };
  }

  it('logs requests, retries and failures without secrets or patient data', async () => {
    const { logger, lines } = capture();
    const client = new ApothecaClient({
      baseUrl: BASE,
      apiKey: 'sk_test_apotheca_sandbox',
      browser: false,
      logger,
      backoff: { sleep: async () => {} },
    });
    await client
      .post('/v1/patients', {
        body: { name: '王芳', birth_date: '1956-03-14', allergies: [{ substance: 'penicillin' }] },
      })
      .catch(() => {});
    const text = lines();
    expect(text).toContain('POST http://api.test/v1/patients');
    expect(text).toContain('retry 1');
    expect(text).toContain('unavailable');
    for (const secret of ['sk_test_apotheca_sandbox', '王芳', '1956-03-14', 'penicillin']) {
      expect(text).not.toContain(secret);
    }
  });

  it('debug: true logs to the console; no options log nothing', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await new ApothecaClient({ baseUrl: BASE, browser: false, maxRetries: 0 })
      .post('/v1/patients', { body: { name: 'a', birth_date: '2000-01-01' } })
      .catch(() => {});
    expect(debug).not.toHaveBeenCalled();
    await new ApothecaClient({ baseUrl: BASE, browser: false, maxRetries: 0, debug: true })
      .post('/v1/patients', { body: { name: 'a', birth_date: '2000-01-01' } })
      .catch(() => {});
    expect(debug).toHaveBeenCalled();
    expect(String(debug.mock.calls[0]?.[0])).toMatch(/^\[apotheca\] → POST/);
  });
});

describe('redact follows the contract', () => {
  it('masks every key the contract marks sensitive, in any spelling', async () => {
    const { SENSITIVE_FIELDS } = await import('@apotheca/api-spec');
    expect(SENSITIVE_FIELDS.length).toBeGreaterThan(0);
    for (const field of SENSITIVE_FIELDS) {
      const camel = field.replace(/_(.)/g, (_m, c: string) => c.toUpperCase());
      expect(redact({ [field]: 'x', [camel.toUpperCase()]: 'y' }), field).toEqual({
        [field]: '[redacted]',
        [camel.toUpperCase()]: '[redacted]',
      });
    }
  });

  it('masks fields only the contract names (no list in core), e.g. symptoms', () => {
    expect(redact({ symptoms: ['chest pain'], client_secret: 'abc', triage: 'consult' })).toEqual({
      symptoms: '[redacted]',
      client_secret: '[redacted]',
      triage: 'consult',
    });
  });
});
