/**
 * The resource against msw with `@apotheca/mock` (the sandbox engine in memory): request shapes,
 * typed errors, pagination, the calendar's text, and an idempotent retry after a lost response.
 */
import { ApothecaClient, type ConflictError, ValidationError } from '@apotheca/core';
import { createMockPlatform } from '@apotheca/mock';
import { createClock, PATIENTS, SECRET_KEY } from '@apotheca/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { Doctor, TriageInterview, TriageLevel } from '../index';
import { isTriageInterviewConflict } from '../triage/triage';
import { consultations, isConsultationConflict } from './consultations';

const BASE = 'http://localhost:4010';
const clock = createClock('2027-03-22T00:50:00Z');
const mock = createMockPlatform({ baseUrl: BASE, now: clock.now });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

const client = new ApothecaClient({
  baseUrl: BASE,
  apiKey: SECRET_KEY,
  browser: false,
  backoff: { sleep: async () => {} },
});
const api = consultations(client);

describe('triage', () => {
  it('parses free text with negation', async () => {
    const { mentions } = await api.triage.parse({ text: '不发烧，胸口疼', locale: 'zh-CN' });
    expect(mentions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'chest_pain', choice: 'present' }),
        expect.objectContaining({ id: 'fever', choice: 'absent' }),
      ]),
    );
  });

  it('completes an emergency at once from the complaint', async () => {
    const interview = await api.triage.interviews.create({
      age: { value: 58, unit: 'year' },
      sex: 'male',
      complaint: 'crushing chest pain spreading to my left arm',
      locale: 'en',
    });
    expect(interview.status).toBe('completed');
    expect(interview.result?.level).toBe('emergency');
    expectTypeOf(interview.result?.level).toEqualTypeOf<TriageLevel | undefined>();
  });

  it('refuses answers to a completed interview and unknown concepts, typed', async () => {
    const done = await api.triage.interviews.create({
      age: { value: 58, unit: 'year' },
      sex: 'male',
      complaint: 'crushing chest pain spreading to my left arm',
      locale: 'en',
    });
    const completed = await api.triage.interviews
      .answer(done.id, { step: 1, answers: [{ id: 'fever', choice: 'absent' }] })
      .catch((e: unknown) => e);
    expect(isTriageInterviewConflict(completed)).toBe(true);
    expect((completed as ConflictError).code).toBe('interview_completed');

    const open: TriageInterview = await api.triage.interviews.create({
      patient_id: PATIENTS.davidchen,
      complaint: 'headache',
      locale: 'en',
    });
    const unknown = await api.triage.interviews
      .answer(open.id, { step: open.step, answers: [{ id: 'no_such_concept', choice: 'present' }] })
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ValidationError);
    expect((unknown as ValidationError).code).toBe('unknown_concept');
    expect(isTriageInterviewConflict(unknown)).toBe(false);
  });
});

describe('doctors', () => {
  it('lists page by page with filters and retrieves one', async () => {
    const seen: string[] = [];
    server.events.on('request:start', ({ request }) => {
      seen.push(new URL(request.url).search);
    });
    const all: Doctor[] = await api.doctors.list({ limit: 3 }).toArray({ limit: 100 });
    expect(all.length).toBeGreaterThanOrEqual(32); // two or more per department
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((q) => q.includes('limit=3'))).toBe(true);
    server.events.removeAllListeners();

    const english = await api.doctors
      .list({ department: 'cardiology', language: 'en' })
      .toArray({ limit: 10 });
    expect(english.map((d) => d.id)).toEqual(['doc_test_sarahpatel']);
    await expect(api.doctors.retrieve('doc_test_sarahpatel')).resolves.toMatchObject({
      time_zone: 'Europe/London',
    });
  });

  it('sends the window and zone of a slots query', async () => {
    const slots = await api.doctors.slots.list('doc_test_heli', {
      from: '2027-03-22T00:00:00Z',
      to: '2027-03-23T00:00:00Z',
      time_zone: 'Europe/London',
    });
    expect(slots.time_zone).toBe('Europe/London');
    expect(slots.days[0]?.slots[0]?.start).toMatch(/\+00:00$/);
    const bad = await api.doctors.slots
      .list('doc_test_heli', { time_zone: 'Mars/Olympus_Mons' })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).code).toBe('invalid_time_zone');
  });
});

