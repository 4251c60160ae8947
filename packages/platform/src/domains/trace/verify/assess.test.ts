import { describe, expect, it } from 'vitest';
import { initialStatus, seededRegistry } from '../registry';
import type { PackStatus, TraceCodeQuery, TraceContext } from '../types';
import { type Assessment, assessPack, daysUntil, reversibleUntil } from './assess';
import { chinaQuery } from './code';

const registry = seededRegistry();
const NOW = new Date('2026-11-23T12:00:00Z');

const GTIN = {
  atorvastatin: '06901234100013',
  amlodipine: '06905782200119',
  metformin: '06901234100020',
  amoxicillin: '06908365300213',
  ibuprofen: '06908365300220',
  insulin: '06927415001016',
  warfarin: '06901234100037',
  omeprazole: '06905782200126',
  rivaroxaban: '04051234000195',
} as const;

function gs1(gtin: string, serial?: string, extra: { lot?: string; expiry?: string } = {}) {
  const query: TraceCodeQuery = { kind: 'gs1', format: 'gs1', gtin, ...extra };
  if (serial !== undefined) query.serial = serial;
  return query;
}

function verify(
  query: TraceCodeQuery,
  options: {
    context?: TraceContext;
    locationId?: string;
    now?: Date;
    status?: (s: PackStatus) => PackStatus;
  } = {},
): Assessment {
  const { product, pack } = registry.lookup(query);
  const status = pack ? initialStatus(pack) : undefined;
  const view = pack && status ? { record: pack, status: options.status?.(status) ?? status } : null;
  const input = {
    query,
    product,
    pack: view,
    context: options.context ?? 'inspect',
    now: options.now ?? NOW,
    ...(options.locationId !== undefined ? { locationId: options.locationId } : {}),
  };
  return assessPack(input);
}

const codes = (a: Assessment) => a.alerts.map((x) => x.code);

describe('assessPack: genuine packs', () => {
  it('verifies an active pack whose code matches the registry, with no alert', () => {
    const verdict = verify(
      gs1(GTIN.atorvastatin, 'OK0001', { lot: '2603101', expiry: '2029-02-28' }),
    );
    expect(verdict).toMatchObject({ status: 'verified', dispensable: true, alerts: [] });
    expect(verdict.journey.map((e) => e.type)).toEqual([
      'manufactured',
      'shipped',
      'received',
      'shipped',
      'received',
      'stored',
    ]);
  });

  it('verifies the same pack by its China code', () => {
    const verdict = verify(chinaQuery('83100170000123456078', 'china'));
    expect(verdict).toMatchObject({ status: 'verified', dispensable: true });
  });

  it('adds dispensing advice in the dispense context without blocking', () => {
    const rx = verify(gs1(GTIN.atorvastatin, 'OK0001'), { context: 'dispense' });
    expect(rx.dispensable).toBe(true);
    expect(rx.alerts).toEqual([
      expect.objectContaining({ code: 'prescription_required', severity: 'info' }),
    ]);
    const otc = verify(gs1(GTIN.ibuprofen, 'IBU0001'), { context: 'dispense' });
    expect(codes(otc)).toEqual([]);
    const cold = verify(gs1(GTIN.insulin, 'COLD01'), { context: 'dispense' });
    expect(codes(cold)).toEqual(['prescription_required', 'cold_chain_storage']);
    expect(cold.alerts[1]?.message.en).toContain('2–8 °C');
  });

  it('verifies an import whose serial is mapped and whose journey shows customs', () => {
    const verdict = verify(gs1(GTIN.rivaroxaban, 'RIVDE0001'));
    expect(verdict.status).toBe('verified');
    expect(verdict.journey.some((e) => e.type === 'customs_cleared')).toBe(true);
  });
});

