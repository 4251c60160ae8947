import type { Elements } from './element-string';
import { fail } from './errors';
import { type AiEntry, lookupAi } from './table';
import { describeChar, nameOf, validateValue } from './validate';

/** RFC 3986 characters allowed anywhere in a URI (unreserved, reserved and `%`). */
const URI_CHARS = /^[\w\-.~:/?#[\]@!$&'()*+,;=%]*$/;
const BAD_DOMAIN = /[_~?#@!$&'()*+,;=%]/;

/** Is `seq` (the qualifier AIs after a key) an ordered subsequence of one of the key's alternatives? */
export function isQualifierPath(keys: string[][], seq: readonly string[]): boolean {
  for (let a = 0; a < keys.length; a++) {
    const alt = keys[a] as string[];
    let j = 0;
    let i = 0;
    for (; i < seq.length; i++, j++) {
      while (j < alt.length && alt[j] !== seq[i]) j++;
      if (j === alt.length) break;
    }
    if (i === seq.length) return true;
  }
  return false;
}

/** Percent-decodes `s[from..to)`; `+` is a space in the query component only. */
function decode(s: string, from: number, to: number, query: boolean): string {
  const raw = s.slice(from, to);
  if (!raw.includes('%') && !(query && raw.includes('+'))) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === '%') {
      const h = raw.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(h) || h === '00')
        fail('invalid_uri', `malformed percent-encoding "%${h}"`, from + i);
      out += String.fromCharCode(Number.parseInt(h, 16));
      i += 2;
    } else out += query && c === '+' ? ' ' : c;
  }
  return out;
}

/** Table entry of the all-digit AI `s[a..b)`, or undefined. */
function aiAt(s: string, a: number, b: number): AiEntry | undefined {
  return /^\d+$/.test(s.slice(a, b)) ? lookupAi(s.slice(a, b)) : undefined;
}

export interface DigitalLinkParts extends Elements {
  base: string;
  uri: string;
}

/**
 * Parses a GS1 Digital Link URI in `s[start..end)`:
 * `http(s)://domain[/stem]/{key}/{value}[/{qualifier}/{value}…][?{ai}={value}&…][#fragment]`.
 */
