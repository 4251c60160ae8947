import { mod10 } from './check-digit';
import { parseDigitalLink } from './digital-link';
import { type Elements, parseBracketed, parseElementString } from './element-string';
import { fail, TraceCodeError } from './errors';
import type {
  AiPair,
  ChinaTraceCode,
  DigitalLinkCode,
  Gs1ElementCode,
  Gs1Fields,
  ParseOptions,
  SafeParseResult,
  TraceCode,
} from './types';
import { checkMessage, describeChar, isoDate } from './validate';

type Options = ParseOptions | undefined;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Fills the convenience fields from the AI list (first occurrence wins). */
function fields<T extends Gs1Fields>(target: T, symbology: string | undefined): T {
  if (symbology !== undefined) target.symbology = symbology;
  const ais = target.ais;
  for (let i = 0; i < ais.length; i++) {
    const pair = ais[i] as AiPair;
    const ai = pair[0];
    const v = pair[1];
    switch (ai) {
      case '01':
        if (target.gtin === undefined) target.gtin = v;
        break;
      case '00':
        if (target.sscc === undefined) target.sscc = v;
        break;
      case '10':
        if (target.lot === undefined) target.lot = v;
        break;
      case '21':
        if (target.serial === undefined) target.serial = v;
        break;
      case '17':
        if (target.expiry === undefined) target.expiry = isoDate(v);
        break;
      case '11':
        if (target.productionDate === undefined) target.productionDate = isoDate(v);
        break;
      case '15':
        if (target.bestBefore === undefined) target.bestBefore = isoDate(v);
        break;
      default:
        if (ai.length === 3 && ai[0] === '7' && ai[1] === '1') {
          const nhrn = target.nhrn ?? {};
          target.nhrn = nhrn;
          if (nhrn[ai] === undefined) nhrn[ai] = v;
        }
    }
  }
  return target;
}

function gs1Result(el: Elements, symbology: string | undefined, opts: Options): Gs1ElementCode {
  checkMessage(el.ais, el.positions, opts?.checkAssociations !== false, false);
  return fields<Gs1ElementCode>({ format: 'gs1', ais: el.ais }, symbology);
}

/** China NMPA drug trace code: 20 digits starting with 8, optionally grouped by spaces / hyphens. */
function parseChina(
  s: string,
  start: number,
  end: number,
  symbology: string | undefined,
  strict: boolean,
): ChinaTraceCode {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c) || ((c === 32 || c === 45) && !strict && i > start && i < end - 1)) continue;
    fail(
      'invalid_character',
      c === 32 || c === 45
        ? `China drug trace code contains a ${c === 32 ? 'space' : 'hyphen'}`
        : `China drug trace code must be digits only, found ${describeChar(s, i)}`,
      i,
    );
  }
  const code = s.slice(start, end).replace(/[ -]/g, '');
  if (code[0] !== '8')
    fail('china_prefix', `China drug trace code must start with 8, got ${code[0]}`, start);
  if (code.length !== 20) {
    fail(
      'china_length',
      code.length === 14 && code.startsWith('86')
        ? 'length 14: a 药品本位码 (national drug code), not a 20-digit drug trace code'
        : `China drug trace code must be 20 digits, got ${code.length}`,
      start,
    );
  }
  const out: ChinaTraceCode = {
    format: 'china',
    code,
    productCode: code.slice(0, 7),
    serial: code.slice(7, 16),
    checkCode: code.slice(16),
  };
  if (symbology !== undefined) out.symbology = symbology;
  return out;
}

/** A GTIN-8/12/13/14 (EAN/UPC/ITF-14 data) as AI (01). */
function gtin(
  s: string,
  start: number,
  end: number,
  symbology: string | undefined,
  opts: Options,
): Gs1ElementCode {
  if (!/^(\d{8}|\d{12,14})$/.test(s.slice(start, end))) {
    fail(
      'invalid_length',
      `${symbology ?? 'GTIN'} data must be 8, 12, 13 or 14 digits, got ${JSON.stringify(s.slice(start, end))}`,
      start,
      '01',
    );
  }
  const want = mod10(s, start, end - 1);
  if (want !== s.charCodeAt(end - 1) - 48)
    fail('check_digit', `GTIN check digit should be ${want}, got ${s[end - 1]}`, end - 1, '01');
  return gs1Result(
    { ais: [['01', s.slice(start, end).padStart(14, '0')]], positions: [start] },
    symbology,
    opts,
  );
}

