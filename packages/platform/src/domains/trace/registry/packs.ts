/**
 * The seeded packs: at least one per verification outcome, documented in
 * `docs/testing/trace-codes.md`. Serials say what a pack is for, like test card numbers.
 * All times are RFC 3339 UTC; expiry dates are fixed, so "verified" packs stay valid until 2028.
 */
import type { JourneyEvent, PackRecord, PackState, SeedDispensation } from '../types';
import { type Actor, distributors, manufacturers, pharmacies } from './actors';
import { coldLog, journey, roomLog, type Step } from './journeys';
import { type ProductKey, products } from './products';

interface Lot {
  product: ProductKey;
  lot: string;
  expiry: string;
  journey: JourneyEvent[];
}

/** maker → distributor, then shipped on by the distributor (day 23). */
function shippedOnward(maker: Actor, distributor: Actor): Step[] {
  return [
    [0, 'manufactured', maker],
    [10, 'shipped', maker],
    [11.3, 'received', distributor],
    [23, 'shipped', distributor],
  ];
}

/** maker → distributor → pharmacy, with a room-temperature storage log. */
function domestic(
  start: string,
  maker: Actor,
  distributor: Actor,
  pharmacy: Actor,
): JourneyEvent[] {
  return journey(start, [
    ...shippedOnward(maker, distributor),
    [23.3, 'received', pharmacy],
    [23.35, 'stored', pharmacy, roomLog(17.8, 24.6, 1440)],
  ]);
}

const lots = {
  atorvastatin: {
    product: 'atorvastatin',
    lot: '2603101',
    expiry: '2029-02-28',
    journey: domestic(
      '2026-03-10T02:00:00Z',
      manufacturers.huakang,
      distributors.northChina,
      pharmacies.beijing,
    ),
  },
  amlodipine: {
    product: 'amlodipine',
    lot: '2605203',
    expiry: '2029-04-30',
    journey: domestic(
      '2026-05-20T01:00:00Z',
      manufacturers.donghai,
      distributors.eastChina,
      pharmacies.shanghai,
    ),
  },
  metformin: {
    product: 'metformin',
    lot: '2604118',
    expiry: '2028-03-31',
    journey: domestic(
      '2026-04-18T03:00:00Z',
      manufacturers.huakang,
      distributors.northChina,
      pharmacies.beijing,
    ),
  },
  metforminGap: {
    product: 'metformin',
    lot: '2604118',
    expiry: '2028-03-31',
    // Shipped by the distributor, never received: the pharmacy's storage has no receipt.
    journey: journey('2026-04-18T03:00:00Z', [
      ...shippedOnward(manufacturers.huakang, distributors.northChina),
      [23.35, 'stored', pharmacies.beijing, roomLog(18.1, 23.9, 1440)],
    ]),
  },
  amoxicillin: {
    product: 'amoxicillin',
    lot: '2602077',
    expiry: '2028-01-31',
    journey: domestic(
      '2026-02-07T02:30:00Z',
      manufacturers.nanfang,
      distributors.southChina,
      pharmacies.guangzhou,
    ),
  },
  amoxicillinInTransit: {
    product: 'amoxicillin',
    lot: '2602077',
    expiry: '2028-01-31',
    journey: journey(
      '2026-02-07T02:30:00Z',
      shippedOnward(manufacturers.nanfang, distributors.southChina),
    ),
  },
  ibuprofenOld: {
    product: 'ibuprofen',
    lot: '2406152',
    expiry: '2026-06-30',
    journey: domestic(
      '2024-06-15T01:00:00Z',
      manufacturers.nanfang,
      distributors.southChina,
      pharmacies.guangzhou,
    ),
  },
  ibuprofen: {
    product: 'ibuprofen',
    lot: '2607021',
    expiry: '2028-06-30',
    journey: domestic(
      '2026-07-02T01:00:00Z',
      manufacturers.nanfang,
      distributors.southChina,
      pharmacies.guangzhou,
    ),
  },
  ...coldChainLots(),
  warfarinRecalled: {
    product: 'warfarin',
    lot: '2603045',
    expiry: '2029-02-28',
    journey: [
      ...domestic(
        '2026-03-04T02:00:00Z',
        manufacturers.huakang,
        distributors.northChina,
        pharmacies.beijing,
      ),
      ...journey('2026-10-08T02:00:00Z', [[0, 'recalled', manufacturers.huakang]]),
    ],
  },
  warfarin: {
    product: 'warfarin',
    lot: '2606011',
    expiry: '2029-05-31',
    journey: domestic(
      '2026-06-01T02:00:00Z',
      manufacturers.huakang,
      distributors.northChina,
      pharmacies.beijing,
    ),
  },
  omeprazoleOld: {
    product: 'omeprazole',
    lot: '2304009',
    expiry: '2025-03-31',
    journey: domestic(
      '2023-04-09T02:00:00Z',
      manufacturers.donghai,
      distributors.eastChina,
      pharmacies.shanghai,
    ),
  },
  omeprazole: {
    product: 'omeprazole',
    lot: '2608030',
    expiry: '2028-07-31',
    journey: domestic(
      '2026-08-03T02:00:00Z',
      manufacturers.donghai,
      distributors.eastChina,
      pharmacies.shanghai,
    ),
  },
  nifedipine: {
    product: 'nifedipine',
    lot: '2605088',
    expiry: '2028-04-30',
    journey: domestic(
      '2026-05-08T02:00:00Z',
      manufacturers.donghai,
      distributors.southChina,
      pharmacies.guangzhou,
    ),
  },
  nifedipineRecalled: {
    product: 'nifedipine',
    lot: '2601015',
    expiry: '2027-12-31',
    journey: [
      ...domestic(
        '2026-01-15T02:00:00Z',
        manufacturers.donghai,
        distributors.southChina,
        pharmacies.guangzhou,
      ),
      ...journey('2026-11-02T01:00:00Z', [[0, 'recalled', manufacturers.donghai]]),
    ],
  },
  rivaroxaban: {
    product: 'rivaroxaban',
    lot: 'DE26B114',
    expiry: '2029-01-31',
    journey: imported(true),
  },
  rivaroxabanNoCustoms: {
    product: 'rivaroxaban',
    lot: 'DE26B114',
    expiry: '2029-01-31',
    journey: imported(false),
  },
} satisfies Record<string, Lot>;

