import { AI_TABLE } from './ai-table';

/** Character set of a component: 0 digits, 1 CSET 82, 2 CSET 39, 3 CSET 64. */
export type Cset = 0 | 1 | 2 | 3;

export interface Component {
  cset: Cset;
  min: number;
  max: number;
  optional: boolean;
  /** Linter letters, see ai-table.ts. */
  lint: string;
}

/** An AI pattern from a req/ex attribute: `prefix` + any digits up to `length`. */
export interface AiPattern {
  prefix: string;
  length: number;
}

export interface AiEntry {
  /** Predefined length (no separator needed after it). */
  fixed: boolean;
  /** Allowed as a Digital Link query attribute. */
  dlAttr: boolean;
  components: Component[];
  min: number;
  max: number;
  /** Every group must be met; a group is met when one alternative (all of its AIs) is present. */
  req: AiPattern[][][];
  ex: AiPattern[];
  /** Digital Link qualifier sequences if this AI is a primary key, else null. */
  dlKeys: string[][] | null;
  /** Character-set label used in messages. */
  label: string;
}

const CSETS: Record<string, Cset> = { N: 0, X: 1, Y: 2, Z: 3 };

/** AI length (2, 3 or 4) by its first two digits; 0 = no AI starts with them. */
export const AI_LENGTH = new Uint8Array(100);
/** Entry index by AI key (see {@link aiKey}); -1 = unknown AI. */
const INDEX = new Int16Array(11100).fill(-1);
export const ENTRIES: AiEntry[] = [];
const AI_STRINGS: string[] = [];

/** Numeric key of an AI of `len` digits with value `n`. */
export function aiKey(len: number, n: number): number {
  return len === 2 ? n : len === 3 ? 100 + n : 1100 + n;
}

function parsePatterns(list: string): AiPattern[] {
  return list.split(',').map((p) => {
    const i = p.indexOf('n');
    return { prefix: i < 0 ? p : p.slice(0, i), length: p.length };
  });
}

const MEASURE_REQ: Record<string, string> = { a: '01,02', b: '00,01', c: '01' };

/** Table lines with the `@` measure-AI shorthand expanded. */
function tableLines(): string[] {
  const out: string[] = [];
  for (const line of AI_TABLE.split('\n')) {
    if (line[0] !== '@') {
      out.push(line);
      continue;
    }
    for (const item of line.slice(1).split(',')) {
      const first = Number(item.slice(0, 3));
      const last = item[3] === '-' ? first - (first % 10) + Number(item[4]) : first;
      for (let p = first; p <= last; p++)
        out.push(`${p}0-${p}5*?N6 r${MEASURE_REQ[item.slice(-1)]} x${p}n`);
    }
  }
  return out;
}

