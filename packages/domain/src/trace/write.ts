import { isQualifierPath } from './digital-link';
import { fail } from './errors';
import { lookupAi } from './table';
import type { AiPair, TraceCode } from './types';
import { nameOf } from './validate';

/** How `toElementString` writes a code. */
export interface ElementStringOptions {
  /** Separator written for FNC1 after variable-length AIs. Default GS (`"\x1d"`). */
  gs?: string;
  /**
   * Prefix a symbology identifier: `true` keeps the code's own GS1 identifier (`]d2`, `]Q3`,
   * `]C1`, `]e0`, `]J1`) or uses `]d2`; a string is used as given.
   */
  symbology?: boolean | string;
}

/** How `toDigitalLink` writes a code. */
export interface DigitalLinkOptions {
  /** Scheme, domain and optional path stem. Default `https://id.gs1.org`. */
  base?: string;
}

const GS1_SYMBOLOGIES = [']d2', ']Q3', ']C1', ']e0', ']J1'];

function gs1Ais(code: TraceCode, what: string): AiPair[] {
  if (code.format === 'china')
    fail('not_representable', `a China drug trace code has no ${what}`, 0);
  return code.ais;
}

/**
 * Writes the element string (barcode data): AIs in order, FNC1 as `gs` after every
 * variable-length AI except the last. A China code is returned as its 20 digits.
 */
export function toElementString(code: TraceCode, options: ElementStringOptions = {}): string {
  if (code.format === 'china') return code.code;
  const gs = options.gs ?? '\x1d';
  let out = '';
  if (options.symbology === true) {
    out =
      code.symbology !== undefined && GS1_SYMBOLOGIES.includes(code.symbology)
        ? code.symbology
        : ']d2';
  } else if (typeof options.symbology === 'string') out = options.symbology;
  const ais = code.ais;
  for (let i = 0; i < ais.length; i++) {
    const [ai, value] = ais[i] as AiPair;
    out += ai + value;
    if (i < ais.length - 1 && !lookupAi(ai)?.fixed) out += gs;
  }
  return out;
}

/** Writes the bracketed human-readable form `(01)09506000134352(17)261231`; `(` in data is escaped as `\(`. */
export function toHumanReadable(code: TraceCode): string {
  if (code.format === 'china') return code.code;
  let out = '';
  for (const [ai, value] of code.ais)
    out += `(${ai})${value.includes('(') ? value.replace(/\(/g, '\\(') : value}`;
  return out;
}

function encodeComponent(v: string): string {
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (
      (c >= 48 && c <= 57) ||
      ((c | 0x20) >= 97 && (c | 0x20) <= 122) ||
      c === 45 ||
      c === 46 ||
      c === 95 ||
      c === 126
    ) {
      out += v[i];
    } else if (c < 128) out += `%${c < 16 ? '0' : ''}${c.toString(16).toUpperCase()}`;
    else
      fail(
        'invalid_character',
        `non-ASCII character ${JSON.stringify(v[i])} cannot be in a GS1 value`,
        0,
      );
  }
  return out;
}

/**
 * Writes a GS1 Digital Link URI: the first primary-key AI and its qualifiers (in the order the
 * standard requires) in the path, every other AI as a query attribute.
 *
 * @throws {TraceCodeError} `missing_primary_key` without a key AI, `dl_query_attribute` when an
 *   AI can be neither a qualifier nor a query attribute, `not_representable` for China codes.
 */
export function toDigitalLink(code: TraceCode, options: DigitalLinkOptions = {}): string {
  const ais = gs1Ais(code, 'GS1 Digital Link form');
  let base = options.base ?? 'https://id.gs1.org';
  while (base.endsWith('/')) base = base.slice(0, -1);
  const keyIndex = ais.findIndex(([ai]) => lookupAi(ai)?.dlKeys != null);
  if (keyIndex < 0)
    fail(
      'missing_primary_key',
      'no GS1 Digital Link primary key AI (such as 01 or 00) to build the path from',
      0,
    );
  const [key, keyValue] = ais[keyIndex] as AiPair;
  const keys = lookupAi(key)?.dlKeys as string[][];
  const alternatives = [...keys];
  const count = (alt: string[]) => alt.filter((q) => ais.some(([ai]) => ai === q)).length;
  alternatives.sort((a, b) => count(b) - count(a));
  let lastError = '';
  let lastAi = '';
  for (const alt of alternatives) {
    const used = new Set<number>([keyIndex]);
    let path = `/${key}/${encodeComponent(keyValue)}`;
    const seq: string[] = [];
    for (const q of alt) {
      const i = ais.findIndex(([ai], j) => ai === q && !used.has(j));
      if (i < 0) continue;
      used.add(i);
      seq.push(q);
      path += `/${q}/${encodeComponent((ais[i] as AiPair)[1])}`;
    }
    const query: string[] = [];
    let ok = true;
    for (let i = 0; i < ais.length && ok; i++) {
      if (used.has(i)) continue;
      const [ai, value] = ais[i] as AiPair;
      // An exact repeat of an AI already written is dropped (repeats must be equal anyway).
      if (ais.some(([a, v], j) => j < i && a === ai && v === value)) continue;
      const e = lookupAi(ai);
      const fitsPath =
        e !== undefined &&
        [...seq, ai].some((_, k) =>
          isQualifierPath(keys, [...seq.slice(0, k), ai, ...seq.slice(k)]),
        );
      if (e === undefined || !e.dlAttr || fitsPath) {
        ok = false;
        lastAi = ai;
        lastError = `${nameOf(ai)} can be neither a path qualifier of (${key}) nor a Digital Link query attribute`;
      } else query.push(`${ai}=${encodeComponent(value)}`);
    }
    if (ok) return base + path + (query.length > 0 ? `?${query.join('&')}` : '');
  }
  return fail('dl_query_attribute', lastError, 0, lastAi);
}
