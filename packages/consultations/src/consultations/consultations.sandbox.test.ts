/**
 * The SDK against the real sandbox over loopback HTTP, on an injected clock (a Monday in March
 * 2027, the week London's clocks go forward): the two seed stories end to end, and a booking
 * across time zones and a daylight-saving change.
 */
import { ApothecaClient, NotFoundError } from '@apotheca/core';
import {
  createClock,
  mintWidgetSession,
  PATIENTS,
  type SandboxHarness,
  SECRET_KEY,
  startTestSandbox,
} from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TriageChoice, TriageInterview } from '../index';
import { isTriageInterviewConflict } from '../triage/triage';
import { type ConsultationsResource, consultations, isConsultationConflict } from './consultations';

// 08:50 in Shanghai on Monday 2027-03-22; London moves to BST on Sunday 2027-03-28.
const clock = createClock('2027-03-22T00:50:00Z');
const ORIGIN = 'http://localhost:6006';

let sandbox: SandboxHarness;
let api: ConsultationsResource;

beforeAll(async () => {
  sandbox = await startTestSandbox({ now: clock.now });
  api = consultations(
    new ApothecaClient({ baseUrl: sandbox.url, apiKey: SECRET_KEY, browser: false }),
  );
});
afterAll(() => sandbox.close());

/** Answers every question: `present` for the concepts in `findings`, `absent` otherwise. */
async function interview(
  start: TriageInterview,
  findings: readonly string[],
): Promise<{ done: TriageInterview; asked: string[] }> {
  let current = start;
  const asked: string[] = [];
  while (current.status === 'in_progress' && current.question) {
    const { question, step } = current;
    asked.push(...question.items.map((item) => item.id));
    const choice = (id: string): TriageChoice => (findings.includes(id) ? 'present' : 'absent');
    // Every item gets a choice, as the widget sends them (a group_single pick leaves the rest absent).
    const answers = question.items.map((item) => ({ id: item.id, choice: choice(item.id) }));
    current = await api.triage.interviews.answer(current.id, { step, answers });
  }
  return { done: current, asked };
}

describe('seed story: palpitations in an elderly patient', () => {
  it.each([
    ['en', 'palpitations'],
    ['zh-CN', '心慌'],
  ] as const)('goes to cardiology with a 12-lead ECG (%s)', async (locale, complaint) => {
    const start = await api.triage.interviews.create({
      patient_id: PATIENTS.wangfang,
      complaint,
      locale,
    });
    const { done } = await interview(start, []);
    expect(done.status).toBe('completed');
    expect(done.result?.departments[0]?.department).toBe('cardiology');
    expect(done.result?.recommended_tests.map((t) => t.id)).toContain('ecg_12_lead');
    expect(done.result?.level).not.toBe('self_care');
    await expect(api.triage.interviews.retrieve(done.id)).resolves.toEqual(done);
  });

  it('books the soonest cardiologist from the result', async () => {
    const [doctor] = await api.doctors
      .list({ department: 'cardiology', language: 'zh-CN' })
      .toArray({
        limit: 5,
      });
    expect(doctor?.department).toBe('cardiology');
    const slots = await api.doctors.slots.list(doctor?.id ?? '', { time_zone: 'Asia/Shanghai' });
    const first = slots.days[0]?.slots[0];
    const booked = await api.create({
      patient_id: PATIENTS.wangfang,
      doctor_id: doctor?.id ?? '',
      type: 'video',
      slot_start: first?.start ?? '',
      reason: 'Palpitations',
    });
    expect(booked).toMatchObject({ status: 'requested', department: 'cardiology' });
    expect(first?.start).toBe('2027-03-22T09:00:00+08:00');
    expect(Date.parse(booked.scheduled_at ?? '')).toBe(Date.parse(first?.start ?? ''));
  });
});

describe("seed story: painful leg, can't walk", () => {
  it.each([
    ['en', "painful leg, can't walk"],
    ['zh-CN', '腿疼，走不了路'],
  ] as const)(
    'asks follow-ups first, then sends gout to rheumatology (%s)',
    async (locale, complaint) => {
      const start = await api.triage.interviews.create({
        patient_id: PATIENTS.liqiang,
        complaint,
        locale,
      });
      // Thin evidence: no department is named before asking where and how.
      expect(start.status).toBe('in_progress');
      const { done, asked } = await interview(start, [
        'big_toe_pain',
        'sudden_onset',
        'hot_swollen_joint',
        'diuretic_or_gout_history',
      ]);
      expect(asked).toEqual(
        expect.arrayContaining(['big_toe_pain', 'sudden_onset', 'trauma', 'fever']),
      );
      expect(done.result?.departments[0]?.department).toBe('rheumatology');
      expect(done.result?.departments.map((d) => d.department)).not.toContain('orthopedics');
    },
  );
});