export function parseDigitalLink(
  s: string,
  start: number,
  end: number,
  permitZeroSuppressed: boolean,
): DigitalLinkParts {
  const colon = s.indexOf(':', start);
  const scheme = s.slice(start, colon).toLowerCase();
  if (scheme !== 'http' && scheme !== 'https')
    fail('invalid_uri', `scheme must be http or https, got ${JSON.stringify(scheme)}`, start);
  const uri = s.slice(start, end);
  if (!URI_CHARS.test(uri)) {
    let k = start;
    while (URI_CHARS.test(s[k] as string)) k++;
    fail('invalid_uri', `${describeChar(s, k)} is not allowed in a URI`, k);
  }
  const host = colon + 3;
  let hostEnd = host;
  while (hostEnd < end && !'/?#'.includes(s[hostEnd] as string)) hostEnd++;
  if (hostEnd === host || BAD_DOMAIN.test(s.slice(host, hostEnd)))
    fail('invalid_uri', 'missing or invalid domain name', host);
  let stop = s.indexOf('#', hostEnd);
  if (stop < 0 || stop > end) stop = end;
  let pathEnd = s.indexOf('?', hostEnd);
  if (pathEnd < 0 || pathEnd > stop) pathEnd = stop;
  // path segments as [start, end) pairs
  const seg: number[] = [];
  for (let p = hostEnd + 1; hostEnd < pathEnd; ) {
    let q = s.indexOf('/', p);
    if (q < 0 || q > pathEnd) q = pathEnd;
    if (q === p) {
      if (q === pathEnd && seg.length === 0) break;
      fail('invalid_uri', 'empty path segment', p);
    }
    seg.push(p, q);
    if (q === pathEnd) break;
    p = q + 1;
  }
  const nseg = seg.length >> 1;
  // Walk back over /ai/value pairs to the primary key; anything before it is the stem.
  let key = -1;
  for (let k = nseg - 2; k >= 0; k -= 2) {
    const e = aiAt(s, seg[2 * k] as number, seg[2 * k + 1] as number);
    if (e === undefined) {
      const a = s.slice(seg[2 * k], seg[2 * k + 1]);
      if (/^\d{2,4}$/.test(a))
        fail('unknown_ai', `unknown AI ${a} in the URI path`, seg[2 * k] as number, a);
      break;
    }
    if (e.dlKeys !== null) {
      key = k;
      break;
    }
  }
  if (key < 0)
    fail(
      'missing_primary_key',
      'no GS1 primary key such as /01/{gtin} or /00/{sscc} in the URI path',
      hostEnd,
    );
  const ais: [string, string][] = [];
  const positions: number[] = [];
  const pathAis: string[] = [];
  for (let k = key; k < nseg; k += 2) {
    const p = seg[2 * k] as number;
    const ai = s.slice(p, seg[2 * k + 1]);
    const vs = seg[2 * k + 2] as number;
    let value = decode(s, vs, seg[2 * k + 3] as number, false);
    if (ai === '01' && value.length !== 14) {
      if (!permitZeroSuppressed || !/^(\d{8}|\d{12,13})$/.test(value)) {
        fail(
          'invalid_length',
          `GTIN in a Digital Link path must be 14 digits, got ${value.length}`,
          vs,
          ai,
        );
      }
      value = value.padStart(14, '0');
    }
    validateValue(ai, lookupAi(ai) as AiEntry, value, 0, value.length, vs);
    ais.push([ai, value]);
    positions.push(p);
    pathAis.push(ai);
  }
  const keyAi = pathAis[0] as string;
  const keys = (lookupAi(keyAi) as AiEntry).dlKeys as string[][];
  const quals = pathAis.slice(1);
  if (!isQualifierPath(keys, quals)) {
    const allowed = keys.map((a) => `(${a.join(', ')})`).join(' or ');
    const stray = quals.findIndex((q) => !keys.some((a) => a.includes(q)));
    fail(
      'dl_qualifier_order',
      stray >= 0
        ? `${nameOf(quals[stray] as string)} is not a path qualifier of (${keyAi}); allowed in order: ${allowed}`
        : `path qualifiers after (${keyAi}) must follow the order ${allowed}, got (${quals.join(', ')})`,
      positions[stray + 1 || 1] as number,
      quals[stray],
    );
  }
  // query attributes; other parameters (linkType, …) are ignored
  for (let q = pathEnd + 1; q < stop; ) {
    let amp = s.indexOf('&', q);
    if (amp < 0 || amp > stop) amp = stop;
    const eq = s.indexOf('=', q);
    if (eq > q && eq < amp && /^\d+$/.test(s.slice(q, eq))) {
      const ai = s.slice(q, eq);
      const e = lookupAi(ai);
      if (e === undefined) fail('unknown_ai', `unknown AI ${ai} in the query string`, q, ai);
      if (eq + 1 === amp) fail('invalid_length', `${nameOf(ai)} has an empty value`, q, ai);
      const qualifier = keys.some((alt) => alt.includes(ai));
      for (let k = 0; qualifier && k <= quals.length; k++) {
        if (isQualifierPath(keys, [...quals.slice(0, k), ai, ...quals.slice(k)])) {
          fail(
            'dl_query_attribute',
            `(${ai}) must be a path qualifier after /${keyAi}/…, not a query attribute`,
            q,
            ai,
          );
        }
      }
      if (!e.dlAttr)
        fail(
          'dl_query_attribute',
          `(${ai}) is not permitted as a Digital Link query attribute`,
          q,
          ai,
        );
      let value = decode(s, eq + 1, amp, true);
      if (ai === '01' && /^(\d{8}|\d{12,13})$/.test(value)) value = value.padStart(14, '0');
      validateValue(ai, e, value, 0, value.length, eq + 1);
      ais.push([ai, value]);
      positions.push(q);
    }
    q = amp + 1;
  }
  return { ais, positions, base: s.slice(start, (seg[2 * key] as number) - 1), uri };
}
