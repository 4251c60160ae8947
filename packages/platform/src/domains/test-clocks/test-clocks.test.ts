import {
  createClock,
  createTestPlatform,
  LOCATIONS,
  mintWidgetSession,
  OAUTH_CLIENT,
  PATIENTS,
  TRACE_CODES,
} from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';

type Clock = { id: string; object: string; name?: string; frozen_time: string; status: string };
type Problem = { status: number; code: string; errors?: Array<{ path: string; code: string }> };

const DAY = 24 * 3600_000;
const WALL = '2026-11-23T12:00:00Z';

function setup(webhookFetch?: typeof fetch) {
  const wall = createClock(WALL);
  const sandbox = createTestPlatform({
    now: wall.now,
    ...(webhookFetch ? { webhookFetch } : {}),
  });
  const createClockAt = async (frozenTime: string, name?: string) => {
    const res = await sandbox.api<Clock>('POST', '/v1/test-helpers/test-clocks', {
      json: { frozen_time: frozenTime, ...(name ? { name } : {}) },
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const advance = (id: string, frozenTime: string) =>
    sandbox.api<Clock & Problem>('POST', `/v1/test-helpers/test-clocks/${id}/advance`, {
      json: { frozen_time: frozenTime },
    });
  const patientOn = async (clockId?: string) => {
    const res = await sandbox.api<{ id: string; created_at: string; test_clock?: string }>(
      'POST',
      '/v1/patients',
      {
        json: {
          name: 'Test Patient',
          birth_date: '1960-05-01',
          ...(clockId ? { test_clock: clockId } : {}),
        },
      },
    );
    expect(res.status).toBe(201);
    return res.body;
  };
  return { wall, sandbox, createClockAt, advance, patientOn };
}

describe('test clock resource', () => {
  it('creates, retrieves, advances only forward and deletes', async () => {
    const { sandbox, createClockAt, advance } = setup();
    const clock = await createClockAt('2027-01-01T00:00:00.750Z', 'refill scenario');
    expect(clock).toMatchObject({
      object: 'test_clock',
      name: 'refill scenario',
      frozen_time: '2027-01-01T00:00:00Z',
      status: 'ready',
      created_at: WALL,
    });
    expect(clock.id).toMatch(/^clock_/);
    const got = await sandbox.api<Clock>('GET', `/v1/test-helpers/test-clocks/${clock.id}`);
    expect(got.body).toEqual(clock);

    const moved = await advance(clock.id, '2027-01-15T09:30:00Z');
    expect(moved.status).toBe(200);
    expect(moved.body.frozen_time).toBe('2027-01-15T09:30:00Z');
    for (const backwards of ['2027-01-15T09:30:00Z', '2027-01-02T00:00:00Z']) {
      const res = await advance(clock.id, backwards);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('invalid_frozen_time');
      expect(res.body.errors?.[0]?.path).toBe('/body/frozen_time');
    }

    const deleted = await sandbox.api('DELETE', `/v1/test-helpers/test-clocks/${clock.id}`);
    expect(deleted.body).toEqual({ id: clock.id, object: 'test_clock', deleted: true });
    const gone = await sandbox.api('GET', `/v1/test-helpers/test-clocks/${clock.id}`);
    expect(gone.status).toBe(404);
    expect((await advance(clock.id, '2028-01-01T00:00:00Z')).status).toBe(404);
  });

  it('is for secret keys only', async () => {
    const { sandbox, createClockAt } = setup();
    const clock = await createClockAt('2027-01-01T00:00:00Z');
    const oauth = await sandbox.api<{ access_token: string }>('POST', '/v1/oauth/token', {
      token: null,
      json: {
        grant_type: 'client_credentials',
        client_id: OAUTH_CLIENT.clientId,
        client_secret: OAUTH_CLIENT.clientSecret,
      },
    });
    const session = await mintWidgetSession(sandbox.fetch, {
      patientId: PATIENTS.wangfang,
      scopes: ['patients:read', 'patients:write', 'trace:dispense'],
      origin: 'https://portal.example',
    });
    for (const token of [oauth.body.access_token, session.token]) {
      const res = await sandbox.api<Problem>('GET', `/v1/test-helpers/test-clocks/${clock.id}`, {
        token,
      });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('credential_not_allowed');
    }
  });

  it('emits test_helpers.test_clock.advanced and delivers it before idle()', async () => {
    const delivered: string[] = [];
    const { sandbox, createClockAt, advance } = setup(async (_url, init) => {
      delivered.push(JSON.parse(String(init?.body)).type);
      return new Response(null, { status: 204 });
    });
    await sandbox.api('POST', '/v1/webhook-endpoints', {
      json: { url: 'https://partner.example/hooks', events: ['test_helpers.test_clock.advanced'] },
    });
    const clock = await createClockAt('2027-01-01T00:00:00Z');
    await advance(clock.id, '2027-02-01T00:00:00Z');
    const events = sandbox.events('test_helpers.test_clock.advanced');
    expect(events.map((e) => e.data.object)).toEqual([
      expect.objectContaining({ id: clock.id, frozen_time: '2027-02-01T00:00:00Z' }),
    ]);
    await sandbox.platform.webhooks.idle();
    expect(delivered).toEqual(['test_helpers.test_clock.advanced']);
  });
});

describe('objects on a test clock', () => {
  it('creates a patient at the clock time and refuses an unknown clock', async () => {
    const { sandbox, createClockAt, patientOn } = setup();
    const clock = await createClockAt('2025-03-01T08:00:00Z');
    const patient = await patientOn(clock.id);
    expect(patient).toMatchObject({ test_clock: clock.id, created_at: '2025-03-01T08:00:00Z' });
    expect((await patientOn()).created_at).toBe(WALL);
    const unknown = await sandbox.api<Problem>('POST', '/v1/patients', {
      json: { name: 'X', birth_date: '1990-01-01', test_clock: 'clock_nosuchclock' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]).toMatchObject({ path: '/body/test_clock', code: 'not_found' });
  });

  it("ends a clock patient's 10-day reversal window when the clock passes it, and no one else's", async () => {
    const { sandbox, createClockAt, advance, patientOn } = setup();
    const clock = await createClockAt(WALL);
    const other = await createClockAt(WALL);
    const onClock = await patientOn(clock.id);
    const onOtherClock = await patientOn(other.id);
    const onWall = await patientOn();
    const dispense = async (n: number, patientId: string) => {
      const res = await sandbox.api<{ id: string; dispensed_at: string }>(
        'POST',
        '/v1/trace/dispensations',
        {
          json: {
            code: TRACE_CODES.dispensable(n),
            location_id: LOCATIONS.beijing,
            patient_id: patientId,
          },
        },
      );
      expect(res.status).toBe(201);
      return res.body;
    };
    const a = await dispense(11, onClock.id);
    const b = await dispense(12, onWall.id);
    const c = await dispense(13, onOtherClock.id);
    expect([a.dispensed_at, b.dispensed_at, c.dispensed_at]).toEqual([WALL, WALL, WALL]);

    // Eleven days pass for one scenario only, without waiting.
    const moved = await advance(clock.id, new Date(Date.parse(WALL) + 11 * DAY).toISOString());
    expect(moved.status).toBe(200);
    const reverse = (id: string) =>
      sandbox.api<Problem>('POST', `/v1/trace/dispensations/${id}/reversal`, {
        json: { location_id: LOCATIONS.beijing },
      });
    const late = await reverse(a.id);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('reversal_window_expired');
    expect((await reverse(b.id)).status).toBe(200);
    expect((await reverse(c.id)).status).toBe(200);
  });

  it('follows the platform clock again once its test clock is deleted', async () => {
    const { sandbox, createClockAt, patientOn, wall } = setup();
    const clock = await createClockAt('2027-06-01T00:00:00Z');
    const patient = await patientOn(clock.id);
    await sandbox.api('DELETE', `/v1/test-helpers/test-clocks/${clock.id}`);
    wall.advance(3600_000);
    const updated = await sandbox.api<{ updated_at: string }>(
      'PATCH',
      `/v1/patients/${patient.id}`,
      { json: { preferred_locale: 'en' } },
    );
    expect(updated.body.updated_at).toBe('2026-11-23T13:00:00Z');
  });
});