describe('Back and stale steps', () => {
  it('re-answers an earlier step, and refuses a later one with the open step', async () => {
    const start = await api.triage.interviews.create({
      patient_id: PATIENTS.liqiang,
      complaint: "painful leg, can't walk",
      locale: 'en',
    });
    const none = (i: TriageInterview) =>
      (i.question?.items ?? []).map((item) => ({ id: item.id, choice: 'absent' as const }));
    const second = await api.triage.interviews.answer(start.id, { step: 1, answers: none(start) });
    const third = await api.triage.interviews.answer(start.id, { step: 2, answers: none(second) });
    expect(third.step).toBe(3);
    const back = await api.triage.interviews.answer(start.id, { step: 1, answers: none(start) });
    expect(back.step).toBe(2);
    expect(back.question).toEqual(second.question);
    const stale = await api.triage.interviews
      .answer(start.id, { step: 3, answers: none(third) })
      .catch((e: unknown) => e);
    expect(isTriageInterviewConflict(stale)).toBe(true);
    if (isTriageInterviewConflict(stale)) {
      expect(stale.problem?.code).toBe('step_not_current');
      expect(stale.problem?.current_step).toBe(2);
    }
  });
});

describe('booking across time zones', () => {
  const London = 'doc_test_sarahpatel';

  it("lists a London doctor's slots in Shanghai time across London's DST change", async () => {
    const slots = await api.doctors.slots.list(London, {
      from: '2027-03-22T00:00:00Z',
      to: '2027-04-03T00:00:00Z',
      time_zone: 'Asia/Shanghai',
    });
    expect(slots).toMatchObject({ time_zone: 'Asia/Shanghai', doctor_time_zone: 'Europe/London' });
    const firstOf = (date: string) => slots.days.find((d) => d.date === date)?.slots[0];
    // 09:00 London is 17:00 in Shanghai under GMT and 16:00 under BST: never "+24 h".
    expect(firstOf('2027-03-26')).toMatchObject({
      start: '2027-03-26T17:00:00+08:00',
      doctor_local_start: '2027-03-26T09:00:00+00:00',
    });
    expect(firstOf('2027-03-29')).toMatchObject({
      start: '2027-03-29T16:00:00+08:00',
      doctor_local_start: '2027-03-29T09:00:00+01:00',
    });
    expect(slots.days.map((d) => d.date)).not.toContain('2027-03-27'); // a Saturday
  });

  it('books exactly once, shows both local times, and frees the slot on cancel', async () => {
    const params = {
      patient_id: PATIENTS.wangfang,
      doctor_id: London,
      type: 'video' as const,
      slot_start: '2027-03-29T16:00:00+08:00',
      patient_time_zone: 'Asia/Shanghai',
      reason: 'Follow-up of palpitations',
    };
    const booked = await api.create(params, { idempotencyKey: 'book-london-0329' });
    expect(booked).toMatchObject({
      scheduled_at: '2027-03-29T08:00:00Z',
      scheduled_local: {
        patient: '2027-03-29T16:00:00+08:00',
        doctor: '2027-03-29T09:00:00+01:00',
      },
      patient_time_zone: 'Asia/Shanghai',
      doctor_time_zone: 'Europe/London',
    });
    // A retry with the same key is the same booking, not a second one.
    await expect(api.create(params, { idempotencyKey: 'book-london-0329' })).resolves.toEqual(
      booked,
    );
    const taken = await api.create(params).catch((e: unknown) => e);
    expect(isConsultationConflict(taken, 'slot_unavailable')).toBe(true);

    const ics = await api.calendars.retrieve(booked.id);
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20270329T160000');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('BEGIN:VALARM');

    const early = await api.join(booked.id).catch((e: unknown) => e);
    expect(isConsultationConflict(early)).toBe(true);

    const mine = await api.list({ patient_id: PATIENTS.wangfang }).toArray({ limit: 50 });
    expect(mine.map((c) => c.id)).toContain(booked.id);

    const cancelled = await api.cancel(booked.id, { reason: 'patient_request' });
    expect(cancelled.status).toBe('cancelled');
    const again = await api.create(params);
    expect(again.id).not.toBe(booked.id);
  });
});

describe('messages and widget sessions', () => {
  it('sends and lists messages; another patient sees nothing of the consultation', async () => {
    const booked = await api.create({
      patient_id: PATIENTS.davidchen,
      doctor_id: 'doc_test_heli',
      type: 'text',
      reason: 'Knee pain',
    });
    const sent = await api.messages.create(booked.id, { text: 'It started yesterday.' });
    expect(sent).toMatchObject({ sender: 'patient', kind: 'text', consultation_id: booked.id });
    const messages = await api.messages.list(booked.id).toArray({ limit: 20 });
    expect(messages.map((m) => m.id)).toContain(sent.id);

    const session = await mintWidgetSession(sandbox.url, {
      patientId: PATIENTS.wangfang,
      scopes: ['consultations:read', 'triage:read'],
      origin: ORIGIN,
    });
    const asWang = consultations(
      new ApothecaClient({
        baseUrl: sandbox.url,
        accessToken: session.token,
        headers: { origin: ORIGIN },
        browser: true,
      }),
    );
    await expect(asWang.retrieve(booked.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(asWang.messages.list(booked.id).toArray({ limit: 5 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

it('got only responses that match the contract from the sandbox', () => {
  expect(sandbox.problems).toEqual([]);
});
