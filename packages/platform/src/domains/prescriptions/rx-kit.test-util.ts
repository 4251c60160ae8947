/** Fixtures shared by the e-prescription and refill tests: a sandbox, a doctor, identities. */
import {
  createClock,
  createTestPlatform,
  mintWidgetSession,
  PATIENTS,
  type TestClock,
} from '@apotheca/testing/node';

export const DOCTOR_KEY = 'sk_test_doctor_wangjian';
export const ORIGIN = 'https://portal.example.cn';

/** Valid resident ID numbers of the seeded patients (documented in docs/testing/sandbox.md). */
export const RESIDENT_IDS = {
  wangfang: '110105195603140025', // born 1956-03-14, female
  liqiang: '310104194912080018', // born 1949-12-08, male
  davidchen: '440300198807020016', // born 1988-07-02, male
} as const;

export const ADDRESS = { line1: '海淀区中关村大街1号', city: '北京', country: 'CN' } as const;

// biome-ignore lint/suspicious/noExplicitAny: bodies are asserted field by field
export type Res = { status: number; body: any };

/** A sandbox on a platform clock, with helpers that speak its API. */
export function rxKit(iso = '2026-03-01T02:00:00Z') {
  const clock: TestClock = createClock(iso);
  const sandbox = createTestPlatform({ now: clock.now });
  const call = async (
    method: string,
    path: string,
    json?: unknown,
    opts: { token?: string; idempotencyKey?: string } = {},
  ): Promise<Res> => {
    const res = await sandbox.api(method, path, {
      ...(json === undefined ? {} : { json }),
      ...(opts.token ? { token: opts.token } : {}),
      ...(opts.token?.startsWith('wst_') ? { origin: ORIGIN } : {}),
      ...(opts.idempotencyKey ? { idempotencyKey: opts.idempotencyKey } : {}),
    });
    return { status: res.status, body: res.body };
  };
  const widget = async (patientId: string, scopes: string[]) =>
    (
      await mintWidgetSession(sandbox.fetch, {
        patientId,
        // biome-ignore lint/suspicious/noExplicitAny: this domain's scopes
        scopes: scopes as any,
        origin: ORIGIN,
      })
    ).token;

  /** A valid draft body for the patient (amlodipine, 7 days). */
  const draft = (patientId: string, overrides: Record<string, unknown> = {}) => ({
    patient_id: patientId,
    medication_id: 'med_amlodipine',
    dosage_instructions: [{ text: '1 tablet once daily', times_per_day: 1 }],
    quantity: { value: 7, unit: 'tablet' },
    days_supply: 7,
    visit_type: 'follow_up',
    prior_diagnosis: { icd10: 'I10', text: 'Hypertension' },
    ...overrides,
  });

  /** Creates, signs (as the doctor) and approves a prescription; returns it. */
  const approved = async (body: Record<string, unknown>, signBody: unknown = {}) => {
    const created = await call('POST', '/v1/prescriptions', body);
    if (created.status !== 201)
      throw new Error(`create → ${created.status} ${JSON.stringify(created.body)}`);
    const signed = await call('POST', `/v1/prescriptions/${created.body.id}/sign`, signBody, {
      token: DOCTOR_KEY,
    });
    if (signed.status !== 200)
      throw new Error(`sign → ${signed.status} ${JSON.stringify(signed.body)}`);
    const reviewed = await call(
      'POST',
      `/v1/test-helpers/prescriptions/${created.body.id}/review`,
      {
        decision: 'approve',
      },
    );
    return reviewed.body;
  };

  /** A patient on its own test clock (so the test moves only them). */
  const clockedPatient = async (frozen: string, birthDate = '1956-03-14') => {
    const tc = await call('POST', '/v1/test-helpers/test-clocks', { frozen_time: frozen });
    const patient = await call('POST', '/v1/patients', {
      name: 'Clock Patient',
      birth_date: birthDate,
      sex: 'female',
      test_clock: tc.body.id,
    });
    const advance = (to: string) =>
      call('POST', `/v1/test-helpers/test-clocks/${tc.body.id}/advance`, { frozen_time: to });
    return { id: patient.body.id as string, clockId: tc.body.id as string, advance };
  };

  return { clock, sandbox, call, widget, draft, approved, clockedPatient, PATIENTS };
}
