import { readFileSync } from 'node:fs';
import { adjustExposure, boxBlur, syntheticDocument } from '@apotheca/domain/photo-quality';
import { createTestPlatform, mintWidgetSession, PATIENTS } from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';
import { encodeGreyPng } from './photos/png';
import { PRESCRIPTION_UPLOADS } from './store';

const ORIGIN = 'https://portal.example.cn';
const jpeg = (name: string) =>
  new Uint8Array(
    readFileSync(new URL(`../../../test/fixtures/photos/${name}.jpg`, import.meta.url)),
  );

function form(bytes: Uint8Array, type: string, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  data.set('patient_id', PATIENTS.wangfang);
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  data.set('file', new File([bytes as Uint8Array<ArrayBuffer>], 'rx-photo', { type }));
  return data;
}

function setup() {
  const sandbox = createTestPlatform();
  const api = async (
    method: string,
    path: string,
    init: Parameters<typeof sandbox.api>[2] = {},
    // biome-ignore lint/suspicious/noExplicitAny: bodies are asserted field by field
  ): Promise<{ status: number; body: any; headers: Headers }> => {
    const res = await sandbox.api(method, path, init);
    return { status: res.status, body: res.body, headers: res.headers };
  };
  const widget = async (patientId: string, scopes: string[]) =>
    (
      await mintWidgetSession(sandbox.fetch, {
        patientId,
        // biome-ignore lint/suspicious/noExplicitAny: scopes of this domain
        scopes: scopes as any,
        origin: ORIGIN,
      })
    ).token;
  const stored = () =>
    sandbox.platform.storage.transaction(
      (tx) => tx.collection(PRESCRIPTION_UPLOADS).list({ limit: 100 }).data.length,
    );
  return { sandbox, api, widget, stored };
}

describe('POST /v1/prescription-uploads', () => {
  it('accepts a good JPEG photo and stores it pending review with its quality', async () => {
    const { api, sandbox } = setup();
    const bytes = jpeg('sharp');
    const res = await api('POST', '/v1/prescription-uploads', {
      body: form(bytes, 'image/jpeg', { consultation_id: 'con_123', note: 'from the clinic' }),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      object: 'prescription_upload',
      status: 'pending_review',
      patient_id: PATIENTS.wangfang,
      consultation_id: 'con_123',
      note: 'from the clinic',
      content_type: 'image/jpeg',
      size: bytes.byteLength,
      quality: { verdict: 'acceptable', issues: [], width: 800, height: 600 },
    });
    expect(res.body.id).toMatch(/^pu_/);
    const blob = sandbox.platform.storage.transaction((tx) => tx.blobs.get(res.body.id));
    expect(blob?.byteLength).toBe(bytes.byteLength);
  });

  it('accepts a good PNG photo', async () => {
    const { api } = setup();
    const res = await api('POST', '/v1/prescription-uploads', {
      body: form(await encodeGreyPng(syntheticDocument()), 'image/png'),
    });
    expect(res.status).toBe(201);
    expect(res.body.content_type).toBe('image/png');
  });

  it('refuses a failing photo with each issue and its reason, storing nothing', async () => {
    const { api, stored } = setup();
    for (const [bytes, type, code] of [
      [jpeg('blurry'), 'image/jpeg', 'blurry'],
      [jpeg('cut_off'), 'image/jpeg', 'cut_off'],
      [jpeg('small'), 'image/jpeg', 'too_small'],
      [await encodeGreyPng(adjustExposure(syntheticDocument(), 0.3)), 'image/png', 'too_dark'],
      [await encodeGreyPng(adjustExposure(syntheticDocument(), 1, 90)), 'image/png', 'too_bright'],
    ] as const) {
      const res = await api('POST', '/v1/prescription-uploads', { body: form(bytes, type) });
      expect(res.status, code).toBe(422);
      expect(res.body.code).toBe('photo_quality_insufficient');
      const issue = res.body.issues.find((i: { code: string }) => i.code === code);
      expect(issue, code).toBeDefined();
      expect(typeof issue.measured).toBe('number');
      expect(issue.reason.length).toBeGreaterThan(20);
    }
    const blurred = await api('POST', '/v1/prescription-uploads', {
      body: form(await encodeGreyPng(boxBlur(syntheticDocument(), 5)), 'image/png'),
    });
    expect(blurred.body.issues.map((i: { code: string }) => i.code)).toEqual(['blurry']);
    expect(stored()).toBe(0);
  });

  it('answers 415 for other formats and 422 for broken images', async () => {
    const { api, stored } = setup();
    const gif = await api('POST', '/v1/prescription-uploads', {
      body: form(new TextEncoder().encode('GIF89a........'), 'image/gif'),
    });
    expect(gif.status).toBe(415);
    expect(gif.body.code).toBe('unsupported_image_format');
    const broken = await api('POST', '/v1/prescription-uploads', {
      body: form(jpeg('sharp').slice(0, 400), 'image/jpeg'),
    });
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('image_undecodable');
    expect(stored()).toBe(0);
  });

  it('replays an idempotent upload instead of storing it twice', async () => {
    const { api, stored } = setup();
    const first = await api('POST', '/v1/prescription-uploads', {
      body: form(jpeg('sharp'), 'image/jpeg'),
      idempotencyKey: 'rx-photo-1',
    });
    const retry = await api('POST', '/v1/prescription-uploads', {
      body: form(jpeg('sharp'), 'image/jpeg'),
      idempotencyKey: 'rx-photo-1',
    });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    expect(stored()).toBe(1);
  });
});

