import {
  createClock,
  createTestPlatform,
  mintWidgetSession,
  PATIENTS,
} from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';
import { defaultDomains } from '../index';
import { seededDoctors } from './doctors';

type Slots = {
  time_zone: string;
  days: Array<{
    date: string;
    slots: Array<{ start: string; end: string; doctor_local_start: string }>;
  }>;
};
type Consultation = {
  id: string;
  status: string;
  scheduled_at?: string;
  scheduled_local?: { patient: string; doctor: string };
  ends_at: string;
  joinable_from?: string;
  status_history: Array<{ status: string; at: string }>;
};
type Problem = { status: number; code: string; joinable_from?: string };
type Message = { sender: string; kind: string; attachment_request?: { purpose: string } };

const LONDON = 'doc_test_sarahpatel';
const MINUTE = 60_000;

function setup(
  now = '2027-03-20T00:00:00Z',
  doctor?: { acceptAfterMinutes?: number; replyAfterMinutes?: number },
) {
  const wall = createClock(now);
  const sandbox = createTestPlatform({
    now: wall.now,
    ...(doctor ? { domains: defaultDomains({ consultations: { doctor } }) } : {}),
  });
  return { wall, sandbox };
}

const slotsOf = (sandbox: ReturnType<typeof setup>['sandbox'], doctor: string, q: string) =>
  sandbox.api<Slots & Problem>('GET', `/v1/doctors/${doctor}/slots?${q}`);

describe('doctors', () => {
  it('seeds at least two doctors per department, some abroad, and filters them', async () => {
    const doctors = seededDoctors();
    const perDepartment = new Map<string, number>();
    for (const d of doctors)
      perDepartment.set(d.department, (perDepartment.get(d.department) ?? 0) + 1);
    expect(perDepartment.size).toBe(16);
    expect(Math.min(...perDepartment.values())).toBeGreaterThanOrEqual(2);
    expect(new Set(doctors.map((d) => d.time_zone))).toEqual(
      new Set(['Asia/Shanghai', 'Europe/London', 'America/New_York']),
    );
    const { sandbox } = setup();
    const res = await sandbox.api<{ data: Array<{ id: string }> }>(
      'GET',
      '/v1/doctors?department=cardiology&language=en&consultation_type=video',
    );
    expect(res.body.data.map((d) => d.id)).toEqual([LONDON]);
    const page = await sandbox.api<{ data: unknown[]; next_cursor: string | null }>(
      'GET',
      '/v1/doctors?limit=30',
    );
    expect(page.body.data).toHaveLength(30);
    const rest = await sandbox.api<{ data: unknown[]; next_cursor: null }>(
      'GET',
      `/v1/doctors?limit=30&cursor=${page.body.next_cursor}`,
    );
    expect(rest.body.data.length + 30).toBe(doctors.length);
    expect(rest.body.next_cursor).toBeNull();
    expect((await sandbox.api('GET', '/v1/doctors/doc_test_nobody')).status).toBe(404);
  });
});

