import { PATIENTS } from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';
import { ADDRESS, DOCTOR_KEY, RESIDENT_IDS, rxKit } from './rx-kit.test-util';

const identity = (number: string, expires_on = '2036-01-01') => ({
  identity: { type: 'resident_id', number, expires_on },
});

describe('POST /v1/prescriptions: China online rules', () => {
  const cases: [string, Record<string, unknown>, string, Record<string, unknown>?][] = [
    ['a first visit', { visit_type: 'first_visit' }, 'first_visit_not_allowed'],
    ['no prior diagnosis', { prior_diagnosis: undefined }, 'prior_diagnosis_required'],
    [
      'a narcotic',
      { medication_id: 'med_morphine' },
      'controlled_drug_not_allowed_online',
      { control: 'narcotic' },
    ],
    [
      'a psychotropic',
      { medication_id: 'med_diazepam' },
      'controlled_drug_not_allowed_online',
      { control: 'psychotropic_2' },
    ],
    ['4 days of validity', { validity_days: 4 }, 'validity_exceeds_limit', { limit: 3 }],
    ['8 days of supply', { days_supply: 8 }, 'days_supply_exceeds_limit', { limit: 7 }],
    ['repeats past 7 days', { repeats_allowed: 1 }, 'days_supply_exceeds_limit', { limit: 7 }],
    [
      'over 12 weeks for a chronic patient',
      { days_supply: 30, repeats_allowed: 2, extended_supply: { reason: 'stable hypertension' } },
      'days_supply_exceeds_limit',
      { limit: 84 },
    ],
    ['an unknown medication', { medication_id: 'med_nothing_here' }, 'unknown_medication'],
  ];

  it.each(cases)(
    'refuses %s with a stable code, writing nothing',
    async (_name, overrides, code, extra) => {
      const { call, draft } = rxKit();
      const res = await call('POST', '/v1/prescriptions', draft(PATIENTS.wangfang, overrides));
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code, ...(extra ?? {}) });
      const list = await call(
        'GET',
        `/v1/prescriptions?patient_id=${PATIENTS.wangfang}&status=draft`,
      );
      expect(list.body.data).toEqual([]);
    },
  );

  it('accepts a follow-up with the consultation id, and 12 weeks with the reason recorded', async () => {
    const { call, draft } = rxKit();
    const viaConsultation = await call(
      'POST',
      '/v1/prescriptions',
      draft(PATIENTS.wangfang, {
        prior_diagnosis: undefined,
        consultation_id: 'cons_test_followup_1',
      }),
    );
    expect(viaConsultation.status).toBe(201);
    expect(viaConsultation.body).toMatchObject({
      status: 'draft',
      consultation_id: 'cons_test_followup_1',
    });
    const chronic = await call(
      'POST',
      '/v1/prescriptions',
      draft(PATIENTS.wangfang, {
        days_supply: 28,
        repeats_allowed: 2,
        quantity: { value: 28, unit: 'tablet' },
        extended_supply: { reason: 'Stable hypertension for 3 years' },
      }),
    );
    expect(chronic.status).toBe(201);
    expect(chronic.body).toMatchObject({
      id: expect.stringMatching(/^rx_/),
      object: 'prescription',
      repeats_allowed: 2,
      repeats_remaining: 2,
      extended_supply: { reason: 'Stable hypertension for 3 years' },
      medication: { id: 'med_amlodipine', essential: true },
      fills: [],
    });
  });

  it('404s an unknown patient', async () => {
    const { call, draft } = rxKit();
    const res = await call('POST', '/v1/prescriptions', draft('pat_nobody'));
    expect(res.status).toBe(404);
  });
});