describe('consultations', () => {
  const booking = {
    patient_id: PATIENTS.liqiang,
    doctor_id: 'doc_test_heli',
    type: 'video' as const,
    slot_start: '2027-03-23T10:00:00+08:00',
    reason: 'Swollen big toe',
  };

  it('books once when the first response is lost and the call is retried', async () => {
    const keys: (string | null)[] = [];
    let lose = true;
    server.use(
      http.post(`${BASE}/v1/consultations`, async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        if (!lose) return undefined; // fall through to the mock platform
        lose = false;
        await mock.platform.handle(request.clone()); // booked, but the answer never arrives
        return HttpResponse.error();
      }),
    );
    const booked = await api.create(booking);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    const listed = await api.list({ patient_id: PATIENTS.liqiang }).toArray({ limit: 10 });
    expect(listed.map((c) => c.id)).toEqual([booked.id]);
  });

  it('types a taken slot as a consultation conflict', async () => {
    await api.create(booking);
    const taken = await api.create(booking).catch((e: unknown) => e);
    expect(isConsultationConflict(taken)).toBe(true);
    expect(isConsultationConflict(taken, 'slot_unavailable')).toBe(true);
    expect(isConsultationConflict(taken, 'too_early')).toBe(false);
    expect(isConsultationConflict(new Error('x'))).toBe(false);
  });

  it('returns the calendar as iCalendar text, asking for text/calendar', async () => {
    let accept: string | null = null;
    server.events.on('request:start', ({ request }) => {
      accept = request.headers.get('accept');
    });
    const booked = await api.create(booking);
    const ics = await api.calendars.retrieve(booked.id);
    server.events.removeAllListeners();
    expect(accept).toBe('text/calendar');
    expect(typeof ics).toBe('string');
    expect(ics).toContain('TZID=Asia/Shanghai');
    const event = ics.slice(ics.indexOf('BEGIN:VEVENT'));
    expect(event).toContain('DTSTART;TZID=Asia/Shanghai:20270323T100000');
    expect(event).not.toMatch(/^DT(START|END):\d{8}T\d{6}\r?$/m); // never a floating time
  });

  it('refuses a calendar for a text consultation without a slot', async () => {
    const text = await api.create({ ...booking, type: 'text', slot_start: undefined });
    const refused = await api.calendars.retrieve(text.id).catch((e: unknown) => e);
    expect(isConsultationConflict(refused, 'consultation_not_scheduled')).toBe(true);
  });

  it('joins within the window and reports joinable_from when too early', async () => {
    const booked = await api.create(booking);
    const requested = await api.join(booked.id).catch((e: unknown) => e);
    expect(isConsultationConflict(requested, 'consultation_not_joinable')).toBe(true);
    clock.advance(10 * 60_000); // the sandbox doctor accepts after 5 minutes
    await expect(api.retrieve(booked.id)).resolves.toMatchObject({ status: 'accepted' });
    const early = await api.join(booked.id).catch((e: unknown) => e);
    expect(isConsultationConflict(early, 'too_early')).toBe(true);
    if (isConsultationConflict(early))
      expect(early.problem?.joinable_from).toBe('2027-03-23T01:50:00Z');
    clock.set('2027-03-23T01:55:00Z');
    try {
      const join = await api.join(booked.id, { participant: 'patient' });
      expect(join).toMatchObject({ consultation_id: booked.id, participant: 'patient' });
      await expect(api.retrieve(booked.id)).resolves.toMatchObject({ status: 'in_progress' });
    } finally {
      clock.set('2027-03-22T00:50:00Z');
    }
  });

  it('pages messages with the consultation id in the path', async () => {
    const booked = await api.create({ ...booking, type: 'text', slot_start: undefined });
    for (const text of ['one', 'two', 'three'])
      await api.messages.create(booked.id, { text }, { idempotencyKey: `msg-${text}` });
    const texts = (await api.messages.list(booked.id, { limit: 2 }).toArray({ limit: 10 }))
      .filter((m) => m.sender === 'patient')
      .map((m) => m.text);
    expect(texts).toEqual(['one', 'two', 'three']);
  });
});