describe('assessPack: expiry judged by now', () => {
  it('warns within 30 days of expiry but still allows dispensing', () => {
    const verdict = verify(gs1(GTIN.atorvastatin, 'OK0001'), {
      now: new Date('2029-02-10T09:00:00Z'),
    });
    expect(verdict.status).toBe('verified');
    expect(verdict.dispensable).toBe(true);
    expect(verdict.alerts[0]).toMatchObject({ code: 'expires_soon', severity: 'warning' });
    expect(verdict.alerts[0]?.message.en).toContain('in 18 days');
    expect(verdict.alerts[0]?.message['zh-CN']).toContain('2029年2月28日');
  });

  it('treats the expiry day itself as valid and the next day as expired', () => {
    const lastDay = verify(gs1(GTIN.atorvastatin, 'OK0001'), {
      now: new Date('2029-02-28T23:59:59Z'),
    });
    expect(lastDay.status).toBe('verified');
    const after = verify(gs1(GTIN.atorvastatin, 'OK0001'), {
      now: new Date('2029-03-01T00:00:00Z'),
    });
    expect(after).toMatchObject({ status: 'expired', dispensable: false });
    expect(codes(after)).toEqual(['expired']);
  });

  it('reports an active pack past its expiry as expired', () => {
    const verdict = verify(gs1(GTIN.ibuprofen, 'EXPDATE01'));
    expect(verdict).toMatchObject({ status: 'expired', dispensable: false });
    expect(verdict.alerts[0]?.message.en).toBe('This pack expired on 30 Jun 2026.');
  });

  it('reports a pack the registry marked expired', () => {
    const verdict = verify(gs1(GTIN.omeprazole, 'EXPIRED01'));
    expect(verdict.status).toBe('expired');
    expect(codes(verdict)).toEqual(['expired']);
  });

  it('counts days by UTC date', () => {
    expect(daysUntil('2026-11-23', NOW)).toBe(0);
    expect(daysUntil('2026-11-22', NOW)).toBe(-1);
    expect(daysUntil('2026-12-23', NOW)).toBe(30);
  });
});

describe('assessPack: packs that must not be dispensed', () => {
  it.each([
    ['SUSPECT01', GTIN.amoxicillin, 'suspect_pack'],
    ['STOLEN01', GTIN.amoxicillin, 'pack_stolen'],
    ['LOCKED01', GTIN.amoxicillin, 'pack_locked'],
    ['EXPORTED01', GTIN.amoxicillin, 'pack_exported'],
    ['DESTROYED01', GTIN.metformin, 'pack_destroyed'],
  ])('%s is suspect (%s)', (serial, gtin, alert) => {
    const verdict = verify(gs1(gtin, serial));
    expect(verdict).toMatchObject({ status: 'suspect', dispensable: false });
    expect(verdict.alerts[0]).toMatchObject({ code: alert, severity: 'critical' });
  });

  it('reports a recalled lot, even once it has also expired', () => {
    const verdict = verify(gs1(GTIN.warfarin, 'RECALL01'));
    expect(verdict.status).toBe('recalled');
    expect(verdict.alerts[0]?.message.en).toContain('Lot 2603045 has been recalled');
    expect(verdict.journey.at(-1)?.type).toBe('recalled');
    const later = verify(gs1(GTIN.warfarin, 'RECALL01'), { now: new Date('2029-06-01T00:00:00Z') });
    expect(later.status).toBe('recalled');
    expect(codes(later)).toEqual(['recalled', 'expired']);
  });

  it('reports a China-coded recalled pack', () => {
    expect(verify(chinaQuery('83201390000001031550', 'china')).status).toBe('recalled');
  });

  it('reports a free sample as already dispensed', () => {
    const verdict = verify(gs1(GTIN.omeprazole, 'SAMPLE01'));
    expect(verdict.status).toBe('already_dispensed');
    expect(codes(verdict)).toEqual(['pack_sample']);
  });

  it('blocks a cold-chain pack with a temperature excursion', () => {
    const verdict = verify(gs1(GTIN.insulin, 'COLDEXC01'));
    expect(verdict.status).toBe('verified');
    expect(verdict.dispensable).toBe(false);
    expect(verdict.alerts).toEqual([
      expect.objectContaining({ code: 'temperature_excursion', severity: 'critical' }),
    ]);
    expect(verdict.alerts[0]?.message.en).toContain('12.5 °C');
    expect(verdict.alerts[0]?.message.en).toContain('Kangmin Pharmacy (Xicheng)');
    const stored = verdict.journey.filter((e) => e.type === 'stored');
    expect(stored.at(-1)?.temperature).toMatchObject({ max_c: 12.5, excursion: true });
  });
});

