/**
 * Seeded ids and trace codes, derived from the platform's seed modules (so a change to the seed
 * shows up here, and nothing is written out twice).
 */
import {
  DISPENSABLE_SERIALS,
  type PackRecord,
  SEEDED_LOCATIONS,
  SEEDED_OAUTH_CLIENTS,
  SEEDED_PACKS,
  SEEDED_PATIENTS,
  SEEDED_PRODUCTS,
  SEEDED_SECRET_KEYS,
} from '@apotheca/platform/seed';

function seeded<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`@apotheca/testing: the seed has no ${what}`);
  return value;
}

/** The seeded secret key with every scope: `sk_test_apotheca_sandbox`. */
export const SECRET_KEY = seeded(SEEDED_SECRET_KEYS[0], 'secret key').key;
/** The rate-limited secret key (5 requests, 1/s): `sk_test_apotheca_limited`. */
export const LIMITED_SECRET_KEY = seeded(SEEDED_SECRET_KEYS[1], 'limited key').key;
/** The seeded OAuth client (client credentials). */
export const OAUTH_CLIENT = seeded(SEEDED_OAUTH_CLIENTS[0], 'OAuth client');

/** Where the CLI and the in-process harness answer by default. */
export const DEFAULT_BASE_URL = 'http://localhost:4010';

/** The seeded patients by short name: `PATIENTS.wangfang` is `pat_test_wangfang`. */
export const PATIENTS = Object.fromEntries(
  SEEDED_PATIENTS.map((p) => [p.id.replace(/^pat_test_/, ''), p.id]),
) as Readonly<
  Record<'wangfang' | 'davidchen' | 'liqiang' | 'mariagarcia' | 'zhangxiaoming', string>
>;

/** The seeded dispensing locations by city: `LOCATIONS.beijing` is `loc_bjxicheng01`. */
export const LOCATIONS = {
  beijing: seeded(
    SEEDED_LOCATIONS.find((l) => l.startsWith('loc_bj')),
    'Beijing location',
  ),
  shanghai: seeded(
    SEEDED_LOCATIONS.find((l) => l.startsWith('loc_sh')),
    'Shanghai location',
  ),
  guangzhou: seeded(
    SEEDED_LOCATIONS.find((l) => l.startsWith('loc_gz')),
    'Guangzhou location',
  ),
} as const;

/** What to change in a seeded pack's code (to build a mismatching or unknown one). */
export interface TraceCodeOverrides {
  lot?: string;
  serial?: string;
  /** YYYY-MM-DD */
  expiry?: string;
}

function packRecord(packId: string): PackRecord {
  return seeded(
    SEEDED_PACKS.find((p) => p.id === packId),
    `pack ${packId}`,
  );
}

function gtinOf(pack: PackRecord): string {
  const product = SEEDED_PRODUCTS.find((p) => p.id === pack.productId);
  return seeded(product?.gtin ?? undefined, `GTIN for ${pack.id}`);
}

const yymmdd = (date: string) => date.slice(2).replaceAll('-', '');

/**
 * The bracketed GS1 code of a seeded pack, e.g. `(01)06901234100013(17)290228(10)2603101(21)OK0001`.
 *
 * @example
 * ```ts
 * traceCode('pack_atv0001');                          // the genuine atorvastatin pack
 * traceCode('pack_atv0001', { serial: 'NOTFOUND01' }); // a serial nobody registered
 * ```
 */
export function traceCode(packId: string, overrides: TraceCodeOverrides = {}): string {
  const pack = packRecord(packId);
  const serial = seeded(overrides.serial ?? pack.serial, `GS1 serial for ${packId}`);
  const expiry = yymmdd(overrides.expiry ?? pack.expiry);
  return `(01)${gtinOf(pack)}(17)${expiry}(10)${overrides.lot ?? pack.lot}(21)${serial}`;
}

/** The GS1 Digital Link of a seeded pack on `id.gs1.org`. */
export function digitalLink(packId: string, overrides: TraceCodeOverrides = {}): string {
  const pack = packRecord(packId);
  const serial = seeded(overrides.serial ?? pack.serial, `GS1 serial for ${packId}`);
  const expiry = yymmdd(overrides.expiry ?? pack.expiry);
  return `https://id.gs1.org/01/${gtinOf(pack)}/10/${overrides.lot ?? pack.lot}/21/${serial}?17=${expiry}`;
}

/** The China 20-digit code of a seeded pack that carries one. */
export function chinaCode(packId: string): string {
  return seeded(packRecord(packId).chinaCode, `China code for ${packId}`);
}

/** The GS1 element string (what a DataMatrix scanner sends, `]d2` and GS separators). */
export function elementString(packId: string): string {
  const pack = packRecord(packId);
  const serial = seeded(pack.serial, `GS1 serial for ${packId}`);
  return `]d201${gtinOf(pack)}17${yymmdd(pack.expiry)}10${pack.lot}\u001d21${serial}`;
}

/** Pack id of dispensable pack `n` (1–20): active amlodipine, free for dispensing in tests. */
function dispensablePackId(n: number): string {
  const serial = seeded(DISPENSABLE_SERIALS[n - 1], `dispensable pack ${n}`);
  return `pack_aml${serial.toLowerCase()}`;
}

/**
 * Codes of the seeded packs by what they are for (see `docs/testing/trace-codes.md`). Give each
 * test file its own `dispensable(n)`: a dispensed pack stays dispensed in a shared sandbox.
 */
export const TRACE_CODES = {
  genuine: traceCode('pack_atv0001'),
  genuineDigitalLink: digitalLink('pack_atv0001'),
  genuineChina: chinaCode('pack_atv0001'),
  dispensable: (n: number) => traceCode(dispensablePackId(n)),
  dispensed: traceCode('pack_amldispensed01'),
  clone: traceCode('pack_amlclone01'),
  cloneDigitalLink: digitalLink('pack_amlclone01'),
  recalled: traceCode('pack_warrecall01'),
  expiredByDate: traceCode('pack_ibuexpdate01'),
  /** A pack whose state the registry set to `expired`. */
  expired: traceCode('pack_omeexpired01'),
  suspect: traceCode('pack_amxsuspect01'),
  gap: traceCode('pack_metgap01'),
  stolen: traceCode('pack_amxstolen01'),
  coldExcursion: traceCode('pack_insexc01'),
  // The import's foreign serials are only partly mapped: an unknown one needs secondary checks.
  unmapped: traceCode('pack_riv0001', { serial: 'RIVDE9999' }),
  notFound: traceCode('pack_atv0001', { serial: 'NOTFOUND01' }),
  lotMismatch: traceCode('pack_atvlotmm01', { lot: '2603102' }),
  /** The genuine pack with a wrong GTIN check digit: the offline parser rejects it. */
  mistyped: traceCode('pack_atv0001').replace('06901234100013', '06901234100014'),
} as const;