describe('prescription uploads: reading, review and widget sessions', () => {
  it('lets a widget session upload and read only its own patient', async () => {
    const { api, widget } = setup();
    const own = await widget(PATIENTS.wangfang, [
      'prescription_uploads:write',
      'prescription_uploads:read',
    ]);
    const other = await widget(PATIENTS.liqiang, [
      'prescription_uploads:write',
      'prescription_uploads:read',
    ]);
    const created = await api('POST', '/v1/prescription-uploads', {
      body: form(jpeg('sharp'), 'image/jpeg'),
      token: own,
      origin: ORIGIN,
    });
    expect(created.status).toBe(201);
    const foreign = await api('POST', '/v1/prescription-uploads', {
      body: form(jpeg('sharp'), 'image/jpeg'),
      token: other,
      origin: ORIGIN,
    });
    expect(foreign.status).toBe(404);
    expect(
      (
        await api('GET', `/v1/prescription-uploads/${created.body.id}`, {
          token: other,
          origin: ORIGIN,
        })
      ).status,
    ).toBe(404);
    const list = await api('GET', '/v1/prescription-uploads', { token: other, origin: ORIGIN });
    expect(list.body.data).toEqual([]);
    const mine = await api('GET', '/v1/prescription-uploads', { token: own, origin: ORIGIN });
    expect(mine.body.data.map((u: { id: string }) => u.id)).toEqual([created.body.id]);
    const probe = await api('GET', `/v1/prescription-uploads?patient_id=${PATIENTS.wangfang}`, {
      token: other,
      origin: ORIGIN,
    });
    expect(probe.status).toBe(404);
  });

  it('lists by patient with a cursor, newest first', async () => {
    const { api } = setup();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(
        (await api('POST', '/v1/prescription-uploads', { body: form(jpeg('sharp'), 'image/jpeg') }))
          .body.id,
      );
    }
    const page1 = await api(
      'GET',
      `/v1/prescription-uploads?patient_id=${PATIENTS.wangfang}&limit=2`,
    );
    expect(page1.body.data).toHaveLength(2);
    const page2 = await api(
      'GET',
      `/v1/prescription-uploads?patient_id=${PATIENTS.wangfang}&limit=2&cursor=${page1.body.next_cursor}`,
    );
    const seen = [...page1.body.data, ...page2.body.data].map((u: { id: string }) => u.id);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(page2.body.next_cursor).toBeNull();
  });

  it('plays the pharmacist: approve transcribes, reject needs a reason, each reviewed once', async () => {
    const { api, sandbox } = setup();
    const upload = async () =>
      (await api('POST', '/v1/prescription-uploads', { body: form(jpeg('sharp'), 'image/jpeg') }))
        .body.id;
    const a = await upload();
    const approved = await api('POST', `/v1/test-helpers/prescription-uploads/${a}/review`, {
      json: { decision: 'approve', prescription_id: 'rx_transcribed1' },
    });
    expect(approved.body).toMatchObject({
      status: 'transcribed',
      prescription_id: 'rx_transcribed1',
      review: { decision: 'approved' },
    });
    const again = await api('POST', `/v1/test-helpers/prescription-uploads/${a}/review`, {
      json: { decision: 'reject', reason: 'x' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('prescription_upload_not_pending');
    const b = await upload();
    const noReason = await api('POST', `/v1/test-helpers/prescription-uploads/${b}/review`, {
      json: { decision: 'reject' },
    });
    expect(noReason.status).toBe(400);
    const rejected = await api('POST', `/v1/test-helpers/prescription-uploads/${b}/review`, {
      json: { decision: 'reject', reason: 'Handwriting illegible' },
    });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      review: { decision: 'rejected', reason: 'Handwriting illegible' },
    });
    expect((await api('GET', `/v1/prescription-uploads/${b}`)).body.status).toBe('rejected');
    const events = sandbox.events('prescription_upload.reviewed');
    expect(events).toHaveLength(2);
    // Ids and status only: never the review's reason.
    expect(JSON.stringify(events)).not.toContain('illegible');
  });
});
