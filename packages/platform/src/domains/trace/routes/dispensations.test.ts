import { describe, expect, it } from 'vitest';
import { seededRegistry } from '../registry';
import { readPackStatus, writePackStatus } from '../store';
import { CODES, tracePlatform } from './test-harness';

const HERE = 'loc_bjxicheng01';
const THERE = 'loc_shjingan01';

describe('POST /v1/trace/dispensations', () => {
  it('dispenses an active pack once, emitting trace.dispensed', async () => {
    const { call, events } = tracePlatform();
    const res = await call('POST', '/v1/trace/dispensations', {
      code: CODES.dispensable(1),
      location_id: HERE,
      patient_id: 'pat_test_wangfang',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      object: 'dispensation',
      status: 'completed',
      pack_id: 'pack_amldsp0001',
      product_id: 'prod_amlodipine5',
      patient_id: 'pat_test_wangfang',
      location_id: HERE,
      dispensed_at: '2026-11-23T12:00:00Z',
      reversible_until: '2026-12-03T12:00:00Z',
    });
    expect(res.body.id).toMatch(/^disp_/);
    expect(events('trace.dispensed').map((e) => e.data.object)).toEqual([res.body]);

    const after = await call('POST', '/v1/trace/verifications', {
      code: CODES.dispensable(1),
      context: 'inspect',
    });
    expect(after.body).toMatchObject({
      status: 'already_dispensed',
      pack: { state: 'dispensed', dispensation_id: res.body.id },
    });
    expect(after.body.journey.at(-1)).toMatchObject({
      type: 'dispensed',
      occurred_at: '2026-11-23T12:00:00Z',
      place: { location_id: HERE },
    });
    const fetched = await call('GET', `/v1/trace/dispensations/${res.body.id}`);
    expect(fetched.body).toEqual(res.body);
  });

  it('replays the same Idempotency-Key and refuses a second dispense with 409 pack_not_active', async () => {
    const { call, events } = tracePlatform();
    const body = { code: CODES.dispensable(2), location_id: HERE };
    const first = await call('POST', '/v1/trace/dispensations', body, { 'idempotency-key': 'k-1' });
    const replay = await call('POST', '/v1/trace/dispensations', body, {
      'idempotency-key': 'k-1',
    });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(events('trace.dispensed')).toHaveLength(1);

    const reused = await call(
      'POST',
      '/v1/trace/dispensations',
      { ...body, location_id: THERE },
      { 'idempotency-key': 'k-1' },
    );
    expect(reused).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });

    const second = await call('POST', '/v1/trace/dispensations', body, {
      'idempotency-key': 'k-2',
    });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      code: 'pack_not_active',
      pack_state: 'dispensed',
      trace_status: 'already_dispensed',
    });
    expect(events('trace.alert')).toEqual([]);
  });

  it('raises possible_clone with trace.alert when a dispensed pack is dispensed elsewhere', async () => {
    const { call, events } = tracePlatform();
    const res = await call('POST', '/v1/trace/dispensations', {
      code: CODES.clone,
      location_id: HERE,
    });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      code: 'pack_not_active',
      pack_state: 'dispensed',
      alert_codes: ['possible_clone', 'already_dispensed'],
    });
    expect(res.body.request_id).toBe(res.headers.get('apotheca-request-id'));
    const [alert] = events('trace.alert');
    expect(alert?.data.object).toMatchObject({ context: 'dispense', location_id: HERE });
  });

  it.each([
    ['recalled', CODES.recalled, 409, 'pack_not_active', 'recalled'],
    ['expired by date', CODES.expiredByDate, 409, 'pack_expired', 'active'],
    ['journey gap', CODES.gap, 409, 'pack_not_dispensable', 'active'],
    ['stolen', CODES.stolen, 409, 'pack_not_active', 'stolen'],
  ])('refuses a %s pack', async (_name, code, status, problem, state) => {
    const { call } = tracePlatform();
    const res = await call('POST', '/v1/trace/dispensations', { code, location_id: HERE });
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ code: problem, pack_state: state });
  });

  it('answers 404 pack_not_found for unregistered and unmapped packs', async () => {
    const { call } = tracePlatform();
    const unknown = await call('POST', '/v1/trace/dispensations', {
      code: CODES.notFound,
      location_id: HERE,
    });
    expect(unknown.body).toMatchObject({
      status: 404,
      code: 'pack_not_found',
      trace_status: 'not_found',
    });
    const unmapped = await call('POST', '/v1/trace/dispensations', {
      code: CODES.unmapped,
      location_id: HERE,
    });
    expect(unmapped.body).toMatchObject({
      status: 404,
      code: 'pack_not_found',
      trace_status: 'secondary_verification_required',
    });
  });

  it('checks the patient exists and is visible to a widget session', async () => {
    const t = tracePlatform();
    const missing = await t.call('POST', '/v1/trace/dispensations', {
      code: CODES.dispensable(3),
      location_id: HERE,
      patient_id: 'pat_nosuchpatient',
    });
    expect(missing.status).toBe(404);
    const token = await t.widgetToken(['trace:dispense']);
    const auth = { authorization: `Bearer ${token}` };
    const other = await t.call(
      'POST',
      '/v1/trace/dispensations',
      { code: CODES.dispensable(3), location_id: HERE, patient_id: 'pat_test_davidchen' },
      auth,
    );
    expect(other.status).toBe(404);
    const own = await t.call(
      'POST',
      '/v1/trace/dispensations',
      { code: CODES.dispensable(3), location_id: HERE, patient_id: 'pat_test_wangfang' },
      auth,
    );
    expect(own.status).toBe(201);
    const verifyOnly = await t.widgetToken(['trace:verify']);
    const refused = await t.call(
      'POST',
      '/v1/trace/dispensations',
      { code: CODES.dispensable(4), location_id: HERE },
      { authorization: `Bearer ${verifyOnly}` },
    );
    expect(refused.status).toBe(403);
  });
});

