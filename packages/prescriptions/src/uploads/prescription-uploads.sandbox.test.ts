/** Prescription uploads against the real sandbox over loopback HTTP, through to the review. */
import { readFileSync } from 'node:fs';
import { ApothecaClient } from '@apotheca/core';
import {
  PATIENTS,
  type SandboxHarness,
  SECRET_KEY,
  startTestSandbox,
} from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prescriptions } from '../prescriptions/prescriptions';
import { isPhotoQualityProblem } from './prescription-uploads';

const photo = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/photos/${name}.jpg`, import.meta.url)));

let sandbox: SandboxHarness;
let client: ApothecaClient;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = new ApothecaClient({ baseUrl: sandbox.url, apiKey: SECRET_KEY, browser: false });
});
afterAll(() => sandbox.close());

describe('prescriptionUploads against the sandbox', () => {
  it('uploads a sharp photo, refuses a blurry one, and shows the pharmacist review', async () => {
    const rx = prescriptions(client);
    const blurry = await rx.prescriptionUploads
      .create({ file: photo('blurry'), contentType: 'image/jpeg', patient_id: PATIENTS.wangfang })
      .catch((e: unknown) => e);
    expect(isPhotoQualityProblem(blurry)).toBe(true);

    const upload = await rx.prescriptionUploads.create({
      file: photo('sharp'),
      contentType: 'image/jpeg',
      patient_id: PATIENTS.wangfang,
    });
    expect(upload.status).toBe('pending_review');
    await client.post('/v1/test-helpers/prescription-uploads/{id}/review', {
      params: { path: { id: upload.id } },
      body: { decision: 'reject', reason: 'Photo of the wrong page' },
    });
    const reviewed = await rx.prescriptionUploads.retrieve(upload.id);
    expect(reviewed.status).toBe('rejected');
    const rejected: string[] = [];
    for await (const u of rx.prescriptionUploads.list({ status: 'rejected' })) rejected.push(u.id);
    expect(rejected).toContain(upload.id);
  });
});
