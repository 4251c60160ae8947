/** The resources against msw backed by the real engine (`@apotheca/mock`). */
import {
  ApothecaClient,
  ApothecaError,
  NotFoundError,
  PermissionError,
  ValidationError,
} from '@apotheca/core';
import { createMockPlatform } from '@apotheca/mock';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  isRefillConflict,
  type Medication,
  type Prescription,
  type PrescriptionCreateParams,
  prescriptions,
  type RefillStatus,
  type SafetyCheck,
} from './prescriptions';

const BASE = 'http://api.test';
// A fixed platform clock: the seeded prescriptions' refill dates are judged at 23 Nov 2026.
const mock = createMockPlatform({
  baseUrl: BASE,
  rateLimit: false,
  now: () => new Date('2026-11-23T12:00:00Z'),
});
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

const client = new ApothecaClient({
  baseUrl: BASE,
  apiKey: 'sk_test_apotheca_sandbox',
  browser: false,
});
const rx = prescriptions(client);

describe('prescriptions(client).medications', () => {
  it('searches across pages with for await', async () => {
    const ids: string[] = [];
    for await (const med of rx.medications.list({ q: 'statin', limit: 2 })) {
      expectTypeOf(med).toEqualTypeOf<Medication>();
      ids.push(med.id);
    }
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('med_simvastatin');
  });

  it('retrieves an entry, and throws NotFoundError for an unknown id', async () => {
    const med = await rx.medications.retrieve('med_ibuprofen');
    expect(med.name['zh-CN']).toBe('布洛芬胶囊');
    await expect(rx.medications.retrieve('med_nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('prescriptions(client).safetyChecks', () => {
  it('creates a check and types the answer', async () => {
    const check = await rx.safetyChecks.create({
      medications: [{ text: 'clarithromycin' }],
      patient: { current_medications: [{ text: 'simvastatin' }] },
    });
    expectTypeOf(check).toEqualTypeOf<SafetyCheck>();
    expect(check.outcome).toBe('blocked');
    expect(check.id).toMatch(/^sc_/);
  });

  it('throws ValidationError with the field for bad input', async () => {
    const error = await rx.safetyChecks.create({ medications: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors[0]?.path).toBe('/body/medications');
  });
});

describe('prescriptions(client).prescriptions, refillRequests, adherence', () => {
  const doctor = prescriptions(
    new ApothecaClient({ baseUrl: BASE, apiKey: 'sk_test_doctor_wangjian', browser: false }),
  );
  const draft = {
    patient_id: 'pat_test_wangfang',
    medication_id: 'med_amlodipine',
    dosage_instructions: [{ text: '1 tablet once daily' }],
    quantity: { value: 7, unit: 'tablet' },
    days_supply: 7,
    visit_type: 'follow_up',
    prior_diagnosis: { icd10: 'I10' },
  } satisfies PrescriptionCreateParams;

  it('creates, retrieves, lists, signs (doctor only) and cancels', async () => {
    const created = await rx.prescriptions.create(draft);
    expectTypeOf(created).toEqualTypeOf<Prescription>();
    expect(created.status).toBe('draft');
    await expect(rx.prescriptions.retrieve(created.id)).resolves.toEqual(created);
    const error = await rx.prescriptions.sign(created.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).problem?.code).toBe('prescriber_credential_required');
    const signed = await doctor.prescriptions.sign(created.id);
    expect(signed.status).toBe('pharmacist_review');
    const ids: string[] = [];
    for await (const p of rx.prescriptions.list({ patient_id: 'pat_test_wangfang', limit: 1 }))
      ids.push(p.id);
    expect(ids).toEqual([created.id, 'rx_test_wangfang_amlodipine']);
    const cancelled = await rx.prescriptions.cancel(created.id, { reason: 'Entered twice' });
    expect(cancelled.status).toBe('cancelled');
  });

  it('refuses a first-visit prescription with its stable code', async () => {
    const error = await rx.prescriptions
      .create({ ...draft, visit_type: 'first_visit' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApothecaError);
    expect((error as ApothecaError).problem?.code).toBe('first_visit_not_allowed');
  });

  it('downloads the refill calendar as iCalendar text', async () => {
    const ics = await rx.prescriptions.refillCalendar('rx_test_wangfang_amlodipine');
    expectTypeOf(ics).toEqualTypeOf<string>();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('TZID:Asia/Shanghai');
    // 王芳 reads Chinese: the summaries are in her language.
    expect(ics).toMatch(/^SUMMARY:(该续药了|请预约复诊续方)：/m);
  });

  it('reads refill status, refills once with one idempotency key, reports adherence', async () => {
    const id = 'rx_test_wangfang_amlodipine';
    const status = await rx.prescriptions.refillStatus(id);
    expectTypeOf(status).toEqualTypeOf<RefillStatus>();
    expect(status.repeats_remaining).toBe(1);
    const params = {
      prescription_id: id,
      delivery_address: {
        line1: '朝阳区建国路88号3单元501',
        city: '北京',
        province: '北京',
        postal_code: '100022',
        country: 'CN',
      },
    };
    const refill = await rx.refillRequests.create(params, { idempotencyKey: 'sdk-refill-1' });
    expect(refill.status).toBe('accepted');
    const again = await rx.refillRequests.create(params, { idempotencyKey: 'sdk-refill-1' });
    expect(again.id).toBe(refill.id);
    const tooSoon = await rx.refillRequests.create(params).catch((e: unknown) => e);
    expect(isRefillConflict(tooSoon)).toBe(true);
    const adherence = await rx.adherence.retrieve('pat_test_wangfang', {
      from: '2026-09-01',
      to: '2026-09-30',
    });
    expect(adherence.medications[0]).toMatchObject({
      medication_id: 'med_amlodipine',
      days_covered: 30,
      pdc: 1,
    });
  });
});
