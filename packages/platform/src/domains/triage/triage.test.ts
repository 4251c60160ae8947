import {
  createClock,
  createTestPlatform,
  mintWidgetSession,
  PATIENTS,
} from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';
import { ageOn } from './age';

type Item = { id: string; name: { en: string }; choices: string[] };
type Interview = {
  id: string;
  status: 'in_progress' | 'completed';
  step: number;
  patient_id?: string;
  question?: { id: string; type: string; items: Item[] };
  evidence: { id: string; choice: string; source: string }[];
  result?: {
    level: string;
    departments: { department: string }[];
    recommended_tests: { id: string }[];
    red_flags: { id: string }[];
  };
  completed_at?: string;
};
type Problem = { code: string; errors?: { path: string; code: string }[]; current_step?: number };

const ORIGIN = 'https://portal.example';
const clock = createClock('2026-11-23T12:00:00Z');
const LEG = {
  age: { value: 52, unit: 'year' },
  sex: 'male',
  complaint: "painful leg, can't walk",
  locale: 'en',
};

async function start(sandbox: ReturnType<typeof createTestPlatform>, json: object = LEG) {
  const res = await sandbox.api<Interview>('POST', '/v1/triage/interviews', { json });
  expect(res.status).toBe(201);
  return res.body;
}

/** Answers every item of the open question `absent`. */
const allAbsent = (i: Interview) => ({
  step: i.step,
  answers: i.question!.items.map((item) => ({ id: item.id, choice: 'absent' })),
});

describe('POST /v1/triage/parse', () => {
  it('maps both languages, with negation, to the same concept ids', async () => {
    const sandbox = createTestPlatform();
    const zh = await sandbox.api<{ mentions: { id: string; choice: string }[] }>(
      'POST',
      '/v1/triage/parse',
      {
        json: { text: '不发烧，胸口疼', locale: 'zh-CN' },
      },
    );
    expect(zh.status).toBe(200);
    expect(zh.body.mentions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'chest_pain', choice: 'present' }),
        expect.objectContaining({ id: 'fever', choice: 'absent' }),
      ]),
    );
    const en = await sandbox.api<{ mentions: { id: string; choice: string }[] }>(
      'POST',
      '/v1/triage/parse',
      {
        json: { text: 'chest pain, no fever' },
      },
    );
    expect(en.body.mentions.map((m) => `${m.id}:${m.choice}`).sort()).toEqual(
      zh.body.mentions.map((m) => `${m.id}:${m.choice}`).sort(),
    );
  });

  it('refuses an over-long text with a 400 naming the field', async () => {
    const sandbox = createTestPlatform();
    const res = await sandbox.api<Problem>('POST', '/v1/triage/parse', {
      json: { text: 'a'.repeat(2001) },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.path).toBe('/body/text');
  });
});

