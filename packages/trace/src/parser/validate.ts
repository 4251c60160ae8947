import { mod10 } from './check-digit';
import { fail, type TraceCodeErrorCode } from './errors';
import {
  type AiEntry,
  type AiPattern,
  aiName,
  CHARSET,
  CSET32,
  CSET82_WEIGHT,
  ISO3166,
  ISO3166_ALPHA2,
  ISO4217,
  lookupAi,
} from './table';

type Pairs = readonly (readonly [string, string])[];

/** Printable description of a character for messages. */
export function describeChar(s: string, i: number): string {
  const c = s.charCodeAt(i);
  if (c === 0x1d) return 'GS (0x1D)';
  return c <= 0x20 || c === 0x7f ? `0x${c.toString(16).padStart(2, '0')}` : JSON.stringify(s[i]);
}

/** `GTIN`, `expiry date`, … or `AI 3103`. */
export function nameOf(ai: string): string {
  return aiName(ai) ?? `AI ${ai}`;
}

/* ---------------------------------------------------------------- dates */

let currentYear = 0;

/** Full year for a two-digit GS1 year (GS1 General Specifications sliding century window). */
export function fullYear(yy: number): number {
  if (currentYear === 0) currentYear = new Date().getFullYear();
  const cur = currentYear % 100;
  const d = yy - cur;
  return currentYear - cur + yy + (d >= 51 ? -100 : d <= -50 ? 100 : 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function two(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
}

/** `YYMMDD` (DD=00 → last day of month) as `YYYY-MM-DD`. */
export function isoDate(v: string): string {
  const year = fullYear(two(v, 0));
  const day = two(v, 4) || daysInMonth(year, two(v, 2));
  return `${year}-${v.slice(2, 4)}-${day < 10 ? '0' : ''}${day}`;
}

/* ---------------------------------------------------------------- value validation */

const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83];
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

function isDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) - 48 > 9 || s.charCodeAt(i) < 48) return false;
  return true;
}