describe('POST /v1/prescriptions/{id}/sign', () => {
  it("signs only with a doctor's credential", async () => {
    const { call, draft, widget } = rxKit();
    const { body: rx } = await call('POST', '/v1/prescriptions', draft(PATIENTS.wangfang));
    const path = `/v1/prescriptions/${rx.id}/sign`;
    const asPartner = await call('POST', path, {});
    expect(asPartner).toMatchObject({
      status: 403,
      body: { code: 'prescriber_credential_required' },
    });
    const token = await widget(PATIENTS.wangfang, ['prescriptions:read', 'prescriptions:write']);
    expect((await call('POST', path, {}, { token })).body.code).toBe('credential_not_allowed');
    expect((await call('GET', `/v1/prescriptions/${rx.id}`)).body.status).toBe('draft');

    const signed = await call('POST', path, {}, { token: DOCTOR_KEY });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      status: 'pharmacist_review',
      signed_at: '2026-03-01T02:00:00Z',
      // Valid on the day issued: to the end of 1 March in China (UTC+8).
      valid_until: '2026-03-01T15:59:59Z',
      prescriber: { id: 'doc_test_wangjian', credential: 'key_test_doctor_wangjian' },
      safety_check: { outcome: 'ready', alerts: [] },
    });
    expect(JSON.stringify(signed.body)).not.toContain(DOCTOR_KEY);
    const again = await call('POST', path, {}, { token: DOCTOR_KEY });
    expect(again).toMatchObject({ status: 409, body: { code: 'prescription_not_draft' } });
  });

  it('blocks a contraindicated prescription (penicillin allergy → amoxicillin)', async () => {
    const { call, draft } = rxKit();
    const { body: rx } = await call(
      'POST',
      '/v1/prescriptions',
      draft(PATIENTS.wangfang, {
        medication_id: 'med_amoxicillin',
        prior_diagnosis: { text: 'Bronchiectasis' },
      }),
    );
    const res = await call(
      'POST',
      `/v1/prescriptions/${rx.id}/sign`,
      { override_reason: 'n/a' },
      { token: DOCTOR_KEY },
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('safety_check_blocked');
    expect(res.body.safety_check.alerts[0]).toMatchObject({
      kind: 'drug_allergy',
      contraindicated: true,
    });
    expect((await call('GET', `/v1/prescriptions/${rx.id}`)).body.status).toBe('draft');
  });

  it('needs an override reason for a major interaction with a current prescription, stored with who and when', async () => {
    const { call, draft, approved, clock } = rxKit();
    await approved(
      draft(PATIENTS.liqiang, { medication_id: 'med_warfarin', prior_diagnosis: { icd10: 'I48' } }),
    );
    const { body: rx } = await call(
      'POST',
      '/v1/prescriptions',
      draft(PATIENTS.liqiang, {
        medication_id: 'med_ibuprofen',
        prior_diagnosis: { text: 'Osteoarthritis' },
      }),
    );
    const path = `/v1/prescriptions/${rx.id}/sign`;
    const refused = await call('POST', path, {}, { token: DOCTOR_KEY });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('override_reason_required');
    expect(refused.body.safety_check.alerts.map((a: { kind: string }) => a.kind)).toContain(
      'drug_drug',
    );
    clock.advance(60_000);
    const signed = await call(
      'POST',
      path,
      { override_reason: 'Short course, INR checked in 3 days' },
      { token: DOCTOR_KEY },
    );
    expect(signed.status).toBe(200);
    expect(signed.body.safety_override).toEqual({
      reason: 'Short course, INR checked in 3 days',
      by: 'doc_test_wangjian',
      at: '2026-03-01T02:01:00Z',
    });
    expect(signed.body.safety_check.outcome).toBe('warning');
  });
});

describe('pharmacist review (test helper) and cancel', () => {
  it('approves or rejects only a prescription in review', async () => {
    const { call, draft, sandbox } = rxKit();
    const { body: rx } = await call('POST', '/v1/prescriptions', draft(PATIENTS.wangfang));
    const review = `/v1/test-helpers/prescriptions/${rx.id}/review`;
    expect((await call('POST', review, { decision: 'approve' })).body.code).toBe(
      'prescription_not_in_review',
    );
    await call('POST', `/v1/prescriptions/${rx.id}/sign`, {}, { token: DOCTOR_KEY });
    expect((await call('POST', review, { decision: 'reject' })).status).toBe(400);
    const rejected = await call('POST', review, { decision: 'reject', reason: 'Dose unclear' });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      review: { decision: 'rejected', reason: 'Dose unclear' },
    });
    expect(sandbox.events('prescription.rejected')).toHaveLength(1);
    expect(sandbox.events('prescription.signed')).toHaveLength(1);
  });

  it('cancels what is not final', async () => {
    const { call, draft } = rxKit();
    const { body: rx } = await call('POST', '/v1/prescriptions', draft(PATIENTS.wangfang));
    const res = await call('POST', `/v1/prescriptions/${rx.id}/cancel`, { reason: 'Duplicate' });
    expect(res.body).toMatchObject({ status: 'cancelled', cancellation_reason: 'Duplicate' });
    const again = await call('POST', `/v1/prescriptions/${rx.id}/cancel`, {});
    expect(again).toMatchObject({
      status: 409,
      body: { code: 'prescription_final', prescription_status: 'cancelled' },
    });
  });
});

