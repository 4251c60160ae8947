import {
  createClock,
  createTestPlatform,
  mintWidgetSession,
  PATIENTS,
} from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';
import { ageInYears } from './routes/safety-checks';

const ORIGIN = 'https://portal.example.cn';

function setup() {
  const clock = createClock('2026-11-23T12:00:00Z');
  const sandbox = createTestPlatform({ now: clock.now });
  const call = async (
    method: string,
    path: string,
    json?: unknown,
    token?: string,
    // biome-ignore lint/suspicious/noExplicitAny: bodies are asserted field by field
  ): Promise<{ status: number; body: any }> => {
    const res = await sandbox.api(method, path, {
      ...(json === undefined ? {} : { json }),
      ...(token ? { token, origin: ORIGIN } : {}),
    });
    return { status: res.status, body: res.body };
  };
  const widget = async (scopes: string[], patientId: string = PATIENTS.wangfang) =>
    (
      await mintWidgetSession(sandbox.fetch, {
        patientId,
        // biome-ignore lint/suspicious/noExplicitAny: scopes of this domain
        scopes: scopes as any,
        origin: ORIGIN,
      })
    ).token;
  return { sandbox, call, widget };
}

describe('GET /v1/medications', () => {
  it('finds a medication by English, Chinese, brand and misspelled names', async () => {
    const { call } = setup();
    for (const q of ['ibuprofen', '布洛芬', 'ibuprofne']) {
      const res = await call('GET', `/v1/medications?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect(res.body.data[0].id, q).toBe('med_ibuprofen');
      expect(res.body.data[0].match.score).toBeGreaterThan(0);
    }
    const typo = await call('GET', '/v1/medications?q=ibuprofne');
    expect(typo.body.data[0].match.via).toBe('fuzzy');
    const brand = await call('GET', `/v1/medications?q=${encodeURIComponent('泰诺')}`);
    expect(
      brand.body.data[0].ingredients.map((i: { ingredient_id: string }) => i.ingredient_id),
    ).toContain('paracetamol');
  });

  it('lists every ingredient of a compound product with its strength', async () => {
    const { call } = setup();
    const res = await call('GET', `/v1/medications?q=${encodeURIComponent('氨酚伪麻美芬片')}`);
    const product = res.body.data[0];
    expect(product.name['zh-CN']).toBe('氨酚伪麻美芬片');
    expect(product.ingredients.length).toBeGreaterThan(1);
    const paracetamol = product.ingredients.find(
      (i: { ingredient_id: string }) => i.ingredient_id === 'paracetamol',
    );
    expect(paracetamol.strength).toMatchObject({ value: expect.any(Number), unit: 'mg' });
    expect(product).toMatchObject({
      object: 'medication',
      approval_number: expect.stringMatching(/^国药准字SBX/),
    });
  });

  it('pages through the whole catalogue with cursors, each entry once', async () => {
    const { call } = setup();
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { body: { data: { id: string }[]; next_cursor: string | null } } = await call(
        'GET',
        `/v1/medications?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      );
      for (const m of res.body.data) seen.add(m.id);
      cursor = res.body.next_cursor;
      pages++;
    } while (cursor && pages < 20);
    expect(cursor).toBeNull();
    expect(seen.size).toBeGreaterThanOrEqual(500);
    expect(pages).toBe(Math.ceil(seen.size / 100));
  });

  it('pages a search, and refuses a cursor issued for another q', async () => {
    const { call } = setup();
    const first = await call('GET', '/v1/medications?q=statin&limit=2');
    expect(first.body.data).toHaveLength(2);
    const second = await call(
      'GET',
      `/v1/medications?q=statin&limit=2&cursor=${first.body.next_cursor}`,
    );
    expect(second.status).toBe(200);
    expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
    const other = await call(
      'GET',
      `/v1/medications?q=pril&limit=2&cursor=${first.body.next_cursor}`,
    );
    expect(other.status).toBe(400);
    expect(other.body.code).toBe('invalid_cursor');
    const junk = await call('GET', '/v1/medications?cursor=zzz');
    expect(junk.body.code).toBe('invalid_cursor');
    const empty = await call('GET', '/v1/medications?q=');
    expect(empty.status).toBe(400);
  });
});

