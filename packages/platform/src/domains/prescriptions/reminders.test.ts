import { describe, expect, it } from 'vitest';
import { ADDRESS, RESIDENT_IDS, rxKit } from './rx-kit.test-util';

const chronic = {
  medication_id: 'med_amlodipine',
  days_supply: 28,
  repeats_allowed: 1,
  quantity: { value: 28, unit: 'tablet' },
  extended_supply: { reason: 'Stable hypertension for 3 years' },
};

/**
 * A patient in New York with a 28-day supply dispensed on 1 Feb 2027, on a test clock (or on
 * the platform clock with `testClock: false`).
 */
async function newYorker({ testClock = true } = {}) {
  const kit = rxKit('2027-02-01T14:00:00Z');
  const tc = await kit.call('POST', '/v1/test-helpers/test-clocks', {
    frozen_time: '2027-02-01T14:00:00Z',
  });
  const patient = await kit.call('POST', '/v1/patients', {
    name: 'Ada Lin',
    birth_date: '1956-03-14',
    sex: 'female',
    preferred_locale: 'en',
    time_zone: 'America/New_York',
    ...(testClock ? { test_clock: tc.body.id } : {}),
  });
  expect(patient.body.time_zone).toBe('America/New_York');
  const rx = await kit.approved(kit.draft(patient.body.id, chronic));
  await kit.call('POST', `/v1/prescriptions/${rx.id}/dispense`, {
    identity: { type: 'resident_id', number: RESIDENT_IDS.wangfang, expires_on: '2030-01-01' },
    delivery_address: ADDRESS,
  });
  const advance = async (to: string) => {
    const res = await kit.call('POST', `/v1/test-helpers/test-clocks/${tc.body.id}/advance`, {
      frozen_time: to,
    });
    expect(res.status).toBe(200);
  };
  const reminders = () =>
    kit.sandbox
      .events('refill.due')
      .map((e) => e.data.object as { prescription_id: string })
      .filter((o) => o.prescription_id === rx.id);
  return { ...kit, patientId: patient.body.id as string, rx, advance, reminders };
}

describe('refill.due (patient-local 09:00, once per supply)', () => {
  it('fires at 09:00 New York time on the due day, once, across days and the DST switch', async () => {
    const { advance, reminders, call, rx, patientId } = await newYorker();
    // Due day: 3 days before the supply runs out on 1 March. 09:00 EST is 14:00Z.
    await advance('2027-02-26T13:59:00Z');
    expect(reminders()).toEqual([]);
    await advance('2027-02-26T14:00:00Z');
    expect(reminders()).toEqual([
      {
        object: 'refill_due',
        prescription_id: rx.id,
        patient_id: patientId,
        status: 'due',
        due_date: '2027-02-26',
        runs_out_on: '2027-03-01',
        supply: 1,
      },
    ]);
    for (const day of ['2027-02-26T20:00:00Z', '2027-02-27T14:00:00Z', '2027-02-28T14:00:00Z']) {
      await advance(day);
    }
    expect(reminders()).toHaveLength(1);
    // Refilled on 28 Feb: the new supply starts 1 March and runs out 29 March (last repeat).
    const refill = await call('POST', '/v1/refill-requests', {
      prescription_id: rx.id,
      delivery_address: ADDRESS,
    });
    expect(refill.status).toBe(201);
    // 26 March is after the 14 March switch to EDT: 09:00 local is 13:00Z, not 14:00Z.
    await advance('2027-03-26T12:59:00Z');
    expect(reminders()).toHaveLength(1);
    await advance('2027-03-26T13:00:00Z');
    expect(reminders()).toHaveLength(2);
    expect(reminders()[1]).toMatchObject({
      status: 'renewal_needed',
      due_date: '2027-03-26',
      runs_out_on: '2027-03-29',
      supply: 2,
    });
    await advance('2027-03-28T13:00:00Z');
    expect(reminders()).toHaveLength(2);
  });

  it('is dropped when found only after the supply ran out, and never for a cancelled prescription', async () => {
    const late = await newYorker();
    await late.advance('2027-03-05T14:00:00Z');
    expect(late.reminders()).toEqual([]);
    const cancelled = await newYorker();
    await cancelled.call('POST', `/v1/prescriptions/${cancelled.rx.id}/cancel`, {});
    await cancelled.advance('2027-02-27T14:00:00Z');
    expect(cancelled.reminders()).toEqual([]);
  });

  it('runs on the host runner on the platform clock too, still once', async () => {
    const { sandbox, clock, reminders } = await newYorker({ testClock: false });
    clock.set('2027-02-26T13:59:00Z');
    await sandbox.platform.runDueWork();
    expect(reminders()).toEqual([]);
    clock.set('2027-02-26T14:00:00Z');
    await sandbox.platform.runDueWork();
    await sandbox.platform.runDueWork();
    expect(reminders()).toHaveLength(1);
  });

  it('refuses a time zone that is not an IANA zone', async () => {
    const { call } = rxKit();
    const res = await call('POST', '/v1/patients', {
      name: 'Nowhere',
      birth_date: '1980-01-01',
      time_zone: 'Mars/Olympus_Mons',
    });
    expect(res).toMatchObject({
      status: 422,
      body: { code: 'invalid_time_zone', errors: [{ path: '/body/time_zone' }] },
    });
  });
});

describe('GET /v1/prescriptions/{id}/refill-calendar.ics', () => {
  it('is text/calendar in the patient zone and language, bounded by the repeats', async () => {
    const { sandbox, rx } = await newYorker();
    const res = await sandbox.api('GET', `/v1/prescriptions/${rx.id}/refill-calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = res.text;
    const starts = ics.match(/^DTSTART;TZID=America\/New_York:\d{8}T\d{6}$/gm);
    expect(starts).toEqual([
      'DTSTART;TZID=America/New_York:20270226T090000',
      'DTSTART;TZID=America/New_York:20270326T090000',
    ]);
    expect(ics).toContain('SUMMARY:Refill due: Amlodipine');
    expect(ics).toContain('BEGIN:VALARM');
  });

  it('shows a widget session only its own patient, and 409 before the first fill', async () => {
    const { widget, rx, call, draft, PATIENTS } = await newYorker();
    const other = await widget(PATIENTS.wangfang, ['prescriptions:read']);
    const res = await call('GET', `/v1/prescriptions/${rx.id}/refill-calendar.ics`, undefined, {
      token: other,
    });
    expect(res).toMatchObject({ status: 404, body: { code: 'resource_not_found' } });
    const created = await call('POST', '/v1/prescriptions', draft(PATIENTS.wangfang));
    const notYet = await call('GET', `/v1/prescriptions/${created.body.id}/refill-calendar.ics`);
    expect(notYet).toMatchObject({ status: 409, body: { code: 'prescription_not_dispensed' } });
  });
});
