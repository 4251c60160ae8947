import { PATIENTS } from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';
import { ADDRESS, RESIDENT_IDS, rxKit } from './rx-kit.test-util';

const chronic = {
  medication_id: 'med_amlodipine',
  days_supply: 28,
  repeats_allowed: 2,
  quantity: { value: 28, unit: 'tablet' },
  extended_supply: { reason: 'Stable hypertension for 3 years' },
};

/** A clocked patient with a dispensed 28-day chronic prescription (fill on 2026-03-01, China). */
async function dispensedChronic() {
  const kit = rxKit();
  const patient = await kit.clockedPatient('2026-03-01T02:00:00Z');
  const rx = await kit.approved(kit.draft(patient.id, chronic));
  const dispensed = await kit.call('POST', `/v1/prescriptions/${rx.id}/dispense`, {
    identity: { type: 'resident_id', number: RESIDENT_IDS.wangfang, expires_on: '2030-01-01' },
    delivery_address: ADDRESS,
  });
  expect(dispensed.body.status).toBe('dispensed');
  const status = async () =>
    (await kit.call('GET', `/v1/prescriptions/${rx.id}/refill-status`)).body;
  const refill = (body: Record<string, unknown> = {}, idempotencyKey?: string) =>
    kit.call(
      'POST',
      '/v1/refill-requests',
      { prescription_id: rx.id, delivery_address: ADDRESS, ...body },
      idempotencyKey ? { idempotencyKey } : {},
    );
  return { ...kit, patient, rx, status, refill };
}

describe('GET /v1/prescriptions/{id}/refill-status (patient test clock)', () => {
  it('walks too_soon → eligible → due → overdue with the dates', async () => {
    const { status, patient } = await dispensedChronic();
    expect(await status()).toEqual({
      object: 'refill_status',
      prescription_id: expect.stringMatching(/^rx_/),
      status: 'too_soon',
      as_of: '2026-03-01',
      last_fill_date: '2026-03-01',
      next_due_date: '2026-03-29',
      earliest_refill_date: '2026-03-22', // 21 of 28 days elapsed
      days_remaining: 28,
      repeats_remaining: 2,
    });
    await patient.advance('2026-03-22T02:00:00Z');
    expect((await status()).status).toBe('eligible');
    await patient.advance('2026-03-26T02:00:00Z');
    expect(await status()).toMatchObject({ status: 'due', days_remaining: 3 });
    await patient.advance('2026-03-30T02:00:00Z');
    expect(await status()).toMatchObject({ status: 'overdue', days_remaining: 0 });
  });

  it('is 409 before the first fill', async () => {
    const { call, draft } = rxKit();
    const { body: rx } = await call('POST', '/v1/prescriptions', draft(PATIENTS.wangfang));
    const res = await call('GET', `/v1/prescriptions/${rx.id}/refill-status`);
    expect(res).toMatchObject({ status: 409, body: { code: 'prescription_not_dispensed' } });
  });
});