describe('GET /v1/trace/dispensations/{id}', () => {
  it('returns a seeded dispensation and 404 for an unknown id', async () => {
    const { call } = tracePlatform();
    const seeded = await call('GET', '/v1/trace/dispensations/disp_seedamldispensed01');
    expect(seeded.body).toMatchObject({
      status: 'completed',
      pack_id: 'pack_amldispensed01',
      patient_id: 'pat_test_wangfang',
      location_id: THERE,
      reversible_until: '2026-09-25T06:20:00Z',
    });
    const missing = await call('GET', '/v1/trace/dispensations/disp_nosuchthing');
    expect(missing.status).toBe(404);
  });

  it("hides another patient's dispensation from a widget session", async () => {
    const t = tracePlatform();
    const token = await t.widgetToken(['trace:dispense'], 'pat_test_davidchen');
    const res = await t.call('GET', '/v1/trace/dispensations/disp_seedamldispensed01', undefined, {
      authorization: `Bearer ${token}`,
    });
    expect(res.status).toBe(404);
  });
});

describe('dispensations a widget session does not own', () => {
  // Regression: a session with trace:dispense could read and reverse a dispensation made by a
  // pharmacy's server without patient_id, or another patient's. It must see 404, as elsewhere.
  it('hides and refuses to reverse a dispensation without its patient', async () => {
    const t = tracePlatform();
    const created = await t.call('POST', '/v1/trace/dispensations', {
      code: CODES.dispensable(7),
      location_id: HERE,
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const token = await t.widgetToken(['trace:dispense']);
    const auth = { authorization: `Bearer ${token}` };
    const read = await t.call('GET', `/v1/trace/dispensations/${id}`, undefined, auth);
    expect(read.status).toBe(404);
    const reverse = await t.call(
      'POST',
      `/v1/trace/dispensations/${id}/reversal`,
      { location_id: HERE },
      auth,
    );
    expect(reverse.status).toBe(404);
    expect(reverse.body.code).toBe('resource_not_found');
    // Nothing happened: the pack is still dispensed, and no reversal event went out.
    expect(t.events('trace.dispense_reversed')).toEqual([]);
    const server = await t.call('GET', `/v1/trace/dispensations/${id}`);
    expect(server.body.status).toBe('completed');
  });

  it("refuses to reverse another patient's dispensation but reverses its own", async () => {
    const t = tracePlatform();
    const theirs = await t.call('POST', '/v1/trace/dispensations', {
      code: CODES.dispensable(8),
      location_id: HERE,
      patient_id: 'pat_test_davidchen',
    });
    const mine = await t.call('POST', '/v1/trace/dispensations', {
      code: CODES.dispensable(9),
      location_id: HERE,
      patient_id: 'pat_test_wangfang',
    });
    const auth = { authorization: `Bearer ${await t.widgetToken(['trace:dispense'])}` };
    const foreign = await t.call(
      'POST',
      `/v1/trace/dispensations/${theirs.body.id}/reversal`,
      { location_id: HERE },
      auth,
    );
    expect(foreign.status).toBe(404);
    const own = await t.call(
      'POST',
      `/v1/trace/dispensations/${mine.body.id}/reversal`,
      { location_id: HERE },
      auth,
    );
    expect(own.status).toBe(200);
  });
});

describe('POST /v1/trace/dispensations/{id}/reversal', () => {
  async function dispensed(t: ReturnType<typeof tracePlatform>, n: number) {
    const res = await t.call('POST', '/v1/trace/dispensations', {
      code: CODES.dispensable(n),
      location_id: HERE,
    });
    return res.body.id as string;
  }

  it('returns the pack to active at the same location within 10 days', async () => {
    const t = tracePlatform();
    const id = await dispensed(t, 5);
    t.setNow('2026-12-01T08:00:00Z');
    const res = await t.call('POST', `/v1/trace/dispensations/${id}/reversal`, {
      location_id: HERE,
      reason: 'patient_returned',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id,
      status: 'reversed',
      reversed_at: '2026-12-01T08:00:00Z',
      reversal_reason: 'patient_returned',
    });
    expect(t.events('trace.dispense_reversed').map((e) => e.data.object)).toEqual([res.body]);
    const again = await t.call('POST', '/v1/trace/verifications', {
      code: CODES.dispensable(5),
      context: 'dispense',
    });
    expect(again.body).toMatchObject({
      status: 'verified',
      dispensable: true,
      pack: { state: 'active' },
    });
    expect(again.body.pack.dispensation_id).toBeUndefined();
    expect(again.body.journey.slice(-2).map((e: { type: string }) => e.type)).toEqual([
      'dispensed',
      'dispense_reversed',
    ]);
    const twice = await t.call('POST', `/v1/trace/dispensations/${id}/reversal`, {
      location_id: HERE,
    });
    expect(twice.body.code).toBe('already_reversed');
    // Reversed, the pack can be dispensed again.
    expect((await dispensed(t, 5)).startsWith('disp_')).toBe(true);
  });

  it('refuses another location, an expired window and a pack now stolen', async () => {
    const t = tracePlatform();
    const id = await dispensed(t, 6);
    const elsewhere = await t.call('POST', `/v1/trace/dispensations/${id}/reversal`, {
      location_id: THERE,
    });
    expect(elsewhere.body).toMatchObject({ status: 409, code: 'reversal_location_mismatch' });

    t.setNow('2026-12-03T12:00:01Z');
    const late = await t.call('POST', `/v1/trace/dispensations/${id}/reversal`, {
      location_id: HERE,
    });
    expect(late.body).toMatchObject({ status: 409, code: 'reversal_window_expired' });

    t.setNow('2026-11-24T00:00:00Z');
    const record = seededRegistry().pack('pack_amldsp0006')!;
    t.platform.storage.transaction((tx) => {
      const status = readPackStatus(tx, record);
      writePackStatus(tx, record.id, { ...status, state: 'stolen' });
    });
    const stolen = await t.call('POST', `/v1/trace/dispensations/${id}/reversal`, {
      location_id: HERE,
    });
    expect(stolen.body).toMatchObject({
      status: 409,
      code: 'pack_not_reversible',
      pack_state: 'stolen',
    });
  });

  it('answers 404 for an unknown dispensation', async () => {
    const t = tracePlatform();
    const res = await t.call('POST', '/v1/trace/dispensations/disp_nosuchthing/reversal', {
      location_id: HERE,
    });
    expect(res.status).toBe(404);
  });
});