for (const line of tableLines()) {
  let i = 0;
  while (line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
  const first = line.slice(0, i);
  let last = first;
  if (line[i] === '-') {
    const j = ++i;
    while (line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
    last = line.slice(j, i);
  }
  const fixed = line[i] === '*';
  if (fixed) i++;
  const dlAttr = line[i] === '?';
  if (dlAttr) i++;
  const parts = line.slice(i).split(' ');
  const components: Component[] = [];
  let min = 0;
  let max = 0;
  for (const spec of (parts[0] as string).split(',')) {
    const m = /^(\[?)([NXYZ])(\.?)(\d+)(.*)$/.exec(spec) as RegExpExecArray;
    const len = Number(m[4]);
    const c: Component = {
      cset: CSETS[m[2] as string] as Cset,
      min: m[3] ? 1 : len,
      max: len,
      optional: m[1] === '[',
      lint: m[5] as string,
    };
    components.push(c);
    if (!c.optional) min += c.min;
    max += c.max;
  }
  const entry: AiEntry = {
    fixed,
    dlAttr,
    components,
    min,
    max,
    req: [],
    ex: [],
    dlKeys: null,
    label: components.every((c) => c.cset === 0) ? 'digits' : 'characters',
  };
  for (const attr of parts.slice(1)) {
    const body = attr.slice(1);
    if (attr[0] === 'r')
      entry.req.push(body.split(',').map((alt) => parsePatterns(alt.replace(/\+/g, ','))));
    else if (attr[0] === 'x') entry.ex = parsePatterns(body);
    else entry.dlKeys = body ? body.split('/').map((q) => q.split(',')) : [[]];
  }
  const index = ENTRIES.push(entry) - 1;
  const len = first.length;
  for (let n = Number(first); n <= Number(last); n++) {
    AI_LENGTH[(n / 10 ** (len - 2)) | 0] = len;
    const key = aiKey(len, n);
    INDEX[key] = index;
    AI_STRINGS[key] = String(n).padStart(len, '0');
  }
}

/** Entry for the AI with the given key, or undefined. */
export function entryByKey(key: number): AiEntry | undefined {
  const i = INDEX[key] as number;
  return i < 0 ? undefined : ENTRIES[i];
}

/** Canonical (interned) AI string for a key known to exist. */
export function aiStringByKey(key: number): string {
  return AI_STRINGS[key] as string;
}

/** Entry for an AI string such as `"01"` or `"3103"`, or undefined when unknown. */
export function lookupAi(ai: string): AiEntry | undefined {
  const len = ai.length;
  if (len < 2 || len > 4) return undefined;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const d = ai.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  if (AI_LENGTH[(n / 10 ** (len - 2)) | 0] !== len) return undefined;
  return entryByKey(aiKey(len, n));
}

/* ---------------------------------------------------------------- character sets */

/** CSET 82 ordered by check-character weight (GS1 General Specifications, check character pair). */
export const CSET82 =
  '!"%&\'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
/** CSET 32, the check character alphabet. */
export const CSET32 = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CSET39 = '#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CSET64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bit 1: CSET 82, bit 2: CSET 39, bit 4: CSET 64 (bit index = cset). */
export const CHARSET = new Uint8Array(128);
/** Weight of a CSET 82 character in the check character pair, -1 if none. */
export const CSET82_WEIGHT = new Int8Array(128).fill(-1);
for (let i = 0; i < CSET82.length; i++) {
  const c = CSET82.charCodeAt(i);
  CHARSET[c] = (CHARSET[c] as number) | 2;
  CSET82_WEIGHT[c] = i;
}
for (let i = 0; i < CSET39.length; i++) {
  const c = CSET39.charCodeAt(i);
  CHARSET[c] = (CHARSET[c] as number) | 4;
}
for (let i = 0; i < CSET64.length; i++) {
  const c = CSET64.charCodeAt(i);
  CHARSET[c] = (CHARSET[c] as number) | 8;
}

/* ---------------------------------------------------------------- code lists */

/** Decodes a sorted code list stored as deltas (char code - 63 per step). */
function codeSet(deltas: string, size: number): Uint8Array {
  const set = new Uint8Array(size);
  let v = -1;
  for (let i = 0; i < deltas.length; i++) {
    v += deltas.charCodeAt(i) - 63;
    set[v] = 1;
  }
  return set;
}

/** ISO 3166-1 numeric country codes. */
export const ISO3166 = codeSet(
  'DCAACCCCB@CCCCA@@CCCCAAAAGACACCCCCCCCGCCCCCCACCCC@BACCB@CF@CCACCCD@@@C@BCAACCAACAAD@KCCCCCCCCCCCAACCCCCCCCCCCCCCEACCACB@CCAACCAACCCCCCCCCACGCA@@CCCCCCCBA@@DGECCCCCCA@A@@@DFACCCCCCACCCC@BEAD@A@BCCCCCAACG@@@@CEGC@BGCCCCCAACCCCCCCB@AACBJGD@@@EICCAAMEDF',
  1000,
);
/** ISO 4217 numeric currency codes. */
export const ISO4217 = codeSet(
  'HCSCGCA@@GCCCKEEGCGGGCGGCMCMB@JDEGGAECSGU[CCCGCCCCCCCGKCEACCACB@CCCCKGCCQCKAEGCGG@NECGKGCGACCYHBG[GCGAACQSCCCCKCCCKFJGGEQAUCNV@A@@@@@@@AAA@A@A@@@@@@@A@@@@@@@@@@A@@@@@@A@@@@@@B@@CCBA',
  1000,
);
/** ISO 3166-1 alpha-2 country codes, indexed (first - 'A') * 26 + (second - 'A'). */
export const ISO3166_ALPHA2 = codeSet(
  'C@@@AB@AA@@@@A@A@@A@@@@@@A@@@A@@@A@A@@A@A@@@A@@@@BB@@@@@DD@AAJBAA@I@@N@@AABH@A@@@@@B@@A@@@@@AAKA@CA@H@F@@@A@@@JGA@NA@@C@AADA@@@@EAF@@@@BAA@@@@@B@@@@@@@@@@@@@@@@AA@@ABB@ABDLMC@@@B@@@C@@BAA]ICAAC@@@@A@@@@@@@@B@@AA@@B@A@@A@@@@@BAA@B@EEEE@@AAAADFJLeNFKI',
  676,
);

/* ---------------------------------------------------------------- names for messages */

const NAMES: Record<string, string> = {
  '00': 'SSCC',
  '01': 'GTIN',
  '02': 'GTIN of contained items',
  '03': 'MTO GTIN',
  '10': 'lot',
  '11': 'production date',
  '12': 'due date',
  '13': 'packaging date',
  '15': 'best-before date',
  '16': 'sell-by date',
  '17': 'expiry date',
  '21': 'serial',
  '22': 'CPV',
  '235': 'TPX',
  '253': 'GDTI',
  '255': 'GCN',
  '402': 'GSIN',
  '414': 'GLN',
  '8003': 'GRAI',
  '8004': 'GIAI',
  '8006': 'ITIP',
  '8013': 'GMN',
  '8017': 'GSRN',
  '8018': 'GSRN',
};

/** Short human name of an AI for messages, e.g. `GTIN`; NHRN and GLN families included. */
export function aiName(ai: string): string | undefined {
  const n = NAMES[ai];
  if (n) return n;
  if (ai.length === 3 && ai.startsWith('71')) return 'NHRN';
  if (ai.length === 3 && ai.startsWith('41')) return 'GLN';
  return undefined;
}

/** Every AI of the table, e.g. for tests and tooling. */
export function knownAis(): string[] {
  return AI_STRINGS.filter((a) => a !== undefined);
}