describe('assessPack: dispensed packs and clones', () => {
  it('reports a dispensed pack, critically when about to dispense it again', () => {
    const inspect = verify(gs1(GTIN.amlodipine, 'DISPENSED01'));
    expect(inspect).toMatchObject({ status: 'already_dispensed', dispensable: false });
    expect(inspect.alerts).toEqual([
      expect.objectContaining({ code: 'already_dispensed', severity: 'warning' }),
    ]);
    const dispense = verify(gs1(GTIN.amlodipine, 'DISPENSED01'), { context: 'dispense' });
    expect(dispense.alerts[0]).toMatchObject({ code: 'already_dispensed', severity: 'critical' });
    expect(inspect.journey.at(-1)).toMatchObject({
      type: 'dispensed',
      occurred_at: '2026-09-15T06:20:00Z',
      place: { location_id: 'loc_shjingan01' },
    });
  });

  it('raises possible_clone only when scanned away from the dispensing location', () => {
    const there = verify(gs1(GTIN.amlodipine, 'CLONE01'), { locationId: 'loc_shjingan01' });
    expect(codes(there)).not.toContain('possible_clone');
    const elsewhere = verify(gs1(GTIN.amlodipine, 'CLONE01'), { locationId: 'loc_bjxicheng01' });
    expect(elsewhere.status).toBe('already_dispensed');
    expect(elsewhere.alerts[0]).toMatchObject({ code: 'possible_clone', severity: 'critical' });
    const nowhere = verify(gs1(GTIN.amlodipine, 'CLONE01'));
    expect(codes(nowhere)).toEqual(['already_dispensed']);
  });

  it('tells a returning pharmacy whether the dispense can still be reversed', () => {
    const within = verify(gs1(GTIN.amlodipine, 'DISPENSED01'), {
      context: 'return',
      locationId: 'loc_shjingan01',
      now: new Date('2026-09-20T00:00:00Z'),
    });
    expect(codes(within)).toEqual(['already_dispensed', 'reversal_available']);
    expect(within.alerts[1]?.message.en).toContain('25 Sep 2026');
    const after = verify(gs1(GTIN.amlodipine, 'DISPENSED01'), {
      context: 'return',
      locationId: 'loc_shjingan01',
    });
    expect(codes(after)).toEqual(['already_dispensed', 'reversal_window_expired']);
    expect(reversibleUntil('2026-09-15T06:20:00Z').toISOString()).toBe('2026-09-25T06:20:00.000Z');
  });

  it('follows the stored status rather than the seed', () => {
    const verdict = verify(gs1(GTIN.amlodipine, 'DSP0001'), {
      locationId: 'loc_bjxicheng01',
      status: (s) => ({
        ...s,
        state: 'dispensed',
        stateChangedAt: '2026-11-20T00:00:00Z',
        dispensation: {
          id: 'disp_x',
          locationId: 'loc_gztianhe01',
          dispensedAt: '2026-11-20T00:00:00Z',
        },
      }),
    });
    expect(verdict.status).toBe('already_dispensed');
    // Most severe first: the critical clone alert leads.
    expect(codes(verdict)).toEqual(['possible_clone', 'already_dispensed']);
  });
});