function bareGtin(
  s: string,
  start: number,
  end: number,
  symbology: string | undefined,
  opts: Options,
): Gs1ElementCode {
  if (!opts?.permitBareGtin) {
    fail(
      'bare_gtin',
      `bare ${end - start}-digit number without an AI is ambiguous (EAN/UPC/ITF-14 GTIN?): write it as (01)… or scan it with its symbology identifier`,
      start,
    );
  }
  return gtin(s, start, end, symbology, opts);
}

function parseElements(
  s: string,
  start: number,
  end: number,
  symbology: string | undefined,
  opts: Options,
): Gs1ElementCode {
  const el: Elements = { ais: [], positions: [] };
  if (s.charCodeAt(start) === 40) parseBracketed(s, start, end, el);
  else parseElementString(s, start, end, el);
  if (el.ais.length === 0) fail('empty_input', 'no GS1 data', start);
  return gs1Result(el, symbology, opts);
}

/**
 * Refuses GS1 data after a symbology identifier whose modifier says the symbol has no FNC1 in
 * first position (`]d1`, `]Q1`, `]C0`, …): such a symbol is plain text, not a GS1 carrier, even
 * when its text looks like an element string. Input that does not even start like one (unknown AI
 * at the very start) rethrows, so the China-code and bare-GTIN fallbacks still apply.
 */
function refuseElements(s: string, start: number, end: number, symbology: string, opts: Options) {
  try {
    parseElements(s, start, end, symbology, opts);
  } catch (err) {
    if (err instanceof TraceCodeError && err.position === start && err.code === 'unknown_ai')
      throw err;
  }
  return fail(
    'symbology_not_gs1',
    `${symbology} marks a symbol without FNC1 in first position, which cannot carry GS1 element strings: encode them as GS1 DataMatrix (]d2), GS1 QR Code (]Q3) or GS1-128 (]C1), or encode a GS1 Digital Link URI`,
    start,
  );
}

/** Content without a symbology identifier, or after a non-GS1 one (`]C0`, `]d1`, `]Q1`, …). */
function parsePlain(
  s: string,
  start: number,
  end: number,
  symbology: string | undefined,
  opts: Options,
): TraceCode {
  // Only a missing identifier (typed or bracketed input) leaves GS1 data possible here.
  const elements = symbology === undefined ? parseElements : refuseElements;
  const c0 = s.charCodeAt(start);
  if (c0 === 40 || c0 === 0x1d) return elements(s, start, end, symbology as string, opts);
  if (isDigit(c0)) {
    const n = end - start;
    let digits = 0;
    let other = 0;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (isDigit(c)) digits++;
      else if (c !== 32 && c !== 45) other++;
    }
    const digitsOnly = digits === n;
    const separated = !digitsOnly && other === 0;
    if (!digitsOnly && !separated) digits = -1;
    const bare = digitsOnly && (n === 8 || n >= 12) && n <= 14;
    const strict = opts?.strictChinaSeparators === true;
    // 20 digits starting with 8: China. 14 digits starting 86: 药品本位码, neither trace code nor GTIN.
    if (c0 === 56 && (digits === 20 || (digitsOnly && n === 14 && s.charCodeAt(start + 1) === 54)))
      return parseChina(s, start, end, symbology, strict);
    if (bare && mod10(s, start, end - 1) === s.charCodeAt(end - 1) - 48)
      return bareGtin(s, start, end, symbology, opts);
    try {
      return elements(s, start, end, symbology as string, opts);
    } catch (err) {
      // Failing on the very first AI: the input probably is not an element string at all.
      if (!(err instanceof TraceCodeError) || err.position !== start || err.code !== 'unknown_ai')
        throw err;
      // Digits with at most one stray character: report it as a China code.
      if (c0 === 56 && other <= 1) return parseChina(s, start, end, symbology, strict);
      if (digits === 20) {
        fail(
          'china_prefix',
          '20-digit code does not start with 8: not a China drug trace code (and not a GS1 element string)',
          start,
        );
      }
      if (bare) return bareGtin(s, start, end, symbology, opts);
      throw err;
    }
  }
  const text = s.slice(start, end);
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(text)) {
    const dl = parseDigitalLink(s, start, end, opts?.permitZeroSuppressedGtin === true);
    checkMessage(dl.ais, dl.positions, opts?.checkAssociations !== false, true);
    return fields<DigitalLinkCode>(
      { format: 'digital-link', ais: dl.ais, uri: dl.uri, base: dl.base },
      symbology,
    );
  }
  if (/^[\w-]+(\.[\w-]+)+\/\d/.test(text))
    fail('invalid_uri', 'Digital Link URI without scheme: add https://', start);
  return fail(
    'unknown_format',
    `not a GS1 element string, Digital Link URI or China drug trace code: unexpected ${describeChar(s, start)}`,
    start,
  );
}