describe('slots in named time zones', () => {
  it("shows a London doctor's 09:00 from Shanghai an hour earlier after the March switch", async () => {
    const { sandbox } = setup();
    const res = await slotsOf(
      sandbox,
      LONDON,
      'from=2027-03-26T00:00:00Z&to=2027-03-30T00:00:00Z&time_zone=Asia/Shanghai',
    );
    expect(res.status).toBe(200);
    const firsts = res.body.days.map((d) => [
      d.date,
      d.slots[0]?.start,
      d.slots[0]?.doctor_local_start,
    ]);
    expect(firsts).toEqual([
      ['2027-03-26', '2027-03-26T17:00:00+08:00', '2027-03-26T09:00:00+00:00'],
      ['2027-03-29', '2027-03-29T16:00:00+08:00', '2027-03-29T09:00:00+01:00'],
    ]);
    expect(res.body.days[0]?.slots).toHaveLength(6); // 09:00–12:00 in 30-minute slots
  });

  it('and an hour later after the October switch; grouped by the requested zone', async () => {
    const { sandbox } = setup('2027-10-20T00:00:00Z');
    const res = await slotsOf(
      sandbox,
      LONDON,
      'from=2027-10-29T00:00:00Z&to=2027-11-02T00:00:00Z&time_zone=Asia/Shanghai',
    );
    expect(res.body.days.map((d) => d.slots[0]?.start)).toEqual([
      '2027-10-29T16:00:00+08:00',
      '2027-11-01T17:00:00+08:00',
    ]);
    // New York leaves DST a week after London (7 November): 09:00 there is 21:00 in Shanghai
    // on 1 November and 22:00 on 8 November; its late slots fall on the next Shanghai date.
    const ny = await slotsOf(
      sandbox,
      'doc_test_jamesmiller',
      'from=2027-11-01T00:00:00Z&to=2027-11-09T12:00:00Z&time_zone=Asia/Shanghai',
    );
    const first = (date: string) => ny.body.days.find((d) => d.date === date)?.slots[0];
    expect(first('2027-11-01')).toMatchObject({
      start: '2027-11-01T21:00:00+08:00',
      doctor_local_start: '2027-11-01T09:00:00-04:00',
    });
    expect(first('2027-11-08')).toMatchObject({
      start: '2027-11-08T22:00:00+08:00',
      doctor_local_start: '2027-11-08T09:00:00-05:00',
    });
    expect(first('2027-11-09')?.start).toBe('2027-11-09T00:00:00+08:00');
  });

  it('refuses an unknown zone and a bad range with a problem, never a 500', async () => {
    const { sandbox } = setup();
    const zone = await slotsOf(sandbox, LONDON, 'time_zone=Mars/Olympus');
    expect([zone.status, zone.body.code]).toEqual([400, 'invalid_time_zone']);
    const range = await slotsOf(
      sandbox,
      LONDON,
      'from=2027-04-01T00:00:00Z&to=2027-03-01T00:00:00Z',
    );
    expect([range.status, range.body.code]).toEqual([400, 'invalid_range']);
  });
});

async function firstSlot(sandbox: ReturnType<typeof setup>['sandbox'], doctor = LONDON) {
  const res = await slotsOf(sandbox, doctor, 'time_zone=Asia/Shanghai');
  const slot = res.body.days[0]?.slots[0];
  if (!slot) throw new Error('no free slot');
  return slot;
}

const book = (
  sandbox: ReturnType<typeof setup>['sandbox'],
  body: Record<string, unknown>,
  options: { idempotencyKey?: string; token?: string } = {},
) =>
  sandbox.api<Consultation & Problem>('POST', '/v1/consultations', {
    json: {
      patient_id: PATIENTS.wangfang,
      doctor_id: LONDON,
      type: 'video',
      reason: 'palpitations',
      ...body,
    },
    ...options,
  });

