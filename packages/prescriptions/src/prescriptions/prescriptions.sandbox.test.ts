/** The resources against the real sandbox over loopback HTTP. */
import { ApothecaClient, NotFoundError } from '@apotheca/core';
import {
  PATIENTS,
  type SandboxHarness,
  SECRET_KEY,
  startTestSandbox,
} from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prescriptions } from './prescriptions';

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