describe('POST /v1/refill-requests', () => {
  it('is 409 refill_too_soon with the earliest date, then fills once per window', async () => {
    const { refill, patient, status, sandbox } = await dispensedChronic();
    const early = await refill();
    expect(early).toMatchObject({
      status: 409,
      body: { code: 'refill_too_soon', earliest_refill_date: '2026-03-22' },
    });
    await patient.advance('2026-03-23T02:00:00Z');
    const ok = await refill({}, 'refill-1');
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      id: expect.stringMatching(/^rr_/),
      status: 'accepted',
      fill: { dispensed_on: '2026-03-23', days_supply: 28, via: 'refill_request' },
      // Six days left on 23 March carry over: 29 March + 28.
      next_due_date: '2026-04-26',
    });
    const retry = await refill({}, 'refill-1');
    expect(retry.body.id).toBe(ok.body.id);
    expect(await status()).toMatchObject({ status: 'too_soon', repeats_remaining: 1 });
    expect(sandbox.events('refill_request.created')).toHaveLength(1);
  });

  it('two concurrent requests for one prescription fill once', async () => {
    const { refill, patient, call, rx } = await dispensedChronic();
    await patient.advance('2026-03-25T02:00:00Z');
    const results = await Promise.all([refill({}, 'a'), refill({}, 'b')]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('refill_too_soon');
    expect((await call('GET', `/v1/prescriptions/${rx.id}`)).body.fills).toHaveLength(2);
  });

  it('holds a new delivery address for an essential chronic drug until confirmed', async () => {
    const { refill, patient, call, rx } = await dispensedChronic();
    await patient.advance('2026-03-25T02:00:00Z');
    const elsewhere = { line1: '南山区科技园路9号', city: '深圳', country: 'CN' };
    const held = await refill({ delivery_address: elsewhere });
    expect(held.body).toMatchObject({ status: 'address_change_review' });
    expect(held.body.fill).toBeUndefined();
    expect((await call('GET', `/v1/prescriptions/${rx.id}`)).body.fills).toHaveLength(1);
    // The same address written differently is not new.
    const same = await refill({
      delivery_address: { ...ADDRESS, line1: ' 海淀区 中关村大街1号 ' },
    });
    expect(same.body.status).toBe('accepted');
    await patient.advance('2026-04-20T02:00:00Z');
    const confirmed = await refill({ delivery_address: elsewhere, confirm_new_address: true });
    expect(confirmed.body.status).toBe('accepted');
  });

  it('needs renewal once the repeats are used up', async () => {
    const { refill, patient, status } = await dispensedChronic();
    await patient.advance('2026-03-25T02:00:00Z');
    expect((await refill()).status).toBe(201);
    await patient.advance('2026-04-20T02:00:00Z');
    const last = await refill();
    expect(last.status).toBe(201);
    await patient.advance('2026-05-20T02:00:00Z');
    const again = await refill();
    expect(again).toMatchObject({
      status: 409,
      body: { code: 'renewal_needed', renewal_reason: 'repeats_exhausted' },
    });
    expect(await status()).toMatchObject({
      status: 'renewal_needed',
      renewal_reason: 'repeats_exhausted',
      repeats_remaining: 0,
    });
  });

  it('needs renewal for a cancelled prescription', async () => {
    const { refill, call, rx, patient } = await dispensedChronic();
    await call('POST', `/v1/prescriptions/${rx.id}/cancel`, {});
    await patient.advance('2026-03-25T02:00:00Z');
    expect((await refill()).body).toMatchObject({
      code: 'renewal_needed',
      renewal_reason: 'prescription_cancelled',
    });
  });
});

describe('GET /v1/patients/{id}/adherence', () => {
  it('reports PDC per medication with the PQA rules', async () => {
    const { refill, patient, call } = await dispensedChronic();
    await patient.advance('2026-04-10T02:00:00Z'); // 12 days late: a gap
    expect((await refill()).status).toBe(201);
    const res = await call(
      'GET',
      `/v1/patients/${patient.id}/adherence?from=2026-03-01&to=2026-05-07`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ object: 'adherence', from: '2026-03-01', to: '2026-05-07' });
    // Covered 1–28 March and 10 April – 7 May: 56 of 68 days.
    expect(res.body.medications).toEqual([
      expect.objectContaining({
        medication_id: 'med_amlodipine',
        period_start: '2026-03-01',
        days_covered: 56,
        days_in_period: 68,
        pdc: 0.8235,
        adherent: true,
      }),
    ]);
    const bad = await call(
      'GET',
      `/v1/patients/${patient.id}/adherence?from=2026-05-01&to=2026-03-01`,
    );
    expect(bad).toMatchObject({ status: 400, body: { code: 'invalid_period' } });
  });

  it('defaults to the 180 days ending today', async () => {
    const { call } = rxKit('2026-11-23T12:00:00Z');
    const res = await call('GET', `/v1/patients/${PATIENTS.wangfang}/adherence`);
    expect(res.body).toMatchObject({ from: '2026-05-28', to: '2026-11-23' });
    // The seeded fills (1 and 29 Sept, 28 days each) cover 56 days from 1 September.
    expect(res.body.medications[0]).toMatchObject({ days_covered: 56, period_start: '2026-09-01' });
  });
});
