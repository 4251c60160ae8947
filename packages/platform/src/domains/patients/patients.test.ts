import { createTestPlatform } from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';

type Patient = {
  id: string;
  name: string;
  sex: string;
  birth_date: string;
  allergies: Array<{ substance: string }>;
  conditions: Array<{ code?: string; name: string }>;
  preferred_locale: string;
  metadata: Record<string, string>;
  created_at: string;
  updated_at: string;
};
type List = { object: 'list'; data: Patient[]; next_cursor: string | null };

describe('patients', () => {
  it('serves the seeded test patients', async () => {
    const sandbox = createTestPlatform();
    const wang = await sandbox.api<Patient>('GET', '/v1/patients/pat_test_wangfang');
    expect(wang.body).toMatchObject({
      name: '王芳',
      birth_date: '1956-03-14',
      sex: 'female',
      preferred_locale: 'zh-CN',
      allergies: [{ substance: 'penicillin' }],
      conditions: [{ code: 'I10' }],
    });
    const david = await sandbox.api<Patient>('GET', '/v1/patients/pat_test_davidchen');
    expect(david.body).toMatchObject({
      name: 'David Chen',
      birth_date: '1988-07-02',
      sex: 'male',
      preferred_locale: 'en',
    });
  });

  it('creates with defaults, updates only the fields sent, and 404s unknown ids', async () => {
    const now = new Date('2026-11-01T09:30:00Z');
    const sandbox = createTestPlatform({ now: () => now });
    const created = await sandbox.api<Patient>('POST', '/v1/patients', {
      json: { name: 'Zhou Min', birth_date: '1979-10-10' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      sex: 'unknown',
      allergies: [],
      conditions: [],
      preferred_locale: 'zh-CN',
      metadata: {},
      created_at: '2026-11-01T09:30:00Z',
    });
    expect(created.body.id).toMatch(/^pat_[A-Za-z0-9]{20}$/);
    const updated = await sandbox.api<Patient>('PATCH', `/v1/patients/${created.body.id}`, {
      json: { allergies: [{ substance: 'aspirin' }], metadata: { mrn: '42' } },
    });
    expect(updated.body).toMatchObject({
      name: 'Zhou Min',
      allergies: [{ substance: 'aspirin' }],
      metadata: { mrn: '42' },
    });
    const empty = await sandbox.api('PATCH', `/v1/patients/${created.body.id}`, { json: {} });
    expect(empty.status).toBe(400);
    const missing = await sandbox.api<{ code: string }>('GET', '/v1/patients/pat_nobody');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('resource_not_found');
  });

  it('rejects implausible birth dates with 422', async () => {
    const sandbox = createTestPlatform({ now: () => new Date('2026-11-01T00:00:00Z') });
    const future = await sandbox.api<{ code: string; errors: unknown[] }>('POST', '/v1/patients', {
      json: { name: 'Baby', birth_date: '2026-11-02' },
    });
    expect(future.status).toBe(422);
    expect(future.body.errors).toEqual([
      { path: '/body/birth_date', code: 'in_future', message: 'must not be in the future' },
    ]);
    const today = await sandbox.api('POST', '/v1/patients', {
      json: { name: 'Baby', birth_date: '2026-11-01' },
    });
    expect(today.status).toBe(201);
  });

  it('paginates newest first with cursors, without gaps or repeats', async () => {
    const sandbox = createTestPlatform();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await sandbox.api<Patient>('POST', '/v1/patients', {
        json: { name: `P${i}`, birth_date: '2000-01-01' },
      });
      ids.push(res.body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=5&cursor=${cursor}` : '?limit=5';
      const page: List = (await sandbox.api<List>('GET', `/v1/patients${query}`)).body;
      seen.push(...page.data.map((p) => p.id));
      cursor = page.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(seen.slice(0, 7)).toEqual([...ids].reverse());
    expect(seen.slice(7)).toEqual([
      'pat_test_wangfang',
      'pat_test_davidchen',
      'pat_test_liqiang',
      'pat_test_mariagarcia',
      'pat_test_zhangxiaoming',
    ]);
    const bad = await sandbox.api<{ errors: Array<{ path: string }> }>(
      'GET',
      '/v1/patients?cursor=forged',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]?.path).toBe('/query/cursor');
  });

  it('can start empty', async () => {
    const sandbox = createTestPlatform({ seed: false });
    const list = await sandbox.api<List>('GET', '/v1/patients');
    expect(list.body).toEqual({ object: 'list', data: [], next_cursor: null });
  });
});