describe('assessPack: codes that do not match or are unknown', () => {
  it('reports a lot that differs from the registry record as a mismatch', () => {
    const verdict = verify(gs1(GTIN.atorvastatin, 'LOTMM01', { lot: '2603102' }));
    expect(verdict).toMatchObject({ status: 'mismatch', dispensable: false });
    expect(verdict.alerts[0]?.code).toBe('lot_mismatch');
    expect(verdict.alerts[0]?.message.en).toContain('2603102');
    expect(verify(gs1(GTIN.atorvastatin, 'LOTMM01', { lot: '2603101' })).status).toBe('verified');
  });

  it('reports an expiry that differs from the registry record as a mismatch', () => {
    const verdict = verify(gs1(GTIN.atorvastatin, 'EXPMM01', { expiry: '2030-02-28' }));
    expect(verdict.status).toBe('mismatch');
    expect(codes(verdict)).toEqual(['expiry_mismatch']);
  });

  it('reports a China code whose check digits differ as a mismatch', () => {
    const verdict = verify(chinaQuery('83201390000001010000', 'china'));
    expect(verdict.status).toBe('mismatch');
    expect(codes(verdict)).toEqual(['check_code_mismatch']);
  });

  it('reports an unknown serial of a known product as not found, with the product', () => {
    const gs1Verdict = verify(gs1(GTIN.atorvastatin, 'NOTFOUND01'));
    expect(gs1Verdict).toMatchObject({ status: 'not_found', dispensable: false, journey: [] });
    expect(gs1Verdict.alerts[0]?.message.en).toContain('product is registered');
    const china = verify(chinaQuery('83201399999999991234', 'china'));
    expect(china.status).toBe('not_found');
  });

  it('reports an unknown GTIN as not found', () => {
    const verdict = verify(gs1('09506000134352', 'ABC'));
    expect(verdict.status).toBe('not_found');
    expect(verdict.alerts[0]?.message.en).toBe('No product or pack with this code is registered.');
  });

  it('cannot verify a code without a serial', () => {
    const verdict = verify(gs1(GTIN.atorvastatin, undefined, { lot: '2603101' }));
    expect(verdict.status).toBe('not_found');
    expect(codes(verdict)).toEqual(['serial_missing']);
  });

  it('judges an unregistered code by its own expiry', () => {
    const verdict = verify(gs1(GTIN.atorvastatin, 'NOTFOUND01', { expiry: '2025-01-31' }));
    expect(codes(verdict)).toEqual(['not_found', 'expired']);
    expect(verdict.status).toBe('not_found');
  });

  it('asks for secondary verification of an import whose serial is not mapped', () => {
    const verdict = verify(gs1(GTIN.rivaroxaban, 'RIVDE9999'));
    expect(verdict).toMatchObject({
      status: 'secondary_verification_required',
      dispensable: false,
    });
    expect(verdict.alerts[0]).toMatchObject({ code: 'serial_unmapped', severity: 'warning' });
    expect(verdict.alerts[0]?.message['zh-CN']).toContain('二次核验');
  });
});

describe('assessPack: incomplete source data', () => {
  it('reports a shipment never received as data_incomplete', () => {
    const verdict = verify(gs1(GTIN.metformin, 'GAP01'));
    expect(verdict).toMatchObject({ status: 'data_incomplete', dispensable: false });
    expect(verdict.alerts).toHaveLength(1);
    expect(verdict.alerts[0]?.code).toBe('journey_gap');
    expect(verdict.alerts[0]?.message.en).toContain('North China Pharma Logistics');
  });

  it('reports an import with no customs clearance as data_incomplete', () => {
    const verdict = verify(gs1(GTIN.rivaroxaban, 'NOCUSTOMS01'));
    expect(verdict.status).toBe('data_incomplete');
    expect(verdict.alerts[0]?.message.en).toContain('customs');
  });
});
