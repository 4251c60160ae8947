/** The resources against the real sandbox over loopback HTTP. */
import { ApothecaClient, type ApothecaError, NotFoundError } from '@apotheca/core';
import {
  PATIENTS,
  type SandboxHarness,
  SECRET_KEY,
  startTestSandbox,
} from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRefillConflict, prescriptions } from './prescriptions';

let sandbox: SandboxHarness;
let rx: ReturnType<typeof prescriptions>;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  rx = prescriptions(
    new ApothecaClient({ baseUrl: sandbox.url, apiKey: SECRET_KEY, browser: false }),
  );
});
afterAll(() => sandbox.close());

describe('prescriptions(client) against the sandbox', () => {
  it('finds a medication by a misspelled name and by its Chinese brand', async () => {
    const first = async (q: string) => {
      for await (const med of rx.medications.list({ q, limit: 1 })) return med;
      return undefined;
    };
    expect((await first('ibuprofne'))?.id).toBe('med_ibuprofen');
    expect((await first('泰诺'))?.ingredients.map((i) => i.ingredient_id)).toContain('paracetamol');
  });

  it("checks against a patient's record", async () => {
    const check = await rx.safetyChecks.create({
      patient_id: PATIENTS.wangfang,
      medications: [{ medication_id: 'med_amoxicillin' }],
    });
    expect(check.patient_id).toBe(PATIENTS.wangfang);
    expect(check.alerts.some((a) => a.kind === 'drug_allergy' && a.severity === 'major')).toBe(
      true,
    );
  });

  it('throws NotFoundError for an unknown patient', async () => {
    await expect(
      rx.safetyChecks.create({ patient_id: 'pat_missing', medications: [{ text: 'aspirin' }] }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('e-prescriptions and refills against the sandbox (a patient on a test clock)', () => {
  it('signs with the doctor key, dispenses after the real-name check, refills when eligible', async () => {
    const server = new ApothecaClient({ baseUrl: sandbox.url, apiKey: SECRET_KEY, browser: false });
    const doctor = prescriptions(
      new ApothecaClient({
        baseUrl: sandbox.url,
        apiKey: 'sk_test_doctor_wangjian',
        browser: false,
      }),
    );
    const clock = await server.post('/v1/test-helpers/test-clocks', {
      body: { frozen_time: '2026-03-01T02:00:00Z' },
    });
    const patient = await server.post('/v1/patients', {
      body: { name: '王芳 (clock)', birth_date: '1956-03-14', test_clock: clock.id },
    });
    const draft = await rx.prescriptions.create({
      patient_id: patient.id,
      medication_id: 'med_amlodipine',
      dosage_instructions: [{ text: '每日一次，每次1片' }],
      quantity: { value: 28, unit: 'tablet' },
      days_supply: 28,
      repeats_allowed: 2,
      visit_type: 'follow_up',
      prior_diagnosis: { icd10: 'I10' },
      extended_supply: { reason: 'Stable hypertension' },
    });
    const signed = await doctor.prescriptions.sign(draft.id);
    expect(signed.prescriber?.id).toBe('doc_test_wangjian');
    await server.post('/v1/test-helpers/prescriptions/{id}/review', {
      params: { path: { id: draft.id } },
      body: { decision: 'approve' },
    });
    const address = { line1: '海淀区中关村大街1号', city: '北京' };
    const dispensed = await rx.prescriptions.dispense(draft.id, {
      identity: { type: 'resident_id', number: '110105195603140025', expires_on: '2031-01-01' },
      delivery_address: address,
    });
    expect(dispensed.status).toBe('dispensed');

    const tooSoon = await rx.refillRequests
      .create({ prescription_id: draft.id, delivery_address: address })
      .catch((e: unknown) => e);
    expect(isRefillConflict(tooSoon) && tooSoon.problem?.earliest_refill_date).toBe('2026-03-22');

    await server.post('/v1/test-helpers/test-clocks/{id}/advance', {
      params: { path: { id: clock.id } },
      body: { frozen_time: '2026-03-23T02:00:00Z' },
    });
    expect((await rx.prescriptions.refillStatus(draft.id)).status).toBe('eligible');
    const refill = await rx.refillRequests.create({
      prescription_id: draft.id,
      delivery_address: address,
    });
    expect(refill).toMatchObject({ status: 'accepted', next_due_date: '2026-04-26' });
    const adherence = await rx.adherence.retrieve(patient.id, {
      from: '2026-03-01',
      to: '2026-03-23',
    });
    expect(adherence.medications[0]?.pdc).toBe(1);
    // One reminder per remaining repeat, then the renewal: 09:00 in the patient's zone.
    const ics = await rx.prescriptions.refillCalendar(draft.id);
    expect(ics.match(/^DTSTART;TZID=Asia\/Shanghai:\d{8}T090000\r$/gm)).toHaveLength(2);
  });

  it("refuses a narcotic online and 404s another patient's prescription", async () => {
    const error = await rx.prescriptions
      .create({
        patient_id: PATIENTS.wangfang,
        medication_id: 'med_morphine',
        dosage_instructions: [{ text: '1 tablet every 12 hours' }],
        quantity: { value: 6, unit: 'tablet' },
        days_supply: 3,
        visit_type: 'follow_up',
        prior_diagnosis: { text: 'Cancer pain' },
      })
      .catch((e: unknown) => e);
    expect((error as ApothecaError).problem?.code).toBe('controlled_drug_not_allowed_online');
    await expect(rx.prescriptions.retrieve('rx_missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});
