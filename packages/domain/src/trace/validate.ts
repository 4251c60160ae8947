import { mod10 } from './check-digit';
import { fail, type TraceCodeErrorCode } from './errors';
import {
  type AiEntry,
  type AiPattern,
  aiName,
  CHARSET,
  type Component,
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

const PRIMES = [
  2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83,
];
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

function bad(
  ai: string,
  pos: number,
  why: string,
  code: TraceCodeErrorCode = 'invalid_value',
): never {
  return fail(code, `${nameOf(ai)}: ${why}`, pos, ai);
}

/** Validates a YYMMDD (`long`: YYYYMMDD) date at `s[i..]`; DD=00 only with `zeroDay`. */
function checkDate(
  s: string,
  i: number,
  long: boolean,
  zeroDay: boolean,
  ai: string,
  pos: number,
): void {
  const year = long ? two(s, i) * 100 + two(s, i + 2) : fullYear(two(s, i));
  const o = long ? i + 4 : i + 2;
  const month = two(s, o);
  const day = two(s, o + 2);
  if (month < 1 || month > 12) bad(ai, pos, `invalid month ${month}`, 'invalid_date');
  if (day === 0 && !zeroDay) bad(ai, pos, 'day 00 is not allowed here', 'invalid_date');
  const dim = daysInMonth(year, month);
  if (day > dim)
    bad(
      ai,
      pos,
      `invalid day ${day} in ${MONTHS.slice(month * 3 - 3, month * 3)} ${year} (${dim} days)`,
      'invalid_date',
    );
}

/** Runs one content rule (see ai-table.ts) over component `s[from..to)` found at input `pos`. */
function lint(rule: string, s: string, from: number, to: number, ai: string, pos: number): void {
  if (rule === 'c') {
    const want = mod10(s, from, to - 1);
    const got = s.charCodeAt(to - 1) - 48;
    if (want !== got) {
      const n = ai === '8006' || ai === '8026' ? 'ITIP GTIN' : nameOf(ai);
      fail('check_digit', `${n} check digit should be ${want}, got ${got}`, pos, ai);
    }
    return;
  }
  if (rule === 'd' || rule === 'e' || rule === 'f') {
    checkDate(s, from, rule === 'f', rule === 'd', ai, pos);
    return;
  }
  const v = s.slice(from, to);
  switch (rule) {
    case 'a': {
      const n = v.length;
      if (n < 2) bad(ai, pos, 'too short for a check character pair', 'invalid_length');
      let sum = 0;
      for (let i = 0; i < n - 2; i++)
        sum += (CSET82_WEIGHT[v.charCodeAt(i)] as number) * (PRIMES[n - 3 - i] as number);
      sum %= 1021;
      const want = (CSET32[sum >> 5] as string) + CSET32[sum & 31];
      const got = v.slice(-2);
      for (let i = n - 2; i < n; i++) {
        if (!CSET32.includes(v[i] as string))
          bad(
            ai,
            pos + i,
            `check character ${describeChar(v, i)} is not in CSET 32`,
            'invalid_character',
          );
      }
      if (got !== want)
        fail(
          'check_digit',
          `${nameOf(ai)} check character pair should be ${want}, got ${got}`,
          pos,
          ai,
        );
      return;
    }
    case 'k':
      if (!/^\d{4}/.test(v)) bad(ai, pos, 'must start with a GS1 Company Prefix (4+ digits)');
      return;
    case 'h':
    case 'm':
    case 's':
    case 't':
      if (
        two(v, 0) > (rule === 'h' || rule === 't' ? 23 : 59) ||
        (rule === 't' && two(v, 2) > 59)
      ) {
        bad(ai, pos, `invalid time ${v}`, 'invalid_date');
      }
      return;
    case 'z':
      if (v[0] !== '0') bad(ai, pos, `first digit must be 0, got ${v[0]}`);
      return;
    case 'n':
      if (/^0+$/.test(v)) bad(ai, pos, 'must not be zero');
      return;
    case 'p': {
      const h = v.length >> 1;
      const piece = v.slice(0, h);
      const total = v.slice(h);
      if (/^0+$/.test(piece) || /^0+$/.test(total) || piece > total)
        bad(ai, pos, `${piece} of ${total} is not a valid piece of total`);
      return;
    }
    case 'i':
    case 'j':
      if (!ISO3166[Number(v)] && !(rule === 'j' && v === '999'))
        bad(ai, pos, `${v} is not an ISO 3166 country code`);
      return;
    case 'l':
      if (
        !/^[A-Z]{2}$/.test(v) ||
        !ISO3166_ALPHA2[(v.charCodeAt(0) - 65) * 26 + v.charCodeAt(1) - 65]
      ) {
        bad(ai, pos, `${v} is not an ISO 3166 alpha-2 country code`);
      }
      return;
    case 'u':
      if (!ISO4217[Number(v)]) bad(ai, pos, `${v} is not an ISO 4217 currency code`);
      return;
    case 'w':
    case 'b':
    case 'y':
      if (!(rule === 'w' ? '019' : rule === 'b' ? '0129' : '01').includes(v))
        bad(ai, pos, `${v} is not an allowed code`);
      return;
    case 'g':
      if (!/^-*$/.test(v)) bad(ai, pos, 'only "-" is allowed here');
      return;
    case 'o':
      if (v[0] === '0') bad(ai, pos, 'must not start with 0');
      return;
    case 'q':
      if (/^\d*$/.test(v)) bad(ai, pos, 'must contain a non-digit');
      return;
    case 'L':
    case 'G':
      if (Number(v) > (rule === 'L' ? 1800000000 : 3600000000))
        bad(ai, pos, `coordinate ${v} is out of range`);
      return;
    case 'P':
      if (/%(?![0-9A-Fa-f]{2})/.test(v)) bad(ai, pos, 'malformed percent-encoding');
      return;
    case 'M':
      if (!/^(0[1-9]|10|[89]\d)$/.test(v)) bad(ai, pos, `${v} is not an AIDC media type`);
      return;
    case 'I':
      if (!((CHARSET[v.charCodeAt(0)] as number) & 8))
        bad(ai, pos, `importer index ${describeChar(v, 0)} must be - 0-9 A-Z _ a-z`);
      return;
    case 'S': {
      const m = /^([1-9]\d*)\/([1-9]\d*)$/.exec(v);
      if (!m || Number(m[1]) > Number(m[2])) bad(ai, pos, `${v} is not <position>/<total>`);
      return;
    }
    case 'B': {
      if (
        !/^[A-Z]{2}\d\d[A-Z0-9]{1,30}$/.test(v) ||
        !ISO3166_ALPHA2[(v.charCodeAt(0) - 65) * 26 + v.charCodeAt(1) - 65]
      ) {
        bad(ai, pos, 'not a valid IBAN');
      }
      let rem = 0;
      const r = v.slice(4) + v.slice(0, 4);
      for (let i = 0; i < r.length; i++)
        rem = (Number.parseInt(r[i] as string, 36) + rem * (r.charCodeAt(i) > 57 ? 100 : 10)) % 97;
      if (rem !== 1) bad(ai, pos, 'IBAN check digits are wrong', 'check_digit');
    }
  }
}

const CSET_NAMES = ['digits', 'CSET 82', 'CSET 39', 'CSET 64'];

/**
 * Validates the value `s[from..to)` of `ai`: length, the character set of every component and
 * every content rule. `pos` is the input position of `s[from]`.
 */
export function validateValue(
  ai: string,
  e: AiEntry,
  s: string,
  from: number,
  to: number,
  pos: number,
): void {
  const len = to - from;
  if (len < e.min || len > e.max) {
    const need = e.min === e.max ? e.min : len < e.min ? `at least ${e.min}` : `at most ${e.max}`;
    fail(
      'invalid_length',
      len ? `${nameOf(ai)} must be ${need} ${e.label}, got ${len}` : `${nameOf(ai)} has no value`,
      pos,
      ai,
    );
  }
  let p = from;
  const comps = e.components;
  for (let ci = 0; ci < comps.length; ci++) {
    const c = comps[ci] as Component;
    const end = p + Math.min(to - p, c.max);
    if (end === p && c.optional) continue;
    if (end - p < c.min) fail('invalid_length', `${nameOf(ai)} is too short`, pos + p - from, ai);
    const cset = c.cset;
    const bit = 1 << cset;
    let stop = end;
    if (cset === 3) {
      while (stop > p && s.charCodeAt(stop - 1) === 61) stop--;
      if (end - stop > 2 || (end > stop && (end - p) % 3))
        fail('invalid_character', `${nameOf(ai)}: bad base64 padding`, pos + stop - from, ai);
    }
    for (let i = p; i < stop; i++) {
      const ch = s.charCodeAt(i);
      if (cset === 0 ? ch < 48 || ch > 57 : ch > 127 || !((CHARSET[ch] as number) & bit)) {
        fail(
          'invalid_character',
          `${describeChar(s, i)} is not allowed in ${nameOf(ai)}: expected ${CSET_NAMES[cset]}`,
          pos + i - from,
          ai,
        );
      }
    }
    const rules = c.lint;
    for (let k = 0; k < rules.length; k++) lint(rules[k] as string, s, p, end, ai, pos + p - from);
    p = end;
  }
}

/* ---------------------------------------------------------------- associations */

function has(ais: Pairs, p: AiPattern, self: string): string | undefined {
  for (let i = 0; i < ais.length; i++) {
    const a = (ais[i] as readonly [string, string])[0];
    if (a !== self && a.length === p.length && a.startsWith(p.prefix)) return a;
  }
  return undefined;
}

/**
 * Duplicate, requirement and exclusion checks over a whole message. With `strictDuplicates`
 * (Digital Link) any repeated AI is an error; otherwise repeats must have equal values.
 */
export function checkMessage(
  ais: Pairs,
  positions: readonly number[],
  associations: boolean,
  strictDuplicates: boolean,
): void {
  const n = ais.length;
  for (let i = 0; i < n; i++) {
    const pair = ais[i] as readonly [string, string];
    const ai = pair[0];
    const value = pair[1];
    for (let j = i + 1; j < n; j++) {
      const other = ais[j] as readonly [string, string];
      if (other[0] === ai && (strictDuplicates || other[1] !== value)) {
        fail(
          'duplicate_ai',
          `${nameOf(ai)} appears twice${strictDuplicates ? '' : ` with different values ${JSON.stringify(value)} and ${JSON.stringify(other[1])}`}`,
          positions[j] as number,
          ai,
        );
      }
    }
  }
  if (!associations) return;
  for (let i = 0; i < n; i++) {
    const ai = (ais[i] as readonly [string, string])[0];
    const e = lookupAi(ai) as AiEntry;
    const pos = positions[i] as number;
    for (let g = 0; g < e.req.length; g++) {
      const group = e.req[g] as AiPattern[][];
      let met = false;
      for (let k = 0; k < group.length && !met; k++) {
        const alt = group[k] as AiPattern[];
        met = true;
        for (let m = 0; m < alt.length && met; m++)
          met = has(ais, alt[m] as AiPattern, ai) !== undefined;
      }
      if (!met) {
        const list = group.map((alt) =>
          alt.map((p) => `(${p.prefix.padEnd(p.length, 'n')})`).join('+'),
        );
        const last = list.pop() as string;
        fail(
          'missing_required_ai',
          `(${ai}) requires ${list.length ? `${list.join(', ')} or ` : ''}${last} in the same message`,
          pos,
          ai,
        );
      }
    }
    for (let k = 0; k < e.ex.length; k++) {
      const other = has(ais, e.ex[k] as AiPattern, ai);
      if (other)
        fail('excluded_ai_pair', `(${ai}) must not appear together with (${other})`, pos, ai);
    }
  }
}