/** Runs one content rule (see ai-table.ts) over component `s[from..to)` found at input `pos`. */
function lint(rule: string, s: string, from: number, to: number, ai: string, pos: number): void {
  const v = s.slice(from, to);
  const bad = (why: string, code: TraceCodeErrorCode = 'invalid_value', at = pos): never =>
    fail(code, `${nameOf(ai)}: ${why}`, at, ai);
  switch (rule) {
    case 'c': {
      const want = mod10(s, from, to - 1);
      const got = s.charCodeAt(to - 1) - 48;
      if (want !== got) {
        const n = ai === '8006' || ai === '8026' ? 'ITIP GTIN' : nameOf(ai);
        fail('check_digit', `${n} check digit should be ${want}, got ${got}`, pos, ai);
      }
      return;
    }
    case 'a': {
      const n = v.length;
      if (n < 2) bad('too short for a check character pair', 'invalid_length');
      let sum = 0;
      for (let i = 0; i < n - 2; i++) sum += (CSET82_WEIGHT[v.charCodeAt(i)] as number) * (PRIMES[n - 3 - i] as number);
      sum %= 1021;
      const want = (CSET32[sum >> 5] as string) + CSET32[sum & 31];
      const got = v.slice(-2);
      for (let i = n - 2; i < n; i++) {
        if (!CSET32.includes(v[i] as string)) bad(`check character ${describeChar(v, i)} is not in CSET 32`, 'invalid_character', pos + i);
      }
      if (got !== want) fail('check_digit', `${nameOf(ai)} check character pair should be ${want}, got ${got}`, pos, ai);
      return;
    }
    case 'k':
      if (v.length < 4 || !isDigits(v, 0, 4)) bad('must start with a GS1 Company Prefix (4+ digits)');
      return;
    case 'd':
    case 'e':
    case 'f': {
      const long = rule === 'f';
      const year = long ? Number(v.slice(0, 4)) : fullYear(two(v, 0));
      const month = two(v, long ? 4 : 2);
      const day = two(v, long ? 6 : 4);
      if (month < 1 || month > 12) bad(`invalid month ${month}`, 'invalid_date');
      if (day === 0 && rule !== 'd') bad('day 00 is not allowed here', 'invalid_date');
      const dim = daysInMonth(year, month);
      if (day > dim) bad(`invalid day ${day} in ${MONTHS.slice(month * 3 - 3, month * 3)} ${year} (${dim} days)`, 'invalid_date');
      return;
    }
    case 'h':
    case 'm':
    case 's':
    case 't':
      if (two(v, 0) > (rule === 'h' || rule === 't' ? 23 : 59) || (rule === 't' && two(v, 2) > 59)) {
        bad(`invalid time ${v}`, 'invalid_date');
      }
      return;
    case 'z':
      if (v[0] !== '0') bad(`first digit must be 0, got ${v[0]}`);
      return;
    case 'n':
      if (/^0+$/.test(v)) bad('must not be zero');
      return;
    case 'p': {
      const h = v.length >> 1;
      const piece = v.slice(0, h);
      const total = v.slice(h);
      if (/^0+$/.test(piece) || /^0+$/.test(total) || piece > total) bad(`${piece} of ${total} is not a valid piece of total`);
      return;
    }
    case 'i':
    case 'j':
      if (!ISO3166[Number(v)] && !(rule === 'j' && v === '999')) bad(`${v} is not an ISO 3166 country code`);
      return;
    case 'l':
      if (!/^[A-Z]{2}$/.test(v) || !ISO3166_ALPHA2[(v.charCodeAt(0) - 65) * 26 + v.charCodeAt(1) - 65]) {
        bad(`${v} is not an ISO 3166 alpha-2 country code`);
      }
      return;
    case 'u':
      if (!ISO4217[Number(v)]) bad(`${v} is not an ISO 4217 currency code`);
      return;
    case 'w':
    case 'b':
    case 'y':
      if (!(rule === 'w' ? '019' : rule === 'b' ? '0129' : '01').includes(v)) bad(`${v} is not an allowed code`);
      return;
    case 'g':
      if (!/^-*$/.test(v)) bad('only "-" is allowed here');
      return;
    case 'o':
      if (v[0] === '0') bad('must not start with 0');
      return;
    case 'q':
      if (isDigits(v, 0, v.length)) bad('must contain a non-digit');
      return;
    case 'L':
    case 'G':
      if (Number(v) > (rule === 'L' ? 1800000000 : 3600000000)) bad(`coordinate ${v} is out of range`);
      return;
    case 'P':
      if (/%(?![0-9A-Fa-f]{2})/.test(v)) bad('malformed percent-encoding');
      return;
    case 'M':
      if (!/^(0[1-9]|10|[89]\d)$/.test(v)) bad(`${v} is not an AIDC media type`);
      return;
    case 'I':
      if (!((CHARSET[v.charCodeAt(0)] as number) & 8)) bad(`importer index ${describeChar(v, 0)} must be - 0-9 A-Z _ a-z`);
      return;
    case 'S': {
      const m = /^([1-9]\d*)\/([1-9]\d*)$/.exec(v);
      if (!m || Number(m[1]) > Number(m[2])) bad(`${v} is not <position>/<total>`);
      return;
    }
    case 'B': {
      if (!/^[A-Z]{2}\d\d[A-Z0-9]{1,30}$/.test(v) || !ISO3166_ALPHA2[(v.charCodeAt(0) - 65) * 26 + v.charCodeAt(1) - 65]) {
        bad('not a valid IBAN');
      }
      let rem = 0;
      const r = v.slice(4) + v.slice(0, 4);
      for (let i = 0; i < r.length; i++) rem = (Number.parseInt(r[i] as string, 36) + rem * (r.charCodeAt(i) > 57 ? 100 : 10)) % 97;
      if (rem !== 1) bad('IBAN check digits are wrong', 'check_digit');
    }
  }
}