function coldChainLots() {
  const steps = (pharmacyLog: ReturnType<typeof coldLog>) =>
    journey('2026-07-15T00:30:00Z', [
      [0, 'manufactured', manufacturers.changbai],
      [7, 'shipped', manufacturers.changbai, coldLog(3.2, 6.8, 288)],
      [9, 'received', distributors.frostline],
      [9.1, 'stored', distributors.frostline, coldLog(2.9, 6.1, 2016)],
      [21, 'shipped', distributors.frostline, coldLog(3.5, 7.1, 96)],
      [21.3, 'received', pharmacies.beijing],
      [21.35, 'stored', pharmacies.beijing, pharmacyLog],
    ]);
  return {
    insulin: {
      product: 'insulinGlargine',
      lot: '2607A15',
      expiry: '2028-12-31',
      journey: steps(coldLog(3.0, 7.4, 1440)),
    },
    // The pharmacy fridge reached 12.5 °C (door left open).
    insulinExcursion: {
      product: 'insulinGlargine',
      lot: '2607A15',
      expiry: '2028-12-31',
      journey: steps(coldLog(3.1, 12.5, 1440)),
    },
  } satisfies Record<string, Lot>;
}

/** Frankfurt → Pudong customs → importer → distributor → Shanghai pharmacy. */
function imported(withCustoms: boolean): JourneyEvent[] {
  const steps: Parameters<typeof journey>[1] = [
    [0, 'manufactured', manufacturers.rheinau],
    [12, 'shipped', manufacturers.rheinau],
    [14, 'customs_cleared', distributors.customs],
    [15, 'received', distributors.importer],
    [25, 'shipped', distributors.importer],
    [26, 'received', distributors.eastChina],
    [40, 'shipped', distributors.eastChina],
    [40.3, 'received', pharmacies.shanghai],
    [40.35, 'stored', pharmacies.shanghai, roomLog(18.4, 24.2, 1440)],
  ];
  return journey(
    '2026-02-11T08:00:00Z',
    withCustoms ? steps : steps.filter(([, type]) => type !== 'customs_cleared'),
  );
}