describe('validity and dispensing with the real-name check', () => {
  it('expires at the end of the China day unless dispensed (patient test clock)', async () => {
    const { call, draft, approved, clockedPatient } = rxKit();
    const patient = await clockedPatient('2026-05-10T12:00:00Z'); // 20:00 in China
    const rx = await approved(draft(patient.id, { validity_days: 2 }));
    expect(rx.valid_until).toBe('2026-05-11T15:59:59Z');
    await patient.advance('2026-05-11T15:59:00Z');
    expect((await call('GET', `/v1/prescriptions/${rx.id}`)).body.status).toBe('approved');
    await patient.advance('2026-05-11T16:00:00Z');
    expect((await call('GET', `/v1/prescriptions/${rx.id}`)).body.status).toBe('expired');
    const res = await call(
      'POST',
      `/v1/prescriptions/${rx.id}/dispense`,
      identity(RESIDENT_IDS.wangfang),
    );
    expect(res).toMatchObject({ status: 409, body: { code: 'prescription_expired' } });
    const list = await call('GET', `/v1/prescriptions?patient_id=${patient.id}&status=expired`);
    expect(list.body.data.map((d: { id: string }) => d.id)).toEqual([rx.id]);
  });

  it('refuses a bad number, another person or an expired document, then dispenses', async () => {
    const { call, draft, approved } = rxKit();
    const rx = await approved(draft(PATIENTS.wangfang));
    const path = `/v1/prescriptions/${rx.id}/dispense`;
    const wrongCheck = `${RESIDENT_IDS.wangfang.slice(0, 17)}9`;
    expect((await call('POST', path, identity(wrongCheck))).body).toMatchObject({
      code: 'invalid_resident_id',
      reason: 'check_character',
    });
    expect((await call('POST', path, identity('12345'))).body).toMatchObject({
      code: 'invalid_resident_id',
      reason: 'length',
    });
    expect((await call('POST', path, identity(RESIDENT_IDS.liqiang))).body.code).toBe(
      'identity_mismatch',
    );
    const outdated = await call('POST', path, identity(RESIDENT_IDS.wangfang, '2026-02-28'));
    expect(outdated).toMatchObject({
      status: 422,
      body: { code: 'identity_document_expired', expires_on: '2026-02-28' },
    });
    expect((await call('GET', `/v1/prescriptions/${rx.id}`)).body.fills).toEqual([]);

    const ok = await call('POST', path, {
      ...identity(RESIDENT_IDS.wangfang),
      delivery_address: ADDRESS,
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      status: 'completed', // no repeats: the one fill completes it
      identity_check: { status: 'verified', document_type: 'resident_id', number_last4: '0025' },
      fills: [{ dispensed_on: '2026-03-01', days_supply: 7, via: 'pharmacy' }],
    });
    expect(JSON.stringify(ok.body)).not.toContain(RESIDENT_IDS.wangfang);
  });

  it('does not dispense a prescription still in review', async () => {
    const { call, draft } = rxKit();
    const { body: rx } = await call('POST', '/v1/prescriptions', draft(PATIENTS.wangfang));
    await call('POST', `/v1/prescriptions/${rx.id}/sign`, {}, { token: DOCTOR_KEY });
    const res = await call(
      'POST',
      `/v1/prescriptions/${rx.id}/dispense`,
      identity(RESIDENT_IDS.wangfang),
    );
    expect(res).toMatchObject({
      status: 409,
      body: { code: 'prescription_not_dispensable', prescription_status: 'pharmacist_review' },
    });
  });
});

describe('widget sessions see only their own patient', () => {
  it("404s another patient's prescriptions, refill status, refills and adherence", async () => {
    const { call, widget } = rxKit();
    const token = await widget(PATIENTS.wangfang, ['prescriptions:read', 'refill_requests:write']);
    const other = 'rx_test_davidchen_atorvastatin';
    expect((await call('GET', `/v1/prescriptions/${other}`, undefined, { token })).status).toBe(
      404,
    );
    expect(
      (await call('GET', `/v1/prescriptions/${other}/refill-status`, undefined, { token })).status,
    ).toBe(404);
    const refill = await call(
      'POST',
      '/v1/refill-requests',
      { prescription_id: other, delivery_address: ADDRESS },
      { token },
    );
    expect(refill.status).toBe(404);
    expect(
      (await call('GET', `/v1/patients/${PATIENTS.davidchen}/adherence`, undefined, { token }))
        .status,
    ).toBe(404);
    expect(
      (
        await call('GET', `/v1/prescriptions?patient_id=${PATIENTS.davidchen}`, undefined, {
          token,
        })
      ).status,
    ).toBe(404);
    const own = await call('GET', '/v1/prescriptions', undefined, { token });
    expect(own.body.data.map((d: { patient_id: string }) => d.patient_id)).toEqual([
      PATIENTS.wangfang,
    ]);
    expect(
      (await call('GET', `/v1/prescriptions/rx_test_wangfang_amlodipine`, undefined, { token }))
        .status,
    ).toBe(200);
  });
});
