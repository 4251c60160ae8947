import { describe, expect, it } from 'vitest';
import { CODES, GS, tracePlatform } from './test-harness';

const verify = (body: Record<string, unknown>) => ({ context: 'inspect', ...body });

describe('POST /v1/trace/verifications', () => {
  it('verifies a genuine pack with product, pack, journey and no alerts', async () => {
    const { call } = tracePlatform();
    const res = await call('POST', '/v1/trace/verifications', verify({ code: CODES.genuine }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      object: 'trace_verification',
      status: 'verified',
      dispensable: true,
      context: 'inspect',
      code: {
        format: 'gs1',
        gtin: '06901234100013',
        lot: '2603101',
        serial: 'OK0001',
        expiry: '2029-02-28',
      },
      product: {
        id: 'prod_atorvastatin20',
        name: { 'zh-CN': '阿托伐他汀钙片' },
        strength: '20 mg',
      },
      pack: { id: 'pack_atv0001', state: 'active' },
      alerts: [],
      created_at: '2026-11-23T12:00:00Z',
    });
    expect(res.body.id).toMatch(/^tv_/);
    expect(res.body.journey.map((e: { type: string }) => e.type)).toEqual([
      'manufactured',
      'shipped',
      'received',
      'shipped',
      'received',
      'stored',
    ]);
  });

  it('reads every form of the same pack', async () => {
    const { call } = tracePlatform();
    const forms = [
      `]d2010690123410001317290228102603101${GS}21OK0001`,
      'https://id.gs1.org/01/06901234100013/10/2603101/21/OK0001?17=290228',
      '8310017-0000123456078',
    ];
    for (const code of forms) {
      const res = await call('POST', '/v1/trace/verifications', verify({ code }));
      expect(res.body.pack?.id, code).toBe('pack_atv0001');
      expect(res.body.status).toBe('verified');
    }
    const fields = await call(
      'POST',
      '/v1/trace/verifications',
      verify({ fields: { gtin: '06901234100013', serial: 'OK0001' } }),
    );
    expect(fields.body).toMatchObject({ status: 'verified', code: { format: 'fields' } });
    const china = await call(
      'POST',
      '/v1/trace/verifications',
      verify({ fields: { china_code: '83100170000123456078' } }),
    );
    expect(china.body.code).toEqual({
      format: 'fields',
      china_code: '83100170000123456078',
      product_code: '8310017',
      serial: '000012345',
    });
  });

  it("answers 422 invalid_trace_code with the parser's code and position", async () => {
    const { call } = tracePlatform();
    const res = await call(
      'POST',
      '/v1/trace/verifications',
      verify({ code: '(01)06901234100014(21)OK0001' }),
    );
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      code: 'invalid_trace_code',
      errors: [{ path: '/body/code', code: 'check_digit' }],
    });
    expect(typeof res.body.position).toBe('number');
  });

  it('needs exactly one of code and fields, and a valid fields GTIN', async () => {
    const { call } = tracePlatform();
    const neither = await call('POST', '/v1/trace/verifications', verify({}));
    expect(neither.status).toBe(400);
    expect(neither.body.errors[0].path).toBe('/body/code');
    const both = await call(
      'POST',
      '/v1/trace/verifications',
      verify({ code: CODES.genuine, fields: { gtin: '06901234100013' } }),
    );
    expect(both.status).toBe(400);
    const badGtin = await call(
      'POST',
      '/v1/trace/verifications',
      verify({ fields: { gtin: '06901234100014' } }),
    );
    expect(badGtin.status).toBe(422);
    expect(badGtin.body.errors).toEqual([
      expect.objectContaining({ path: '/body/fields/gtin', code: 'check_digit' }),
    ]);
  });

  it('raises possible_clone and a trace.alert event when a dispensed pack is scanned elsewhere', async () => {
    const { call, events } = tracePlatform();
    const here = await call(
      'POST',
      '/v1/trace/verifications',
      verify({ code: CODES.clone, location_id: 'loc_shjingan01' }),
    );
    expect(here.body.alerts.map((a: { code: string }) => a.code)).toEqual(['already_dispensed']);
    expect(events('trace.alert')).toEqual([]);

    const elsewhere = await call(
      'POST',
      '/v1/trace/verifications',
      verify({ code: CODES.clone, location_id: 'loc_bjxicheng01' }),
    );
    expect(elsewhere.body.status).toBe('already_dispensed');
    expect(elsewhere.body.location_id).toBe('loc_bjxicheng01');
    expect(elsewhere.body.alerts[0]).toMatchObject({
      code: 'possible_clone',
      severity: 'critical',
    });
    const alerts = events('trace.alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.data.object).toMatchObject({
      id: elsewhere.body.id,
      status: 'already_dispensed',
    });
  });

  it('records each verification', async () => {
    const { call, platform } = tracePlatform();
    const res = await call(
      'POST',
      '/v1/trace/verifications',
      verify({ code: CODES.recalled, location_id: 'loc_bjxicheng01' }),
    );
    const stored = platform.storage.transaction((tx) =>
      tx.collection('trace_verifications').get(res.body.id),
    );
    expect(stored).toMatchObject({
      id: res.body.id,
      status: 'recalled',
      pack_id: 'pack_warrecall01',
      location_id: 'loc_bjxicheng01',
      alert_codes: ['recalled'],
    });
  });

  it('judges expiry by the platform clock', async () => {
    const { call, setNow } = tracePlatform();
    setNow('2029-02-10T00:00:00Z');
    const soon = await call('POST', '/v1/trace/verifications', verify({ code: CODES.genuine }));
    expect(soon.body).toMatchObject({
      status: 'verified',
      dispensable: true,
      alerts: [{ code: 'expires_soon' }],
    });
    setNow('2029-03-01T00:00:00Z');
    const late = await call('POST', '/v1/trace/verifications', verify({ code: CODES.genuine }));
    expect(late.body).toMatchObject({ status: 'expired', dispensable: false });
  });

  it('accepts widget sessions with trace:verify and refuses those without', async () => {
    const t = tracePlatform();
    const allowed = await t.widgetToken(['trace:verify']);
    const ok = await t.call('POST', '/v1/trace/verifications', verify({ code: CODES.genuine }), {
      authorization: `Bearer ${allowed}`,
    });
    expect(ok.status).toBe(200);
    const other = await t.widgetToken(['patients:read']);
    const refused = await t.call(
      'POST',
      '/v1/trace/verifications',
      verify({ code: CODES.genuine }),
      {
        authorization: `Bearer ${other}`,
      },
    );
    expect(refused.status).toBe(403);
  });
});
