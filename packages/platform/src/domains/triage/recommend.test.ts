import { createClock, createTestPlatform, PATIENTS } from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';

type Recommended = {
  doctor_id: string;
  department: string;
  languages: string[];
  language_match: boolean;
  earliest_slot: { start: string; end: string } | null;
};
type Interview = {
  id: string;
  status: 'in_progress' | 'completed';
  step: number;
  question?: { items: { id: string }[] };
  result?: {
    level: string;
    departments: { department: string }[];
    recommended_doctors?: Recommended[];
  };
};
type Sandbox = ReturnType<typeof createTestPlatform>;

// Monday 2026-11-23, 20:00 in Shanghai: China's clinics have closed for the day.
const NOW = '2026-11-23T12:00:00Z';
const LIU_YANG = 'doc_test_liuyang';
const SARAH_PATEL = 'doc_test_sarahpatel';

/** Starts an interview and answers every follow-up `absent` until it completes. */
async function complete(sandbox: Sandbox, json: object): Promise<Interview> {
  const created = await sandbox.api<Interview>('POST', '/v1/triage/interviews', { json });
  expect(created.status).toBe(201);
  let interview = created.body;
  for (let n = 0; interview.status === 'in_progress' && n < 15; n++) {
    const res = await sandbox.api<Interview>(
      'POST',
      `/v1/triage/interviews/${interview.id}/answers`,
      {
        json: {
          step: interview.step,
          answers: interview.question!.items.map((i) => ({ id: i.id, choice: 'absent' })),
        },
      },
    );
    expect(res.status).toBe(200);
    interview = res.body;
  }
  expect(interview.status).toBe('completed');
  return interview;
}

const palpitations = (locale: 'zh-CN' | 'en', patient_id: string = PATIENTS.wangfang) => ({
  patient_id,
  complaint: locale === 'zh-CN' ? '心慌，心跳很快' : 'palpitations, my heart is racing',
  locale,
});

describe('recommended doctors of a triage result', () => {
  it('recommends 王芳 (zh-CN, palpitations) cardiology doctors speaking Chinese first, with their earliest slot', async () => {
    const sandbox = createTestPlatform({ now: createClock(NOW).now });
    const interview = await complete(sandbox, palpitations('zh-CN'));
    expect(interview.result!.level).not.toBe('emergency');
    expect(interview.result!.departments[0]!.department).toBe('cardiology');
    const doctors = interview.result!.recommended_doctors!;
    expect(doctors.length).toBeGreaterThan(0);
    expect(doctors.length).toBeLessThanOrEqual(3);
    expect(doctors.every((d) => d.department === 'cardiology')).toBe(true);
    expect(doctors[0]).toMatchObject({
      doctor_id: LIU_YANG,
      language_match: true,
      // Tuesday's first 20-minute slot in Beijing, as offset times in the patient's zone.
      earliest_slot: { start: '2026-11-24T09:00:00+08:00', end: '2026-11-24T09:20:00+08:00' },
    });
    expect(doctors[0]!.languages).toContain('zh-CN');
    // Matching speakers lead; any other is marked as not speaking the patient's language.
    const firstMismatch = doctors.findIndex((d) => !d.language_match);
    if (firstMismatch >= 0) {
      expect(doctors.slice(firstMismatch).every((d) => !d.language_match)).toBe(true);
      expect(doctors.slice(firstMismatch).every((d) => !d.languages.includes('zh-CN'))).toBe(true);
    }
    // Computed at read time, never stored: a read sees the same recommendation.
    const read = await sandbox.api<Interview>('GET', `/v1/triage/interviews/${interview.id}`);
    expect(read.body.result!.recommended_doctors).toEqual(doctors);
  });

  it('prefers English-speaking doctors for an English interview, then falls back saying so', async () => {
    const sandbox = createTestPlatform({ now: createClock(NOW).now });
    const doctors = (await complete(sandbox, palpitations('en'))).result!.recommended_doctors!;
    expect(doctors.map((d) => [d.doctor_id, d.language_match])).toEqual([
      [SARAH_PATEL, true],
      [LIU_YANG, false],
    ]);
    // London's 09:00 on Tuesday is 17:00 in Shanghai.
    expect(doctors[0]!.earliest_slot).toEqual({
      start: '2026-11-24T17:00:00+08:00',
      end: '2026-11-24T17:30:00+08:00',
    });
  });

  it('recommends no doctor for an emergency (its actions are 120 and the emergency department)', async () => {
    const sandbox = createTestPlatform({ now: createClock(NOW).now });
    const interview = await complete(sandbox, {
      patient_id: PATIENTS.wangfang,
      complaint: '胸口剧痛，喘不上气',
      locale: 'zh-CN',
    });
    expect(interview.result!.level).toBe('emergency');
    expect(interview.result!.recommended_doctors).toEqual([]);
  });

  it('stays fresh: a slot booked after completion is no longer offered on the next read', async () => {
    const sandbox = createTestPlatform({ now: createClock(NOW).now });
    const interview = await complete(sandbox, palpitations('zh-CN'));
    const booked = await sandbox.api('POST', '/v1/consultations', {
      json: {
        patient_id: PATIENTS.wangfang,
        doctor_id: LIU_YANG,
        type: 'video',
        reason: 'palpitations',
        slot_start: '2026-11-24T09:00:00+08:00',
      },
    });
    expect(booked.status).toBe(201);
    const read = await sandbox.api<Interview>('GET', `/v1/triage/interviews/${interview.id}`);
    const liu = read.body.result!.recommended_doctors!.find((d) => d.doctor_id === LIU_YANG);
    expect(liu!.earliest_slot).toEqual({
      start: '2026-11-24T09:20:00+08:00',
      end: '2026-11-24T09:40:00+08:00',
    });
  });

  it("looks for slots from the patient's test clock, not the wall clock", async () => {
    const sandbox = createTestPlatform({ now: createClock(NOW).now });
    const clock = await sandbox.api<{ id: string }>('POST', '/v1/test-helpers/test-clocks', {
      // Wednesday 2027-03-03, 10:05 in Beijing.
      json: { frozen_time: '2027-03-03T02:05:00Z' },
    });
    const patient = await sandbox.api<{ id: string }>('POST', '/v1/patients', {
      json: {
        name: '时钟患者',
        birth_date: '1950-01-01',
        sex: 'female',
        test_clock: clock.body.id,
      },
    });
    expect(patient.status).toBe(201);
    const doctors = (await complete(sandbox, palpitations('zh-CN', patient.body.id))).result!
      .recommended_doctors!;
    expect(doctors.find((d) => d.doctor_id === LIU_YANG)!.earliest_slot).toEqual({
      start: '2027-03-03T10:20:00+08:00',
      end: '2027-03-03T10:40:00+08:00',
    });
  });
});
