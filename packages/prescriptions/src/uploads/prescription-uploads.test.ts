/** Prescription uploads against msw backed by the real engine (`@apotheca/mock`). */
import { readFileSync } from 'node:fs';
import { ApothecaClient, NotFoundError, ValidationError } from '@apotheca/core';
import { createMockPlatform } from '@apotheca/mock';
import { PATIENTS } from '@apotheca/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prescriptions } from '../prescriptions/prescriptions';
import { isPhotoQualityProblem } from './prescription-uploads';

const BASE = 'http://api.test';
const photo = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/photos/${name}.jpg`, import.meta.url)));

const mock = createMockPlatform({ baseUrl: BASE, rateLimit: false });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

const client = new ApothecaClient({
  baseUrl: BASE,
  apiKey: 'sk_test_apotheca_sandbox',
  browser: false,
});
const rx = prescriptions(client);

describe('prescriptions(client).prescriptionUploads', () => {
  it('uploads a sharp photo with its fields, then retrieves and lists it', async () => {
    const upload = await rx.prescriptionUploads.create({
      file: photo('sharp'),
      contentType: 'image/jpeg',
      filename: 'rx.jpg',
      patient_id: PATIENTS.wangfang,
      note: 'from the clinic',
    });
    expect(upload).toMatchObject({
      object: 'prescription_upload',
      status: 'pending_review',
      patient_id: PATIENTS.wangfang,
      note: 'from the clinic',
      content_type: 'image/jpeg',
    });
    expect(upload.consultation_id ?? null).toBeNull();
    expect((await rx.prescriptionUploads.retrieve(upload.id)).id).toBe(upload.id);
    const listed: string[] = [];
    for await (const u of rx.prescriptionUploads.list({ patient_id: PATIENTS.wangfang })) {
      listed.push(u.id);
    }
    expect(listed).toEqual([upload.id]);
  });

  it('refuses a blurry photo with a typed problem naming the issue, and stores nothing', async () => {
    const error = await rx.prescriptionUploads
      .create({
        file: new Blob([photo('blurry')], { type: 'image/jpeg' }),
        patient_id: PATIENTS.wangfang,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(isPhotoQualityProblem(error)).toBe(true);
    if (!isPhotoQualityProblem(error)) throw error;
    expect(error.problem?.issues?.map((i) => i.code)).toContain('blurry');
    expect(isPhotoQualityProblem(new ValidationError('other', { status: 422 }))).toBe(false);
    const listed: unknown[] = [];
    for await (const u of rx.prescriptionUploads.list()) listed.push(u);
    expect(listed).toHaveLength(0);
  });

  it('retries a dropped connection with the whole body and one key: one upload', async () => {
    const keys: (string | null)[] = [];
    let dropped = false;
    server.use(
      http.post(`${BASE}/v1/prescription-uploads`, async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        const form = await request.clone().formData();
        expect(form.get('file')).toBeInstanceOf(File);
        if (!dropped) {
          dropped = true;
          return HttpResponse.error();
        }
        return undefined; // fall through to the engine
      }),
    );
    const upload = await rx.prescriptionUploads.create(
      { file: photo('sharp'), contentType: 'image/jpeg', patient_id: PATIENTS.wangfang },
      { maxRetries: 2 },
    );
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    const listed: string[] = [];
    for await (const u of rx.prescriptionUploads.list()) listed.push(u.id);
    expect(listed).toEqual([upload.id]);
  });

  it('is a NotFoundError for an unknown upload', async () => {
    await expect(rx.prescriptionUploads.retrieve('pu_missing')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