interface PackSeed {
  id: string;
  lot: keyof typeof lots;
  serial?: string;
  chinaCode?: string;
  state?: PackState;
  stateChangedAt?: string;
  dispensation?: SeedDispensation;
  purpose: string;
}

function pack(seed: PackSeed): PackRecord {
  const lot: Lot = lots[seed.lot];
  const journeyEvents = [...lot.journey];
  const last = journeyEvents[journeyEvents.length - 1];
  const record: PackRecord = {
    id: seed.id,
    productId: products[lot.product].id,
    lot: lot.lot,
    expiry: lot.expiry,
    state: seed.state ?? 'active',
    stateChangedAt: seed.stateChangedAt ?? last?.occurred_at ?? '2026-01-01T00:00:00Z',
    journey: journeyEvents,
    purpose: seed.purpose,
  };
  if (seed.serial !== undefined) record.serial = seed.serial;
  if (seed.chinaCode !== undefined) record.chinaCode = seed.chinaCode;
  if (seed.dispensation) {
    const d = seed.dispensation;
    record.dispensation = d;
    record.stateChangedAt = d.dispensedAt;
    const where = Object.values(pharmacies).find((p) => p.place.location_id === d.locationId);
    if (where) {
      journeyEvents.push({
        type: 'dispensed',
        occurred_at: d.dispensedAt,
        party: where.party,
        place: where.place,
      });
    }
  }
  return record;
}

/** Serials `DSP0001`…`DSP0020`: active amlodipine packs free for dispensing in tests and demos. */
export const DISPENSABLE_SERIALS = Array.from(
  { length: 20 },
  (_, i) => `DSP${String(i + 1).padStart(4, '0')}`,
);