/**
 * Symbology identifiers (ISO/IEC 15424; GS1 General Specifications, figure 5.1.2-2) whose data is a
 * GS1 element string: FNC1 in first position.
 */
const GS1_MODE = [']C1', ']e0', ']d2', ']Q3', ']J1'];
/** EAN/UPC and ITF identifiers: the data is a bare GTIN of this length. */
const GTIN_LENGTH: Record<string, number> = { ']E0': 13, ']E4': 8, ']I0': 14, ']I1': 14 };
/**
 * Identifiers of the same symbologies without FNC1 (Code 128, Data Matrix ECC 200, QR Code
 * model 1 / model 2 / model 2 with ECI, DotCode): plain text, so a Digital Link URI or a China
 * code, never a GS1 element string. Any other identifier is refused as `unknown_symbology`.
 */
const PLAIN_MODE = [']C0', ']d1', ']Q0', ']Q1', ']Q2', ']J0'];

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff;
}

function parse(input: string, options?: ParseOptions): TraceCode {
  if (typeof input !== 'string') fail('unknown_format', 'input must be a string', 0);
  let start = 0;
  let end = input.length;
  while (start < end && isSpace(input.charCodeAt(start))) start++;
  while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
  if (start === end) fail('empty_input', 'empty input', start);
  let symbology: string | undefined;
  if (input.charCodeAt(start) === 93) {
    symbology = input.slice(start, start + 3);
    if (!/^\][A-Za-z][\dA-Za-z]$/.test(symbology))
      fail('unknown_format', `invalid symbology identifier ${JSON.stringify(symbology)}`, start);
    start += 3;
    if (start === end)
      fail('empty_input', `no data after symbology identifier ${symbology}`, start);
    if (GS1_MODE.includes(symbology)) return parseElements(input, start, end, symbology, options);
    const want = GTIN_LENGTH[symbology];
    if (want !== undefined) {
      if (end - start !== want)
        fail(
          'invalid_length',
          `${symbology} data must be ${want} digits, got ${end - start}`,
          start,
          '01',
        );
      return gtin(input, start, end, symbology, options);
    }
    if (!PLAIN_MODE.includes(symbology))
      fail(
        'unknown_symbology',
        `symbology identifier ${symbology} is not one a trace code is scanned from (GS1: ]d2, ]Q3, ]C1, ]e0, ]J1, ]E0, ]E4, ]I1; plain: ]d1, ]Q1, ]C0 …)`,
        start - 3,
      );
  }
  return parsePlain(input, start, end, symbology, options);
}

/**
 * Parses a scanned or typed trace code: GS1 element string (with or without symbology identifier,
 * FNC1 as GS), bracketed GS1 data, GS1 Digital Link URI, EAN/UPC/ITF-14 scans (`]E0`, `]E4`,
 * `]I1`) or a China NMPA 20-digit drug trace code.
 *
 * @throws {TraceCodeError} with a stable `code` and the `position` in `input`.
 */
export function parseTraceCode(input: string, options?: ParseOptions): TraceCode {
  try {
    return parse(input, options);
  } catch (e) {
    // Rethrow with a stack trace pointing at the caller (internal errors carry none).
    if (e instanceof TraceCodeError) throw new TraceCodeError(e.code, e.message, e.position, e.ai);
    throw e;
  }
}

/**
 * Like {@link parseTraceCode} but returns `{ ok, value | error }` instead of throwing. The error
 * carries no stack trace, which keeps failed parses cheap.
 */
export function safeParseTraceCode(input: string, options?: ParseOptions): SafeParseResult {
  try {
    return { ok: true, value: parse(input, options) };
  } catch (error) {
    if (error instanceof TraceCodeError) return { ok: false, error };
    throw error;
  }
}