describe('booking', () => {
  it('books exactly one of 50 concurrent requests for one slot', async () => {
    const { sandbox } = setup();
    const slot = await firstSlot(sandbox);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        book(sandbox, {
          slot_start: slot.start,
          patient_id: i % 2 ? PATIENTS.wangfang : PATIENTS.liqiang,
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
      Array(49).fill('slot_unavailable'),
    );
    const all = await sandbox.api<{ data: Consultation[] }>('GET', '/v1/consultations?limit=100');
    expect(all.body.data).toHaveLength(1);
    // The slot is gone from the list and comes back on cancel.
    expect((await firstSlot(sandbox)).start).not.toBe(slot.start);
    const won = results.find((r) => r.status === 201)!.body;
    await sandbox.api('POST', `/v1/consultations/${won.id}/cancel`, { json: {} });
    expect((await firstSlot(sandbox)).start).toBe(slot.start);
  });

  it('records UTC plus both zones, and replays a retried request with its Idempotency-Key', async () => {
    const { sandbox } = setup();
    const slot = await firstSlot(sandbox);
    const first = await book(sandbox, { slot_start: slot.start }, { idempotencyKey: 'book-1' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'requested',
      scheduled_at: new Date(slot.start).toISOString().replace('.000Z', 'Z'),
      scheduled_local: { patient: slot.start, doctor: slot.doctor_local_start },
      patient_time_zone: 'Asia/Shanghai',
      doctor_time_zone: 'Europe/London',
    });
    expect(first.body.id).toMatch(/^cons_/);
    const again = await book(sandbox, { slot_start: slot.start }, { idempotencyKey: 'book-1' });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const reused = await book(
      sandbox,
      { slot_start: slot.start, reason: 'other' },
      { idempotencyKey: 'book-1' },
    );
    expect([reused.status, reused.body.code]).toEqual([422, 'idempotency_key_reused']);
    expect(sandbox.events('consultation.requested')).toHaveLength(1);
  });

  it("defaults the booking's zone to the patient's time_zone", async () => {
    const { sandbox } = setup();
    const slot = await firstSlot(sandbox);
    const res = await book(sandbox, {
      patient_id: PATIENTS.mariagarcia, // lives in America/New_York
      slot_start: slot.start,
    });
    expect(res.body).toMatchObject({ patient_time_zone: 'America/New_York' });
    // The same instant, written in New York's offset (EDT after 14 March 2027).
    expect(res.body.scheduled_local?.patient).toMatch(/-04:00$/);
  });

  it('refuses video without a slot, an off-schedule slot, an unknown doctor or an unoffered type', async () => {
    const { sandbox } = setup();
    expect((await book(sandbox, {})).body.code).toBe('slot_required');
    expect((await book(sandbox, { slot_start: '2027-03-22T09:10:00Z' })).body.code).toBe(
      'invalid_slot',
    );
    expect((await book(sandbox, { slot_start: '2027-03-01T09:00:00Z' })).body.code).toBe(
      'slot_in_past',
    );
    expect((await book(sandbox, { doctor_id: 'doc_test_nobody' })).status).toBe(404);
    const text = await book(sandbox, { type: 'text' });
    expect([text.status, text.body.code]).toEqual([409, 'consultation_type_not_offered']);
    const zone = await book(sandbox, {
      type: 'text',
      doctor_id: 'doc_test_liuyang',
      patient_time_zone: 'Nowhere/Land',
    });
    expect([zone.status, zone.body.code]).toEqual([422, 'invalid_time_zone']);
    expect((await sandbox.api<{ data: unknown[] }>('GET', '/v1/consultations')).body.data).toEqual(
      [],
    );
  });
});

describe('ownership', () => {
  it("hides another patient's consultations and messages from a widget session (404)", async () => {
    const { sandbox } = setup();
    const mine = await book(sandbox, { type: 'text', doctor_id: 'doc_test_liuyang' });
    const theirs = await book(sandbox, {
      type: 'text',
      doctor_id: 'doc_test_liuyang',
      patient_id: PATIENTS.liqiang,
    });
    const session = await mintWidgetSession(sandbox.fetch, {
      patientId: PATIENTS.wangfang,
      scopes: ['consultations:read', 'consultations:write'],
      origin: 'https://portal.example',
    });
    const as = { token: session.token, origin: 'https://portal.example' };
    expect((await sandbox.api('GET', `/v1/consultations/${mine.body.id}`, as)).status).toBe(200);
    for (const path of [
      `/v1/consultations/${theirs.body.id}`,
      `/v1/consultations/${theirs.body.id}/messages`,
      `/v1/consultations?patient_id=${PATIENTS.liqiang}`,
    ]) {
      expect((await sandbox.api('GET', path, as)).status).toBe(404);
    }
    const post = await sandbox.api('POST', `/v1/consultations/${theirs.body.id}/messages`, {
      ...as,
      json: { text: 'hi' },
    });
    expect(post.status).toBe(404);
    const booking = await book(
      sandbox,
      { type: 'text', doctor_id: 'doc_test_liuyang', patient_id: PATIENTS.liqiang },
      as,
    );
    expect(booking.status).toBe(404);
    const list = await sandbox.api<{ data: Consultation[] }>('GET', '/v1/consultations', as);
    expect(list.body.data.map((c) => c.id)).toEqual([mine.body.id]);
  });
});

describe('the sandbox doctor on a test clock', () => {
  async function clockScenario(start = '2027-03-20T00:00:00Z') {
    const { sandbox } = setup('2027-01-01T00:00:00Z');
    const clock = await sandbox.api<{ id: string }>('POST', '/v1/test-helpers/test-clocks', {
      json: { frozen_time: start },
    });
    const patient = await sandbox.api<{ id: string }>('POST', '/v1/patients', {
      json: { name: 'Clock Patient', birth_date: '1950-01-01', test_clock: clock.body.id },
    });
    const advance = (to: string) =>
      sandbox.api('POST', `/v1/test-helpers/test-clocks/${clock.body.id}/advance`, {
        json: { frozen_time: to },
      });
    return { sandbox, patientId: patient.body.id, advance };
  }
  const at = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

  it('accepts, reminds 24 h and 15 min before, and marks a call never joined as missed', async () => {
    const { sandbox, patientId, advance } = await clockScenario();
    // Slots are listed at the wall clock (Jan); book one on the patient's clock (March).
    const res = await slotsOf(
      sandbox,
      LONDON,
      'from=2027-03-29T00:00:00Z&to=2027-03-30T00:00:00Z&time_zone=Asia/Shanghai',
    );
    const slot = res.body.days[0]!.slots[0]!;
    const booked = await book(sandbox, { slot_start: slot.start, patient_id: patientId });
    expect(booked.body.status_history).toEqual([
      { status: 'requested', at: '2027-03-20T00:00:00Z' },
    ]);
    const startMs = Date.parse(slot.start);

    await advance(at(Date.parse('2027-03-20T00:05:00Z')));
    expect(sandbox.events('consultation.accepted')).toHaveLength(1);
    await advance(at(startMs - 1440 * MINUTE));
    await advance(at(startMs - 15 * MINUTE));
    expect(
      sandbox.events('consultation.reminder').map((e) => e.data.object.minutes_before),
    ).toEqual([1440, 15]);
    expect(sandbox.events('consultation.missed')).toHaveLength(0);
    await advance(at(Date.parse(booked.body.ends_at)));
    const missed = sandbox.events('consultation.missed');
    expect(missed.map((e) => e.data.object.id)).toEqual([booked.body.id]);
    const got = await sandbox.api<Consultation>('GET', `/v1/consultations/${booked.body.id}`);
    expect(got.body.status_history.map((h) => h.status)).toEqual([
      'requested',
      'accepted',
      'missed',
    ]);
    expect(got.body.status_history[2]?.at).toBe(booked.body.ends_at);
  });

  it('opens the video call 10 minutes early until its end; joined calls complete', async () => {
    const { sandbox, patientId, advance } = await clockScenario();
    const res = await slotsOf(sandbox, LONDON, 'from=2027-03-29T00:00:00Z&to=2027-03-30T00:00:00Z');
    const booked = await book(sandbox, {
      slot_start: res.body.days[0]!.slots[0]!.start,
      patient_id: patientId,
    });
    const join = () =>
      sandbox.api<Problem & { participant: string; expires_at: string; valid_from: string }>(
        'POST',
        `/v1/consultations/${booked.body.id}/video-join`,
        { json: { participant: 'patient' } },
      );
    const startMs = Date.parse(booked.body.scheduled_at!);
    await advance(at(startMs - 11 * MINUTE));
    const early = await join();
    expect([early.status, early.body.code, early.body.joinable_from]).toEqual([
      409,
      'too_early',
      at(startMs - 10 * MINUTE),
    ]);
    await advance(at(startMs - 10 * MINUTE));
    const ok = await join();
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      participant: 'patient',
      valid_from: at(startMs - 10 * MINUTE),
      expires_at: booked.body.ends_at,
    });
    await advance(booked.body.ends_at);
    const ended = await join();
    expect([ended.status, ended.body.code]).toEqual([409, 'ended']);
    const got = await sandbox.api<Consultation>('GET', `/v1/consultations/${booked.body.id}`);
    expect(got.body.status_history.map((h) => h.status)).toEqual([
      'requested',
      'accepted',
      'in_progress',
      'completed',
    ]);
  });

  it('answers the first message after the configured delay and asks a follow-up for the prior diagnosis', async () => {
    const { sandbox, patientId, advance } = await clockScenario();
    const booked = await book(sandbox, {
      type: 'text',
      doctor_id: 'doc_test_liuyang',
      patient_id: patientId,
      visit_type: 'follow_up',
    });
    const messages = async () =>
      (
        await sandbox.api<{ data: Message[] }>(
          'GET',
          `/v1/consultations/${booked.body.id}/messages`,
        )
      ).body.data;
    await advance('2027-03-20T00:05:00Z');
    expect(await messages()).toEqual([
      expect.objectContaining({
        sender: 'doctor',
        kind: 'attachment_request',
        attachment_request: expect.objectContaining({ purpose: 'prior_diagnosis' }),
      }),
    ]);
    const sent = await sandbox.api('POST', `/v1/consultations/${booked.body.id}/messages`, {
      json: { text: 'Chest flutters at night.' },
    });
    expect(sent.status).toBe(201);
    await advance('2027-03-20T00:14:00Z');
    expect((await messages()).map((m) => m.sender)).toEqual(['doctor', 'patient']);
    await advance('2027-03-20T00:15:00Z');
    expect((await messages()).map((m) => m.sender)).toEqual(['doctor', 'patient', 'doctor']);
  });
});