describe('GET /v1/medications/{id}', () => {
  it('returns insurance codes with superseded ones and their replacement', async () => {
    const { call } = setup();
    const all: { insurance_codes: { status: string; replaced_by?: string }[]; id: string }[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { data: typeof all; next_cursor: string | null } } = await call(
        'GET',
        `/v1/medications?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      );
      all.push(...res.body.data);
      cursor = res.body.next_cursor;
    } while (cursor);
    const superseded = all.find((m) => m.insurance_codes.some((c) => c.status === 'superseded'));
    expect(superseded).toBeDefined();
    const one = await call('GET', `/v1/medications/${superseded!.id}`);
    expect(one.status).toBe(200);
    const old = one.body.insurance_codes.find((c: { status: string }) => c.status === 'superseded');
    expect(old.replaced_by).toEqual(expect.any(String));
    expect(one.body.match).toBeUndefined();
  });

  it('answers 404 for an unknown id', async () => {
    const { call } = setup();
    const res = await call('GET', '/v1/medications/med_nope');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('resource_not_found');
  });
});

describe('POST /v1/safety-checks', () => {
  it('answers exactly what the engine says, with an sc_ id', async () => {
    const { call } = setup();
    const res = await call('POST', '/v1/safety-checks', {
      medications: [{ text: '克拉霉素' }],
      patient: {
        allergies: [{ text: 'penicillin (anaphylaxis)' }],
        conditions: [{ text: 'eGFR 25' }],
        current_medications: [{ text: 'simvastatin' }],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.id).toMatch(/^sc_/);
    expect(res.body).toMatchObject({
      object: 'safety_check',
      outcome: 'blocked',
      created_at: '2026-11-23T12:00:00Z',
    });
    const ddi = res.body.alerts.find((a: { kind: string }) => a.kind === 'drug_drug');
    expect(ddi).toMatchObject({ severity: 'major', contraindicated: true });
    expect(ddi.medications).toEqual(
      expect.arrayContaining(['med_clarithromycin', 'med_simvastatin']),
    );
    expect(res.body.unresolved).toEqual([]);
  });

  it('lists unresolvable text and says when the record is empty', async () => {
    const { call } = setup();
    const res = await call('POST', '/v1/safety-checks', {
      medications: [
        { text: 'zzqxv unknown pill' },
        { medication_id: 'med_nope' },
        { text: 'amlodipine' },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.unresolved.map((u: { field: string }) => u.field)).toEqual([
      '/medications/0',
      '/medications/1',
    ]);
    expect(res.body.notices.map((n: { code: string }) => n.code)).toContain(
      'no_allergies_recorded',
    );
    expect(res.body.notices.map((n: { code: string }) => n.code)).toContain('no_age');
    expect(res.body.outcome).toBe('ready');
  });

  it("uses the patient's record: allergies, conditions and age", async () => {
    const { call } = setup();
    // 王芳: severe penicillin allergy (hives) on record, born 1956.
    const res = await call('POST', '/v1/safety-checks', {
      patient_id: PATIENTS.wangfang,
      medications: [{ text: 'amoxicillin' }],
    });
    expect(res.status).toBe(201);
    expect(res.body.patient_id).toBe(PATIENTS.wangfang);
    const allergy = res.body.alerts.find((a: { kind: string }) => a.kind === 'drug_allergy');
    expect(allergy).toMatchObject({ severity: 'major' });
    const fields = res.body.resolved.map((r: { field: string }) => r.field);
    expect(fields).toContain('/patient_record/allergies/0');
    expect(res.body.notices.map((n: { code: string }) => n.code)).not.toContain(
      'no_allergies_recorded',
    );
    // The age comes from the birth date on record.
    expect(res.body.notices.map((n: { code: string }) => n.code)).not.toContain('no_age');
  });

  it('keeps the request and the record apart in field pointers', async () => {
    const { call } = setup();
    const res = await call('POST', '/v1/safety-checks', {
      patient_id: PATIENTS.mariagarcia,
      medications: [{ text: 'furosemide' }],
      patient: { allergies: [{ text: 'peanuts' }] },
    });
    const fields = res.body.resolved
      .concat(res.body.unresolved)
      .map((r: { field: string }) => r.field);
    expect(fields).toContain('/patient_record/allergies/0');
    // A sulfonamide-antibiotic allergy does not touch furosemide.
    expect(res.body.alerts.filter((a: { kind: string }) => a.kind === 'drug_allergy')).toEqual([]);
  });

  it("lets a widget session check only its own patient (404 for another's)", async () => {
    const { call, widget } = setup();
    const token = await widget(['safety_checks:write']);
    const own = await call(
      'POST',
      '/v1/safety-checks',
      { patient_id: PATIENTS.wangfang, medications: [{ text: 'aspirin' }] },
      token,
    );
    expect(own.status).toBe(201);
    const other = await call(
      'POST',
      '/v1/safety-checks',
      { patient_id: PATIENTS.liqiang, medications: [{ text: 'aspirin' }] },
      token,
    );
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('resource_not_found');
    const noScope = await call(
      'POST',
      '/v1/safety-checks',
      { medications: [{ text: 'aspirin' }] },
      await widget(['medications:read']),
    );
    expect(noScope.status).toBe(403);
  });

  it('refuses bad input with problem+json and writes nothing', async () => {
    const { call, sandbox } = setup();
    const bad = [
      { medications: [] },
      { medications: [{ text: '' }] },
      { medications: [{ text: 'aspirin', medication_id: 'med_aspirin' }] },
      { medications: [{ text: 'aspirin' }], patient: { pregnancy: { trimester: 4 } } },
      { medications: [{ text: 'aspirin' }], patient: { egfr: -1 } },
      { medications: [{ text: 'aspirin' }], patient_id: 'nope' },
    ];
    for (const body of bad) {
      const res = await call('POST', '/v1/safety-checks', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('validation_failed');
    }
    const missing = await call('POST', '/v1/safety-checks', {
      medications: [{ text: 'aspirin' }],
      patient_id: 'pat_missing',
    });
    expect(missing.status).toBe(404);
    const stored = sandbox.platform.storage.transaction(
      (tx) => tx.collection('prescriptions_safety_checks').list({ limit: 100 }).data,
    );
    expect(stored).toEqual([]);
  });

  it('answers a retry with the same Idempotency-Key with the same check, stored once', async () => {
    const { sandbox } = setup();
    const body = { medications: [{ text: 'warfarin' }, { text: 'aspirin' }] };
    const a = await sandbox.api('POST', '/v1/safety-checks', {
      json: body,
      idempotencyKey: 'sc-retry-1',
    });
    const b = await sandbox.api('POST', '/v1/safety-checks', {
      json: body,
      idempotencyKey: 'sc-retry-1',
    });
    expect(a.status).toBe(201);
    expect(b.body).toEqual(a.body);
    const stored = sandbox.platform.storage.transaction(
      (tx) => tx.collection('prescriptions_safety_checks').list({ limit: 100 }).data,
    );
    expect(stored).toHaveLength(1);
  });

  it('accepts pregnancy as true or with a trimester', async () => {
    const { call } = setup();
    for (const pregnancy of [true, { trimester: 1 }, { weeks: 30 }]) {
      const res = await call('POST', '/v1/safety-checks', {
        medications: [{ text: 'warfarin' }],
        patient: { sex: 'female', age: 30, pregnancy },
      });
      expect(res.status).toBe(201);
      expect(
        res.body.alerts.some((a: { kind: string }) => a.kind === 'drug_pregnancy'),
        JSON.stringify(pregnancy),
      ).toBe(true);
    }
  });
});

describe('ageInYears', () => {
  it('counts full years, the day before and on the birthday', () => {
    expect(ageInYears('1956-03-14', new Date('2026-03-13T23:59:59Z'))).toBe(69);
    expect(ageInYears('1956-03-14', new Date('2026-03-14T00:00:00Z'))).toBe(70);
  });
});