export const packs: PackRecord[] = [
  pack({
    id: 'pack_atv0001',
    lot: 'atorvastatin',
    serial: 'OK0001',
    chinaCode: '83100170000123456078',
    purpose: 'verified (GS1 and China code on one pack)',
  }),
  pack({
    id: 'pack_atvlotmm01',
    lot: 'atorvastatin',
    serial: 'LOTMM01',
    purpose: 'mismatch when scanned with lot 2603102 (registry lot 2603101)',
  }),
  pack({
    id: 'pack_atvexpmm01',
    lot: 'atorvastatin',
    serial: 'EXPMM01',
    purpose: 'mismatch when scanned with expiry 2030-02-28 (registry expiry 2029-02-28)',
  }),
  ...DISPENSABLE_SERIALS.map((serial) =>
    pack({
      id: `pack_aml${serial.toLowerCase()}`,
      lot: 'amlodipine',
      serial,
      purpose: 'verified; free for dispensing',
    }),
  ),
  pack({
    id: 'pack_amldispensed01',
    lot: 'amlodipine',
    serial: 'DISPENSED01',
    state: 'dispensed',
    dispensation: {
      id: 'disp_seedamldispensed01',
      locationId: 'loc_shjingan01',
      dispensedAt: '2026-09-15T06:20:00Z',
      patientId: 'pat_test_wangfang',
    },
    purpose: 'already dispensed (Shanghai)',
  }),
  pack({
    id: 'pack_amlclone01',
    lot: 'amlodipine',
    serial: 'CLONE01',
    state: 'dispensed',
    dispensation: {
      id: 'disp_seedamlclone01',
      locationId: 'loc_shjingan01',
      dispensedAt: '2026-10-30T02:45:00Z',
    },
    purpose: 'dispensed in Shanghai; possible_clone when scanned anywhere else',
  }),
  pack({ id: 'pack_met0001', lot: 'metformin', serial: 'MET0001', purpose: 'verified' }),
  pack({
    id: 'pack_metdestroyed01',
    lot: 'metformin',
    serial: 'DESTROYED01',
    state: 'destroyed',
    stateChangedAt: '2026-08-12T07:00:00Z',
    purpose: 'destroyed: any scan is suspect',
  }),
  pack({
    id: 'pack_metgap01',
    lot: 'metforminGap',
    serial: 'GAP01',
    purpose: 'data_incomplete: shipped by the distributor, never received',
  }),
  pack({ id: 'pack_amx0001', lot: 'amoxicillin', serial: 'AMX0001', purpose: 'verified' }),
  pack({
    id: 'pack_amxsuspect01',
    lot: 'amoxicillin',
    serial: 'SUSPECT01',
    state: 'suspect',
    stateChangedAt: '2026-10-20T05:10:00Z',
    purpose: 'suspect (flagged for investigation)',
  }),
  pack({
    id: 'pack_amxstolen01',
    lot: 'amoxicillinInTransit',
    serial: 'STOLEN01',
    state: 'stolen',
    stateChangedAt: '2026-03-04T22:00:00Z',
    purpose: 'stolen in transit',
  }),
  pack({
    id: 'pack_amxlocked01',
    lot: 'amoxicillin',
    serial: 'LOCKED01',
    state: 'locked',
    stateChangedAt: '2026-11-01T03:00:00Z',
    purpose: 'locked by the manufacturer pending an investigation',
  }),
  pack({
    id: 'pack_amxexported01',
    lot: 'amoxicillin',
    serial: 'EXPORTED01',
    state: 'exported',
    stateChangedAt: '2026-04-20T03:00:00Z',
    purpose: 'exported out of the market',
  }),
  pack({
    id: 'pack_ibuexpdate01',
    lot: 'ibuprofenOld',
    serial: 'EXPDATE01',
    purpose: 'expired by date while still active in the registry',
  }),
  pack({ id: 'pack_ibu0001', lot: 'ibuprofen', serial: 'IBU0001', purpose: 'verified (OTC)' }),
  pack({ id: 'pack_ins0001', lot: 'insulin', serial: 'COLD01', purpose: 'verified (cold chain)' }),
  pack({
    id: 'pack_insexc01',
    lot: 'insulinExcursion',
    serial: 'COLDEXC01',
    purpose: 'cold chain with a temperature excursion',
  }),
  pack({
    id: 'pack_warrecall01',
    lot: 'warfarinRecalled',
    serial: 'RECALL01',
    state: 'recalled',
    stateChangedAt: '2026-10-08T02:00:00Z',
    purpose: 'recalled lot',
  }),
  pack({
    id: 'pack_warrecall02',
    lot: 'warfarinRecalled',
    serial: 'RECALL02',
    state: 'recalled',
    stateChangedAt: '2026-10-08T02:00:00Z',
    purpose: 'recalled lot',
  }),
  pack({ id: 'pack_war0001', lot: 'warfarin', serial: 'WAR0001', purpose: 'verified' }),
  pack({
    id: 'pack_omeexpired01',
    lot: 'omeprazoleOld',
    serial: 'EXPIRED01',
    state: 'expired',
    stateChangedAt: '2025-04-01T00:00:00Z',
    purpose: 'expired (state set by the registry)',
  }),
  pack({
    id: 'pack_omesample01',
    lot: 'omeprazole',
    serial: 'SAMPLE01',
    state: 'sample',
    stateChangedAt: '2026-09-02T03:00:00Z',
    purpose: 'decommissioned as a free sample',
  }),
  pack({ id: 'pack_ome0001', lot: 'omeprazole', serial: 'OME0001', purpose: 'verified' }),
  pack({
    id: 'pack_nif0101',
    lot: 'nifedipine',
    chinaCode: '83201390000001014821',
    purpose: 'verified (China code)',
  }),
  pack({
    id: 'pack_nif0102',
    lot: 'nifedipine',
    chinaCode: '83201390000001029367',
    state: 'dispensed',
    dispensation: {
      id: 'disp_seednif0102',
      locationId: 'loc_gztianhe01',
      dispensedAt: '2026-10-12T03:15:00Z',
    },
    purpose: 'already dispensed (China code, Guangzhou)',
  }),
  pack({
    id: 'pack_nif0103',
    lot: 'nifedipineRecalled',
    chinaCode: '83201390000001031550',
    state: 'recalled',
    stateChangedAt: '2026-11-02T01:00:00Z',
    purpose: 'recalled (China code)',
  }),
  pack({
    id: 'pack_riv0001',
    lot: 'rivaroxaban',
    serial: 'RIVDE0001',
    purpose: 'verified import (serial mapped, customs cleared)',
  }),
  pack({
    id: 'pack_rivnocustoms01',
    lot: 'rivaroxabanNoCustoms',
    serial: 'NOCUSTOMS01',
    purpose: 'data_incomplete: an import with no customs clearance',
  }),
];