describe('doctor behaviour options', () => {
  it('accepts at once and replies at once with zero delays', async () => {
    const { sandbox } = setup('2027-03-20T00:00:00Z', {
      acceptAfterMinutes: 0,
      replyAfterMinutes: 0,
    });
    const booked = await book(sandbox, { type: 'text', doctor_id: 'doc_test_liuyang' });
    expect(booked.body.status).toBe('accepted');
    await sandbox.api('POST', `/v1/consultations/${booked.body.id}/messages`, {
      json: { text: 'hello' },
    });
    const list = await sandbox.api<{ data: Message[] }>(
      'GET',
      `/v1/consultations/${booked.body.id}/messages`,
    );
    expect(list.body.data.map((m) => m.sender)).toEqual(['patient', 'doctor']);
    const got = await sandbox.api<Consultation>('GET', `/v1/consultations/${booked.body.id}`);
    expect(got.body.status).toBe('in_progress');
  });
});

describe('calendar', () => {
  it('gives TZID times with a VTIMEZONE and a VALARM, never floating times', async () => {
    const { sandbox } = setup();
    const res = await slotsOf(sandbox, LONDON, 'from=2027-03-29T00:00:00Z&to=2027-03-30T00:00:00Z');
    const booked = await book(sandbox, {
      slot_start: res.body.days[0]!.slots[0]!.start,
      patient_time_zone: 'Europe/Berlin',
    });
    const ics = await sandbox.api('GET', `/v1/consultations/${booked.body.id}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const lines = ics.text.split('\r\n');
    // 09:00 London (BST) is 10:00 in Berlin (CEST).
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20270329T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Berlin:20270329T103000');
    expect(lines).toContain('TZID:Europe/Berlin');
    expect(lines).toContain('TZOFFSETTO:+0200');
    expect(lines).toContain('TRIGGER:-PT15M');
    expect(ics.text).toContain('BEGIN:VALARM');
    const event = ics.text.slice(ics.text.indexOf('BEGIN:VEVENT'));
    for (const line of event.split('\r\n').filter((l) => /^DT(START|END)/.test(l))) {
      expect(line).toMatch(/;TZID=|Z$/);
    }
    const text = await book(sandbox, { type: 'text', doctor_id: 'doc_test_liuyang' });
    const none = await sandbox.api<Problem>(
      'GET',
      `/v1/consultations/${text.body.id}/calendar.ics`,
    );
    expect([none.status, none.body.code]).toEqual([409, 'consultation_not_scheduled']);
  });
});
