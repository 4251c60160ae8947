import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CODES, tracePlatform } from '../../platform/src/domains/trace/routes/test-harness';
import { SqliteStorage } from '../src/storage/sqlite-storage';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('trace state on durable storage', () => {
  it('keeps a dispense, its events and verifications across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apotheca-trace-'));
    dirs.push(dir);
    const file = join(dir, 'sandbox.db');

    const first = tracePlatform({ storage: new SqliteStorage(file) });
    const dispensed = await first.call('POST', '/v1/trace/dispensations', {
      code: CODES.dispensable(7),
      location_id: 'loc_bjxicheng01',
    });
    expect(dispensed.status).toBe(201);
    const clone = await first.call('POST', '/v1/trace/verifications', {
      code: CODES.dispensable(7),
      context: 'inspect',
      location_id: 'loc_gztianhe01',
    });
    expect(clone.body.alerts[0].code).toBe('possible_clone');
    await first.platform.close();

    const second = tracePlatform({ storage: new SqliteStorage(file), now: '2026-11-25T00:00:00Z' });
    const again = await second.call('POST', '/v1/trace/verifications', {
      code: CODES.dispensable(7),
      context: 'inspect',
    });
    expect(again.body).toMatchObject({ status: 'already_dispensed', pack: { state: 'dispensed' } });
    const fetched = await second.call('GET', `/v1/trace/dispensations/${dispensed.body.id}`);
    expect(fetched.body).toEqual(dispensed.body);
    expect(second.events('trace.dispensed')).toHaveLength(1);
    expect(second.events('trace.alert').map((e) => (e.data.object as { id: string }).id)).toEqual([
      clone.body.id,
    ]);
    const reversed = await second.call(
      'POST',
      `/v1/trace/dispensations/${dispensed.body.id}/reversal`,
      { location_id: 'loc_bjxicheng01' },
    );
    expect(reversed.body.status).toBe('reversed');
    await second.platform.close();

    const third = tracePlatform({ storage: new SqliteStorage(file), now: '2026-11-25T00:00:00Z' });
    const active = await third.call('POST', '/v1/trace/verifications', {
      code: CODES.dispensable(7),
      context: 'dispense',
    });
    expect(active.body).toMatchObject({ status: 'verified', dispensable: true });
    await third.platform.close();
  });
});
