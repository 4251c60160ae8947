/**
 * docs/testing/trace-codes.md is a contract with partners: every documented code must behave
 * as documented. This test reads the tables and replays them against a platform.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GS, tracePlatform } from './test-harness';

const DOC = readFileSync(
  new URL('../../../../../../docs/testing/trace-codes.md', import.meta.url),
  'utf8',
);

const cells = (line: string) =>
  line
    .trim()
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());

/**
 * The rows of a table: the first after the heading `## …`, or the one whose header cells are
 * `header` (separated by `|`). Column padding does not matter.
 */
function table(heading: string): string[][] {
  const lines = DOC.split('\n');
  let i = heading.startsWith('#')
    ? lines.findIndex((l) => l.trim() === heading)
    : lines.findIndex((l) => l.startsWith('|') && cells(l).join('|') === heading);
  expect(i, heading).toBeGreaterThan(-1);
  while (!lines[i]?.startsWith('|')) i++;
  const rows: string[][] = [];
  for (i += 2; lines[i]?.startsWith('|'); i++) rows.push(cells(lines[i]!));
  expect(rows.length, heading).toBeGreaterThan(0);
  return rows;
}

/** Backticked values of a cell. */
const ticks = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
const code = (cell: string) => ticks(cell)[0]!.replaceAll('<GS>', GS);

const outcomes = table('## Verification outcomes');

describe('docs/testing/trace-codes.md', () => {
  it('documents every verification status', () => {
    const statuses = new Set(outcomes.map((row) => ticks(row[3]!)[0]));
    expect([...statuses].sort()).toEqual(
      [
        'already_dispensed',
        'data_incomplete',
        'expired',
        'mismatch',
        'not_found',
        'recalled',
        'secondary_verification_required',
        'suspect',
        'verified',
      ].sort(),
    );
  });

  it('verifies each documented code with the documented status and alerts', async () => {
    const { call } = tracePlatform();
    for (const [outcome, codeCell, locationCell, statusCell, alertsCell] of outcomes) {
      const location = ticks(locationCell!)[0];
      const res = await call('POST', '/v1/trace/verifications', {
        code: code(codeCell!),
        context: 'inspect',
        ...(location ? { location_id: location } : {}),
      });
      expect(res.status, outcome).toBe(200);
      expect(res.body.status, outcome).toBe(ticks(statusCell!)[0]);
      expect(
        res.body.alerts.map((a: { code: string }) => a.code),
        outcome,
      ).toEqual(ticks(alertsCell!));
    }
  });

  it('dispenses each documented code as documented', async () => {
    const shared = tracePlatform();
    for (const [outcome, codeCell, locationCell, , , dispenseCell] of outcomes) {
      const [expected] = ticks(dispenseCell!);
      const [status, problem] = expected!.split(' ');
      // A successful dispense changes the pack: give it a platform of its own.
      const t = status === '201' ? tracePlatform() : shared;
      const before = t.events('trace.alert').length;
      const res = await t.call('POST', '/v1/trace/dispensations', {
        code: code(codeCell!),
        location_id: ticks(locationCell!)[0] ?? 'loc_bjxicheng01',
      });
      expect(res.status, outcome).toBe(Number(status));
      if (problem) expect(res.body.code, outcome).toBe(problem);
      const alerted = t.events('trace.alert').length > before;
      expect(alerted, `${outcome}: trace.alert`).toBe(dispenseCell!.includes('trace.alert'));
    }
  });

  it('reads the other documented forms of the genuine pack', async () => {
    const { call } = tracePlatform();
    for (const [form, cell] of table('Form|Code')) {
      const value = ticks(cell!)[0]!;
      const body = value.startsWith('{')
        ? { fields: JSON.parse(value), context: 'inspect' }
        : { code: value.replaceAll('<GS>', GS), context: 'inspect' };
      const res = await call('POST', '/v1/trace/verifications', body);
      expect(res.body.pack?.id, form).toBe('pack_atv0001');
      expect(res.body.status, form).toBe('verified');
    }
    for (const [pack, form, cell, statusCell] of table('Pack|Form|Code|Status')) {
      const location = ticks(pack!)[0];
      const res = await call('POST', '/v1/trace/verifications', {
        code: code(cell!),
        context: 'inspect',
        ...(location ? { location_id: location } : {}),
      });
      expect(res.body.status, `${pack} ${form}`).toBe(ticks(statusCell!)[0]);
    }
  });

  it('rejects the documented unreadable codes with the documented parser codes', async () => {
    const { call } = tracePlatform();
    for (const [codeCell, errorCell] of table('## Codes that cannot be read')) {
      const res = await call('POST', '/v1/trace/verifications', {
        code: code(codeCell!),
        context: 'inspect',
      });
      expect(res.status, codeCell).toBe(422);
      expect(res.body.errors[0].code, codeCell).toBe(ticks(errorCell!)[0]);
    }
  });
});
