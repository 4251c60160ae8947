/**
 * fast-check arbitraries producing valid values for every AI of the table (test-only helper).
 */
import fc from 'fast-check';
import { gs1CheckDigit } from './check-digit';
import {
  type AiEntry,
  type Component,
  CSET32,
  CSET82,
  CSET82_WEIGHT,
  ISO3166,
  ISO3166_ALPHA2,
  ISO4217,
  knownAis,
  lookupAi,
} from './table';
import type { AiPair } from './types';
import { daysInMonth, fullYear } from './validate';

const DIGITS = '0123456789';
const CSET39 = '#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CSET64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CHARS = [DIGITS, CSET82, CSET39, CSET64];

const members = (set: Uint8Array) => [...set.keys()].filter((i) => set[i]);
const ISO3166_CODES = members(ISO3166).map((n) => String(n).padStart(3, '0'));
const ISO4217_CODES = members(ISO4217).map((n) => String(n).padStart(3, '0'));
const ALPHA2_CODES = members(ISO3166_ALPHA2).map(
  (n) => String.fromCharCode(65 + Math.floor(n / 26)) + String.fromCharCode(65 + (n % 26)),
);

function chars(set: string, min: number, max: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...set), minLength: min, maxLength: max });
}

const two = (n: number) => String(n).padStart(2, '0');

/** A valid YYMMDD (or YYYYMMDD) date; `zeroDay` allows DD=00. */
export function dateArb(long: boolean, zeroDay: boolean): fc.Arbitrary<string> {
  return fc
    .record({
      yy: fc.integer({ min: 0, max: 99 }),
      mm: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 0, max: 31 }),
    })
    .map(({ yy, mm, d }) => {
      const year = long ? 1900 + yy * 2 : fullYear(yy);
      const dim = daysInMonth(year, mm);
      const day = zeroDay ? d % (dim + 1) : (d % dim) + 1;
      return `${long ? year : two(yy)}${two(mm)}${two(day)}`;
    });
}

function checkPair(data: string): string {
  let sum = 0;
  const n = data.length + 2;
  const primes = [
    2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83,
  ];
  for (let i = 0; i < data.length; i++)
    sum += (CSET82_WEIGHT[data.charCodeAt(i)] as number) * (primes[n - 3 - i] as number);
  sum %= 1021;
  return (CSET32[sum >> 5] as string) + CSET32[sum & 31];
}

function iban(country: string, bban: string): string {
  const numeric = (s: string) => [...s].map((c) => Number.parseInt(c, 36)).join('');
  let rem = 0;
  for (const c of numeric(`${bban}${country}00`)) rem = (rem * 10 + Number(c)) % 97;
  return `${country}${two(98 - rem)}${bban}`;
}

/** Arbitrary for one component of `e` with length between `min` and `max`. */
function componentArb(c: Component, min: number, max: number): fc.Arbitrary<string> {
  const l = c.lint;
  const set = CHARS[c.cset] as string;
  if (l.includes('c')) return chars(DIGITS, max - 1, max - 1).map((d) => d + gs1CheckDigit(d));
  if (l.includes('a')) {
    const dataMin = Math.max(min - 2, l.includes('k') ? 4 : 0);
    return fc
      .tuple(
        chars(DIGITS, 4, 4),
        chars(CSET82, Math.max(dataMin - 4, 0), max - 7),
        fc.constantFrom('A', 'x', '-'),
      )
      .map(([gcp, rest, nd]) => {
        const data = (gcp + rest + (l.includes('q') ? nd : '')).slice(0, max - 2);
        return data + checkPair(data);
      });
  }
  if (l.includes('d') || l.includes('e')) return dateArb(false, l.includes('d'));
  if (l.includes('f')) return dateArb(true, false);
  if (l.includes('h')) return fc.integer({ min: 0, max: 23 }).map(two);
  if (l.includes('m') || l.includes('s')) return fc.integer({ min: 0, max: 59 }).map(two);
  if (l.includes('t'))
    return fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => two(h) + two(m));
  if (l.includes('z')) return fc.constant('0');
  if (l.includes('n')) return chars(DIGITS, max, max).filter((v) => !/^0+$/.test(v));
  if (l.includes('w')) return fc.constantFrom('0', '1', '9');
  if (l.includes('p'))
    return fc
      .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }))
      .map(([a, b]) => two(Math.min(a, b)) + two(Math.max(a, b)));
  if (l.includes('i')) return fc.constantFrom(...ISO3166_CODES);
  if (l.includes('j')) return fc.constantFrom(...ISO3166_CODES, '999');
  if (l.includes('l')) return fc.constantFrom(...ALPHA2_CODES);
  if (l.includes('u')) return fc.constantFrom(...ISO4217_CODES);
  if (l.includes('b')) return fc.constantFrom('0', '1', '2', '9');
  if (l.includes('y')) return fc.constantFrom('0', '1');
  if (l.includes('g')) return fc.constant('-');
  if (l.includes('o'))
    return fc
      .tuple(fc.constantFrom(...'123456789'), chars(DIGITS, Math.max(min - 1, 0), max - 1))
      .map(([a, b]) => a + b);
  if (l.includes('L'))
    return fc.integer({ min: 0, max: 1800000000 }).map((n) => String(n).padStart(10, '0'));
  if (l.includes('G'))
    return fc.integer({ min: 0, max: 3600000000 }).map((n) => String(n).padStart(10, '0'));
  if (l.includes('M')) return fc.constantFrom('01', '05', '10', '80', '99');
  if (l.includes('I')) return fc.constantFrom(...CSET64);
  if (l.includes('S')) return fc.constantFrom('1/1', '1/2', '2/9');
  if (l.includes('B'))
    return fc
      .tuple(fc.constantFrom('DE', 'FR', 'NL', 'CN'), chars(DIGITS, 10, 20))
      .map(([c, b]) => iban(c, b));
  if (l.includes('k'))
    return fc
      .tuple(chars(DIGITS, 4, 4), chars(set, Math.max(min - 4, 0), max - 4))
      .map(([a, b]) => a + b);
  if (l.includes('P')) return chars(CSET82.replace('%', ''), min, max);
  return chars(set, min, max);
}

/** Arbitrary valid value for `ai`. */
export function valueArb(ai: string): fc.Arbitrary<string> {
  const e = lookupAi(ai) as AiEntry;
  const mandatory = e.components.filter((c) => !c.optional);
  const optional = e.components.filter((c) => c.optional);
  return fc.integer({ min: 0, max: optional.length }).chain((k) => {
    const comps = [...mandatory, ...optional.slice(0, k)];
    return fc
      .tuple(...comps.map((c) => componentArb(c, c.min, c.max)))
      .map((parts) => parts.join(''));
  });
}

export const ALL_AIS = knownAis();
/** Every AI family, with the many measure / amount variants (31nn–39nn) thinned out. */
export const AI_POOL = ALL_AIS.filter((ai) => !(ai.length === 4 && ai[0] === '3' && ai[3] !== '2'));

/** A list of distinct AIs with valid values (associations not considered). */
export function aisArb(pool: readonly string[] = AI_POOL, maxLength = 6): fc.Arbitrary<AiPair[]> {
  return fc
    .uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength })
    .chain((ais) => fc.tuple(...ais.map((ai) => valueArb(ai).map((v): AiPair => [ai, v]))));
}