describe('triage interviews', () => {
  it('asks follow-ups, answers, completes and emits triage.completed with ids and level only', async () => {
    const sandbox = createTestPlatform({ now: clock.now });
    let interview = await start(sandbox);
    expect(interview).toMatchObject({ status: 'in_progress', step: 1 });
    expect(interview.id).toMatch(/^tri_/);
    expect(interview.question!.items.length).toBeGreaterThan(0);
    let steps = 0;
    while (interview.status === 'in_progress' && steps < 15) {
      const res = await sandbox.api<Interview>(
        'POST',
        `/v1/triage/interviews/${interview.id}/answers`,
        {
          json: allAbsent(interview),
        },
      );
      expect(res.status).toBe(200);
      interview = res.body;
      steps++;
    }
    expect(interview.status).toBe('completed');
    expect(interview.step).toBe(steps);
    expect(interview.completed_at).toBe('2026-11-23T12:00:00Z');
    const events = sandbox.events('triage.completed');
    expect(events).toHaveLength(1);
    const object = (events[0]!.data as { object: Record<string, unknown> }).object;
    expect(Object.keys(object).sort()).toEqual(['department', 'id', 'level', 'object']);
    expect(object).toMatchObject({ id: interview.id, level: interview.result!.level });
    const got = await sandbox.api<Interview>('GET', `/v1/triage/interviews/${interview.id}`);
    expect(got.body).toEqual(interview);
  });

  it('completes at once as an emergency on a red flag in the complaint (Chinese)', async () => {
    const sandbox = createTestPlatform();
    const interview = await start(sandbox, {
      age: { value: 74, unit: 'year' },
      sex: 'female',
      complaint: '从早上开始心慌，胸口发紧',
      locale: 'zh-CN',
    });
    expect(interview.status).toBe('completed');
    expect(interview.result!.level).toBe('emergency');
    expect(interview.result!.red_flags.length).toBeGreaterThan(0);
    expect(sandbox.events('triage.completed')).toHaveLength(1);
  });

  it('takes age and sex from the patient record, on the patient calendar', async () => {
    const sandbox = createTestPlatform({ now: clock.now });
    const interview = await start(sandbox, {
      patient_id: PATIENTS.wangfang,
      complaint: '皮肤痒',
      locale: 'zh-CN',
    });
    expect(interview.patient_id).toBe(PATIENTS.wangfang);
    expect(ageOn('1956-03-14', clock.now())).toEqual({ value: 70, unit: 'year' });
    expect(ageOn('2026-09-24', clock.now())).toEqual({ value: 1, unit: 'month' });
    expect(ageOn('2026-09-23', clock.now())).toEqual({ value: 2, unit: 'month' });
    const conflict = await sandbox.api<Problem>('POST', '/v1/triage/interviews', {
      json: { patient_id: PATIENTS.wangfang, sex: 'male', complaint: 'itchy skin', locale: 'en' },
    });
    expect(conflict.status).toBe(422);
    expect(conflict.body).toMatchObject({
      code: 'patient_demographics_conflict',
      errors: [{ path: '/body/sex' }],
    });
    const missing = await sandbox.api<Problem>('POST', '/v1/triage/interviews', {
      json: { complaint: 'itchy skin', locale: 'en' },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors?.map((e) => e.path)).toEqual(['/body/age', '/body/sex']);
    const unknownPatient = await sandbox.api<Problem>('POST', '/v1/triage/interviews', {
      json: { patient_id: 'pat_nobody', complaint: 'itchy skin', locale: 'en' },
    });
    expect(unknownPatient.status).toBe(404);
  });

  it('goes Back by answering an older step: the log is truncated there', async () => {
    const sandbox = createTestPlatform();
    const first = await start(sandbox);
    const second = (
      await sandbox.api<Interview>('POST', `/v1/triage/interviews/${first.id}/answers`, {
        json: allAbsent(first),
      })
    ).body;
    expect(second.step).toBe(2);
    const firstItem = first.question!.items[0]!.id;
    const back = await sandbox.api<Interview>('POST', `/v1/triage/interviews/${first.id}/answers`, {
      json: { step: 1, answers: [{ id: firstItem, choice: 'unknown' }] },
    });
    expect(back.status).toBe(200);
    expect(back.body.evidence.filter((e) => e.source === 'answer')).toEqual([
      { id: firstItem, choice: 'unknown', source: 'answer' },
    ]);
    expect(back.body.step).toBe(2);
    // Re-answering step 1 as before gives back the same step-2 state: Back is a pure truncation.
    const again = await sandbox.api<Interview>(
      'POST',
      `/v1/triage/interviews/${first.id}/answers`,
      {
        json: allAbsent(first),
      },
    );
    expect(again.body.question).toEqual(second.question);
    expect(again.body.evidence).toEqual(second.evidence);
  });

  it('replays a retried answer with the same Idempotency-Key instead of answering twice', async () => {
    const sandbox = createTestPlatform();
    const first = await start(sandbox);
    const call = () =>
      sandbox.api<Interview>('POST', `/v1/triage/interviews/${first.id}/answers`, {
        json: allAbsent(first),
        idempotencyKey: 'answer-step-1',
      });
    const a = await call();
    const b = await call();
    expect(b.status).toBe(200);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(b.body).toEqual(a.body);
    const reused = await sandbox.api<Problem>('POST', `/v1/triage/interviews/${first.id}/answers`, {
      json: { step: 1, answers: [{ id: first.question!.items[0]!.id, choice: 'present' }] },
      idempotencyKey: 'answer-step-1',
    });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });

  it('refuses hostile input with clear problems and leaves the interview as it was', async () => {
    const sandbox = createTestPlatform();
    const interview = await start(sandbox);
    const path = `/v1/triage/interviews/${interview.id}/answers`;
    const item = interview.question!.items[0]!.id;
    const cases: [object, number, string, string?][] = [
      [
        { step: 5, answers: [{ id: item, choice: 'absent' }] },
        409,
        'step_not_current',
        '/body/step',
      ],
      [
        { step: 1, answers: [{ id: 'no_such_concept', choice: 'present' }] },
        422,
        'unknown_concept',
        '/body/answers/0/id',
      ],
      [
        { step: 1, answers: [{ id: 'rash', choice: 'present' }] },
        422,
        'answer_not_in_question',
        '/body/answers/0/id',
      ],
      [
        {
          step: 1,
          answers: [
            { id: item, choice: 'absent' },
            { id: item, choice: 'present' },
          ],
        },
        422,
        'duplicate_answer',
        '/body/answers/1/id',
      ],
      [{ step: 1, answers: [] }, 400, 'validation_failed', '/body/answers'],
      [
        { step: 0, answers: [{ id: item, choice: 'absent' }] },
        400,
        'validation_failed',
        '/body/step',
      ],
      [{ step: 1, answers: [{ id: item, choice: 'maybe' }] }, 400, 'validation_failed'],
      [
        { step: 1, answers: Array.from({ length: 21 }, () => ({ id: item, choice: 'absent' })) },
        400,
        'validation_failed',
        '/body/answers',
      ],
      [
        { step: 1, answers: [{ id: "Robert'); DROP TABLE", choice: 'absent' }] },
        400,
        'validation_failed',
      ],
    ];
    for (const [json, status, code, at] of cases) {
      const res = await sandbox.api<Problem>('POST', path, { json });
      expect(res.status, JSON.stringify(json).slice(0, 80)).toBe(status);
      expect(res.body.code).toBe(code);
      if (at) expect(res.body.errors?.[0]?.path).toBe(at);
    }
    const stale = await sandbox.api<Problem>('POST', path, {
      json: { step: 5, answers: [{ id: item, choice: 'absent' }] },
    });
    expect(stale.body.current_step).toBe(1);
    const huge = await sandbox.api<Problem>('POST', '/v1/triage/interviews', {
      json: { ...LEG, complaint: '痛'.repeat(2001) },
    });
    expect(huge.status).toBe(400);
    expect(huge.body.errors?.[0]?.path).toBe('/body/complaint');
    const unknownEvidence = await sandbox.api<Problem>('POST', '/v1/triage/interviews', {
      json: {
        ...LEG,
        evidence: [
          { id: 'fever', choice: 'absent' },
          { id: 'zzz_unknown', choice: 'present' },
        ],
      },
    });
    expect(unknownEvidence.status).toBe(422);
    expect(unknownEvidence.body).toMatchObject({
      code: 'unknown_concept',
      errors: [{ path: '/body/evidence/1/id' }],
    });
    const after = await sandbox.api<Interview>('GET', `/v1/triage/interviews/${interview.id}`);
    expect(after.body).toEqual(interview);
  });

  it('refuses answers to a completed interview with 409 interview_completed', async () => {
    const sandbox = createTestPlatform();
    const done = await start(sandbox, {
      ...LEG,
      complaint: 'crushing chest pain spreading to my left arm, sweating',
    });
    expect(done.status).toBe('completed');
    const res = await sandbox.api<Problem>('POST', `/v1/triage/interviews/${done.id}/answers`, {
      json: { step: 1, answers: [{ id: 'fever', choice: 'absent' }] },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'interview_completed',
      current_step: 0,
      interview_status: 'completed',
    });
  });

  it("keeps a widget session to its own patient's interviews (404 for another's)", async () => {
    const sandbox = createTestPlatform({ now: clock.now });
    const token = async (patientId: string) =>
      (
        await mintWidgetSession(sandbox.fetch, {
          patientId,
          scopes: ['triage:read', 'triage:write'],
          origin: ORIGIN,
        })
      ).token;
    const a = await token(PATIENTS.wangfang);
    const b = await token(PATIENTS.davidchen);
    const mine = await sandbox.api<Interview>('POST', '/v1/triage/interviews', {
      token: a,
      origin: ORIGIN,
      json: { ...LEG, age: { value: 70, unit: 'year' }, sex: 'female' },
    });
    expect(mine.status).toBe(201);
    expect(mine.body.patient_id).toBe(PATIENTS.wangfang);
    const asB = { token: b, origin: ORIGIN };
    expect((await sandbox.api('GET', `/v1/triage/interviews/${mine.body.id}`, asB)).status).toBe(
      404,
    );
    expect(
      (
        await sandbox.api('POST', `/v1/triage/interviews/${mine.body.id}/answers`, {
          ...asB,
          json: allAbsent(mine.body),
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await sandbox.api('POST', '/v1/triage/interviews', {
          ...asB,
          json: { patient_id: PATIENTS.wangfang, complaint: 'cough', locale: 'en' },
        })
      ).status,
    ).toBe(404);
    // A server's interview without a patient belongs to no widget session.
    const serverOwned = await start(sandbox);
    expect(
      (
        await sandbox.api('GET', `/v1/triage/interviews/${serverOwned.id}`, {
          token: a,
          origin: ORIGIN,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await sandbox.api('GET', `/v1/triage/interviews/${mine.body.id}`, {
          token: a,
          origin: ORIGIN,
        })
      ).status,
    ).toBe(200);
  });
});