const CSET_NAMES = ['digits', 'CSET 82', 'CSET 39', 'CSET 64'];

/**
 * Validates the value `s[from..to)` of `ai`: length, the character set of every component and
 * every content rule. `pos` is the input position of `s[from]`.
 */
export function validateValue(ai: string, e: AiEntry, s: string, from: number, to: number, pos: number): void {
  const len = to - from;
  if (len < e.min || len > e.max) {
    const need = e.min === e.max ? e.min : len < e.min ? `at least ${e.min}` : `at most ${e.max}`;
    fail('invalid_length', len ? `${nameOf(ai)} must be ${need} ${e.label}, got ${len}` : `${nameOf(ai)} has no value`, pos, ai);
  }
  let p = from;
  for (const c of e.components) {
    const end = p + Math.min(to - p, c.max);
    if (end === p && c.optional) continue;
    if (end - p < c.min) fail('invalid_length', `${nameOf(ai)} is too short`, pos + p - from, ai);
    const cset = c.cset;
    const bit = 1 << cset;
    let stop = end;
    if (cset === 3) {
      while (stop > p && s.charCodeAt(stop - 1) === 61) stop--;
      if (end - stop > 2 || (end > stop && (end - p) % 3)) fail('invalid_character', `${nameOf(ai)}: bad base64 padding`, pos + stop - from, ai);
    }
    for (let i = p; i < stop; i++) {
      const ch = s.charCodeAt(i);
      if (cset === 0 ? ch < 48 || ch > 57 : ch > 127 || !((CHARSET[ch] as number) & bit)) {
        fail('invalid_character', `${describeChar(s, i)} is not allowed in ${nameOf(ai)}: expected ${CSET_NAMES[cset]}`, pos + i - from, ai);
      }
    }
    for (const rule of c.lint) lint(rule, s, p, end, ai, pos + p - from);
    p = end;
  }
}

/* ---------------------------------------------------------------- associations */

function has(ais: Pairs, p: AiPattern, self: string): string | undefined {
  for (const [a] of ais) if (a !== self && a.length === p.length && a.startsWith(p.prefix)) return a;
  return undefined;
}

/**
 * Duplicate, requirement and exclusion checks over a whole message. With `strictDuplicates`
 * (Digital Link) any repeated AI is an error; otherwise repeats must have equal values.
 */
export function checkMessage(ais: Pairs, positions: readonly number[], associations: boolean, strictDuplicates: boolean): void {
  const n = ais.length;
  for (let i = 0; i < n; i++) {
    const [ai, value] = ais[i] as readonly [string, string];
    for (let j = i + 1; j < n; j++) {
      const other = ais[j] as readonly [string, string];
      if (other[0] === ai && (strictDuplicates || other[1] !== value)) {
        fail('duplicate_ai', `${nameOf(ai)} appears twice${strictDuplicates ? '' : ` with different values ${JSON.stringify(value)} and ${JSON.stringify(other[1])}`}`, positions[j] as number, ai);
      }
    }
  }
  if (!associations) return;
  for (let i = 0; i < n; i++) {
    const ai = (ais[i] as readonly [string, string])[0];
    const e = lookupAi(ai) as AiEntry;
    const pos = positions[i] as number;
    for (const group of e.req) {
      if (!group.some((alt) => alt.every((p) => has(ais, p, ai)))) {
        const list = group.map((alt) => alt.map((p) => `(${p.prefix.padEnd(p.length, 'n')})`).join('+'));
        const last = list.pop() as string;
        fail('missing_required_ai', `(${ai}) requires ${list.length ? `${list.join(', ')} or ` : ''}${last} in the same message`, pos, ai);
      }
    }
    for (const p of e.ex) {
      const other = has(ais, p, ai);
      if (other) fail('excluded_ai_pair', `(${ai}) must not appear together with (${other})`, pos, ai);
    }
  }
}
