import { ApothecaClient, NotFoundError, ValidationError } from '@apotheca/core';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { BASE, useMswServer } from '../../../core/src/test-support/msw';
import { type Patient, type PatientCreateParams, patients } from './patients';

/** A tiny in-memory patients API, enough to exercise the resource. */
function patientsApi() {
  const store = new Map<string, Patient>();
  const keys = new Map<string, Patient>();
  let seq = 0;
  const problem = (status: number, code: string, errors: unknown[] = []) =>
    HttpResponse.json({ title: code, status, code, request_id: 'req_t', errors }, { status });
  return [
    http.post(`${BASE}/v1/patients`, async ({ request }) => {
      const key = request.headers.get('idempotency-key') ?? '';
      const replay = keys.get(key);
      if (replay)
        return HttpResponse.json(replay, {
          status: 201,
          headers: { 'idempotent-replayed': 'true' },
        });
      const body = (await request.json()) as PatientCreateParams;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(body.birth_date)) {
        return problem(400, 'validation_failed', [
          { path: '/body/birth_date', code: 'format', message: 'must be a date' },
        ]);
      }
      const now = new Date(Date.UTC(2026, 10, 1, 0, 0, seq)).toISOString();
      const patient: Patient = {
        id: `pat_${++seq}`,
        object: 'patient',
        sex: 'unknown',
        allergies: [],
        conditions: [],
        preferred_locale: 'en',
        time_zone: 'Asia/Shanghai',
        metadata: {},
        ...body,
        created_at: now,
        updated_at: now,
      };
      store.set(patient.id, patient);
      keys.set(key, patient);
      return HttpResponse.json(patient, { status: 201 });
    }),
    http.get(`${BASE}/v1/patients/:id`, ({ params }) => {
      const patient = store.get(String(params.id));
      return patient ? HttpResponse.json(patient) : problem(404, 'not_found');
    }),
    http.patch(`${BASE}/v1/patients/:id`, async ({ params, request }) => {
      const patient = store.get(String(params.id));
      if (!patient) return problem(404, 'not_found');
      const updated = { ...patient, ...((await request.json()) as object) };
      store.set(patient.id, updated);
      return HttpResponse.json(updated);
    }),
    http.get(`${BASE}/v1/patients`, ({ request }) => {
      const url = new URL(request.url);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const all = [...store.values()].reverse();
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const data = all.slice(start, start + limit);
      const next = start + limit < all.length ? String(start + limit) : null;
      return HttpResponse.json({ object: 'list', data, next_cursor: next });
    }),
  ];
}

const server = useMswServer();
beforeEach(() => server.use(...patientsApi()));

const client = new ApothecaClient({ baseUrl: BASE, apiKey: 'sk_test_x', browser: false });
const api = patients(client);

describe('patients', () => {
  it('creates and retrieves a patient', async () => {
    const created = await api.create({
      name: '王芳',
      birth_date: '1956-03-14',
      sex: 'female',
      allergies: [{ substance: 'penicillin' }],
      conditions: [{ code: 'I10', name: 'hypertension' }],
      preferred_locale: 'zh-CN',
    });
    expectTypeOf(created).toEqualTypeOf<Patient>();
    expect(created).toMatchObject({ id: 'pat_1', object: 'patient', name: '王芳', sex: 'female' });
    await expect(api.retrieve(created.id)).resolves.toEqual(created);
  });

  it('replays a create sent again with the same idempotency key', async () => {
    const first = await api.create(
      { name: 'A', birth_date: '2000-01-01' },
      { idempotencyKey: 'k1' },
    );
    const again = await api.create(
      { name: 'A', birth_date: '2000-01-01' },
      { idempotencyKey: 'k1' },
    );
    expect(again.id).toBe(first.id);
  });

  it('updates only the fields given', async () => {
    const created = await api.create({ name: 'David Chen', birth_date: '1988-07-02', sex: 'male' });
    const updated = await api.update(created.id, { preferred_locale: 'zh-CN' });
    expect(updated).toMatchObject({
      id: created.id,
      name: 'David Chen',
      sex: 'male',
      preferred_locale: 'zh-CN',
    });
  });

  it('lists every patient across pages, newest first', async () => {
    for (let i = 0; i < 5; i++) await api.create({ name: `P${i}`, birth_date: '2000-01-01' });
    const names: string[] = [];
    for await (const patient of api.list({ limit: 2 })) names.push(patient.name);
    expect(names).toEqual(['P4', 'P3', 'P2', 'P1', 'P0']);
    expect((await api.list().toArray({ limit: 3 })).map((p) => p.name)).toEqual(['P4', 'P3', 'P2']);
  });

  it('maps validation and not-found errors', async () => {
    const invalid = await api
      .create({ name: 'X', birth_date: '14/03/1956' })
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).errors.map((e) => e.path)).toEqual(['/body/birth_date']);
    await expect(api.retrieve('pat_missing')).rejects.toBeInstanceOf(NotFoundError);
    await expect(api.update('pat_missing', { name: 'Y' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('passes call options through (signal)', async () => {
    const created = await api.create({ name: 'S', birth_date: '2000-01-01' });
    await expect(
      api.retrieve(created.id, { signal: AbortSignal.abort(new Error('stop')) }),
    ).rejects.toThrow('stop');
  });

  it('rejects a request that does not match the contract at compile time', () => {
    // @ts-expect-error birth_date is required
    const missing: PatientCreateParams = { name: 'No birth date' };
    // @ts-expect-error sex is an enum
    const wrongSex: PatientCreateParams = { name: 'X', birth_date: '2000-01-01', sex: 'f' };
    expect([missing, wrongSex]).toHaveLength(2);
  });
});
