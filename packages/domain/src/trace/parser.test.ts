import { describe, expect, it } from 'vitest';
import {
  gs1CheckDigit,
  gtinCheckDigit,
  type ParseOptions,
  parseTraceCode,
  safeParseTraceCode,
  type TraceCode,
  TraceCodeError,
  type TraceCodeErrorCode,
  toDigitalLink,
  toElementString,
  toHumanReadable,
} from './index';
import { knownAis, lookupAi } from './table';

const GS = '\x1d';
const GTIN = '09506000134352';

function ok(input: string, options?: ParseOptions): TraceCode {
  const r = safeParseTraceCode(input, options);
  if (!r.ok)
    throw new Error(
      `expected ${JSON.stringify(input)} to parse: ${r.error.code}: ${r.error.message}`,
    );
  return r.value;
}

function err(input: string, options?: ParseOptions): TraceCodeError {
  const r = safeParseTraceCode(input, options);
  if (r.ok)
    throw new Error(`expected ${JSON.stringify(input)} to fail, got ${JSON.stringify(r.value)}`);
  return r.error;
}

function ais(input: string, options?: ParseOptions): [string, string][] {
  const code = ok(input, options);
  if (code.format === 'china') throw new Error('not GS1');
  return code.ais;
}

/** [input, expected error code, expected position?, options?] */
type ErrorCase = [string, TraceCodeErrorCode, number?, ParseOptions?];

function errorCases(title: string, cases: ErrorCase[]): void {
  describe(title, () => {
    it.each(cases)('%j → %s', (input, code, position, options) => {
      const e = err(input, options);
      expect(e).toBeInstanceOf(TraceCodeError);
      expect(e.code).toBe(code);
      if (position !== undefined) expect(e.position).toBe(position);
      expect(e.message).toMatch(/position \d+/);
    });
  });
}

describe('input forms', () => {
  it('plain element string with GS after variable-length AIs', () => {
    expect(ais(`01${GTIN}10ABC${GS}21S1${GS}17261231`)).toEqual([
      ['01', GTIN],
      ['10', 'ABC'],
      ['21', 'S1'],
      ['17', '261231'],
    ]);
  });

  it.each([']d2', ']Q3', ']C1', ']e0', ']J1'])('GS1 symbology identifier %s', (sym) => {
    const code = ok(`${sym}01${GTIN}17261231`);
    expect(code).toMatchObject({ format: 'gs1', symbology: sym, gtin: GTIN, expiry: '2026-12-31' });
  });

  it('tolerates leading, doubled and trailing GS and a GS after fixed-length AIs', () => {
    expect(ais(`${GS}${GS}01${GTIN}${GS}17261231${GS}10A${GS}${GS}21B${GS}`)).toEqual([
      ['01', GTIN],
      ['17', '261231'],
      ['10', 'A'],
      ['21', 'B'],
    ]);
    expect(ais(`]d2${GS}01${GTIN}10A`)).toEqual([
      ['01', GTIN],
      ['10', 'A'],
    ]);
  });

  it('trims scanner whitespace (CR/LF suffix, spaces)', () => {
    expect(ok(`  ]d201${GTIN}\r\n`)).toMatchObject({ gtin: GTIN, symbology: ']d2' });
  });

  it('bracketed human-readable form, with and without spaces', () => {
    const expected = [
      ['01', GTIN],
      ['17', '261231'],
      ['10', 'ABC'],
    ];
    expect(ais(`(01)${GTIN}(17)261231(10)ABC`)).toEqual(expected);
    expect(ais(`(01) ${GTIN} (17) 261231 (10) ABC`)).toEqual(expected);
    expect(ais(`]C1(01)${GTIN}(17)261231(10)ABC`)).toEqual(expected);
  });

  it('bracketed data may contain brackets that are not AIs, and escaped \\(', () => {
    expect(ais(`(01)${GTIN}(10)A(B)C(21)X\\(12)Y`)).toEqual([
      ['01', GTIN],
      ['10', 'A(B)C'],
      ['21', 'X(12)Y'],
    ]);
  });

  it('EAN-13 / UPC-A (]E0), EAN-8 (]E4) and ITF-14 (]I1) scans become AI (01)', () => {
    expect(ok(']E06901234567892')).toMatchObject({ gtin: '06901234567892', symbology: ']E0' });
    expect(ok(']E412345670')).toMatchObject({ gtin: '00000012345670' });
    expect(ok(`]I1${GTIN}`)).toMatchObject({ gtin: GTIN });
    expect(err(']E06901234567891').code).toBe('check_digit');
    expect(err(']E0690123456789').code).toBe('invalid_length');
  });

  it('Digital Link on any domain, scheme case-insensitive, with stem, query and fragment', () => {
    const code = ok(
      `HtTpS://Example.COM/shop/p/01/${GTIN}/10/L1/21/S1?17=261231&linkType=gs1:pip#frag`,
    );
    expect(code).toMatchObject({
      format: 'digital-link',
      base: 'HtTpS://Example.COM/shop/p',
      gtin: GTIN,
      lot: 'L1',
      serial: 'S1',
      expiry: '2026-12-31',
    });
    expect(ok(`http://localhost:8080/01/${GTIN}`)).toMatchObject({ base: 'http://localhost:8080' });
  });

  it('Digital Link inside a plain QR / Data Matrix (]Q1, ]d1)', () => {
    expect(ok(`]Q1https://id.gs1.org/01/${GTIN}/21/X`)).toMatchObject({
      format: 'digital-link',
      symbology: ']Q1',
      serial: 'X',
    });
    expect(ok(`]d1https://id.gs1.org/01/${GTIN}`)).toMatchObject({
      format: 'digital-link',
      symbology: ']d1',
    });
  });

  it('percent-decoding in path and query; + is literal in the path and a space in the query', () => {
    expect(ais(`https://a.b/01/${GTIN}/10/A%2Fb%25c%2B/21/x+y?240=%41%42`)).toEqual([
      ['01', GTIN],
      ['10', 'A/b%c+'],
      ['21', 'x+y'],
      ['240', 'AB'],
    ]);
    expect(err(`https://a.b/01/${GTIN}?240=A+B`).code).toBe('invalid_character');
  });

  it('China code plain, with space or hyphen, and after a Code 128 identifier', () => {
    const expected = {
      format: 'china',
      code: '84123450000012345678',
      productCode: '8412345',
      serial: '000001234',
      checkCode: '5678',
    };
    expect(ok('84123450000012345678')).toEqual(expected);
    expect(ok('8412345 0000012345678')).toEqual(expected);
    expect(ok('8412345-000001234-5678')).toEqual(expected);
    expect(ok(']C084123450000012345678')).toEqual({ ...expected, symbology: ']C0' });
    expect(err('8412345-0000012345678', { strictChinaSeparators: true }).code).toBe(
      'invalid_character',
    );
  });

  it('bare GTINs only with permitBareGtin', () => {
    expect(err(GTIN).code).toBe('bare_gtin');
    expect(err('6901234567892').code).toBe('bare_gtin');
    expect(ok(GTIN, { permitBareGtin: true })).toMatchObject({ gtin: GTIN });
    expect(ok('6901234567892', { permitBareGtin: true })).toMatchObject({ gtin: '06901234567892' });
    expect(err('09506000134353', { permitBareGtin: true }).code).toBe('check_digit');
  });
});

describe('convenience fields', () => {
  it('maps GTIN, SSCC, lot, serial, dates and NHRN', () => {
    const code = ok(`01${GTIN}1125010115000100172602001021A${GS}21S${GS}710PZN1${GS}716AIC1`);
    expect(code).toMatchObject({
      gtin: GTIN,
      productionDate: '2025-01-01',
      bestBefore: '2000-01-31',
      expiry: '2026-02-28',
      lot: '21A',
      serial: 'S',
      nhrn: { '710': 'PZN1', '716': 'AIC1' },
    });
    expect(ok('00106141412345678908')).toMatchObject({ sscc: '106141412345678908' });
  });

  it('keeps repeated identical AIs in ais and uses the first', () => {
    expect(ais(`01${GTIN}10A${GS}01${GTIN}`)).toHaveLength(3);
  });
});

describe('dates', () => {
  it.each([
    ['240229', '2024-02-29'], // leap year
    ['000229', '2000-02-29'], // 2000 is a leap year
    ['260200', '2026-02-28'], // DD=00 → last day
    ['240200', '2024-02-29'],
    ['261100', '2026-11-30'],
    ['261200', '2026-12-31'],
    ['451231', '2045-12-31'],
  ])('expiry %s → %s', (yymmdd, iso) => {
    expect(ok(`01${GTIN}17${yymmdd}`)).toMatchObject({ expiry: iso });
  });

  it('uses the GS1 sliding century window', () => {
    const yy = (new Date().getFullYear() + 60) % 100;
    const code = ok(`01${GTIN}17${String(yy).padStart(2, '0')}0101`);
    expect(code.format === 'gs1' && code.expiry?.slice(0, 2)).toBe(
      String(Math.floor((new Date().getFullYear() - 40) / 100)),
    );
  });
});

errorCases('dates', [
  [`01${GTIN}17250229`, 'invalid_date', 18], // 2025 is not a leap year
  [`01${GTIN}17260230`, 'invalid_date'],
  [`01${GTIN}17261301`, 'invalid_date'],
  [`01${GTIN}17260000`, 'invalid_date'],
  [`01${GTIN}17260431`, 'invalid_date'],
  [`01${GTIN}7003260100${'2400'}`, 'invalid_date'], // hour 24
  [`01${GTIN}7003260100${'2360'}`, 'invalid_date'], // minute 60
  [`01${GTIN}7006260100`, 'invalid_date'], // (7006) YYMMDD: DD=00 not allowed
  [`(01)${GTIN}(7007)260101260100`, 'invalid_date'],
  [`(8018)123456789012345675(7250)20230229`, 'invalid_date'],
  [`(01)${GTIN}(8008)26010124`, 'invalid_date'],
]);

errorCases('check digits', [
  [`01${GTIN.slice(0, 13)}3`, 'check_digit', 2],
  ['00106141412345678909', 'check_digit', 2],
  [`(414)9506000134351`, 'check_digit'],
  [`(8003)0950600013435012`, 'check_digit'],
  [`(8006)${GTIN.slice(0, 13)}10102`, 'check_digit'],
  [`(8018)123456789012345670`, 'check_digit'],
  ['(8013)1987654Ad4X4bL5ttr2310cXK', 'check_digit'], // GMN check character pair
  ['(415)5412345000013(8020)1(8007)GB82WEST12345698765433', 'check_digit'], // IBAN
]);

describe('check digit helpers', () => {
  it('computes GS1 mod-10 check digits', () => {
    expect(gtinCheckDigit('0950600013435')).toBe(2);
    expect(gtinCheckDigit('10614141234567890')).toBe(8);
    expect(gtinCheckDigit('690123456789')).toBe(2);
    expect(gtinCheckDigit('1234567')).toBe(0);
    expect(gs1CheckDigit('12345678901')).toBe(2);
    expect(() => gtinCheckDigit('123')).toThrow(TraceCodeError);
    expect(() => gs1CheckDigit('12a')).toThrow(/non-digit/);
  });

  it('accepts the GMN test vectors of the check character pair', () => {
    for (const gmn of [
      '1987654Ad4X4bL5ttr2310c2K',
      '12345678901234567890123NT',
      '12345_ABCDEFGHIJKLMCP',
      '7907665Bm8v2AB',
      '0881063PhHvY89',
    ]) {
      expect(ais(`(8013)${gmn}`)).toEqual([['8013', gmn]]);
    }
  });
});

errorCases('lengths and separators', [
  [`01${GTIN}10ABCDEFGHIJ21SERIAL1234567`, 'missing_separator', 28],
  [`01${GTIN}422276101ABC`, 'missing_separator'],
  [`01${GTIN}10ABCDEFGHIJ0123456789X`, 'invalid_length', 18],
  [`(01)${GTIN}(17)2612`, 'invalid_length'],
  [`01${GTIN}1726${GS}10A`, 'invalid_length'],
  [`01${GTIN.slice(0, 10)}`, 'invalid_length'],
  [`01${GTIN}10`, 'invalid_length'],
  [`(01)${GTIN}(10)`, 'invalid_length'],
  [`(01)${GTIN}(10)(21)X`, 'invalid_length'],
  [`(01)${GTIN}(21)${'X'.repeat(21)}`, 'invalid_length'],
  [`(01)${GTIN}(7007)2601012601`, 'invalid_length'], // optional N6 cut short
  [']d2', 'empty_input', 3],
  ['   ', 'empty_input'],
  ['', 'empty_input'],
]);

errorCases('characters', [
  [`01${GTIN.slice(0, 12)}A2`, 'invalid_character', 14],
  [`01${GTIN}10AB#12${GS}21S1`, 'invalid_character', 20],
  [`01${GTIN}10AB CD`, 'invalid_character'],
  [`01${GTIN}10ÄB`, 'invalid_character'],
  [`01${GTIN}21A^B`, 'invalid_character'],
  [`(8010)0950a`, 'invalid_character'], // CSET 39 has no lower case
  [`(00)106141412345678908(8030)AB$C`, 'invalid_character'], // CSET 64
  [`(00)106141412345678908(8030)ABCD=`, 'invalid_character'], // bad base64 padding
  ['8385793000087976666X', 'invalid_character', 19],
  ['ABC', 'unknown_format'],
]);

errorCases('content rules', [
  ['(8003)112345678901281234567890123456', 'invalid_value'],
  [`(01)${GTIN}(422)999`, 'invalid_value'], // not an ISO 3166 country
  [`(01)${GTIN}(422)276(426)276`, 'excluded_ai_pair'],
  [`(8020)1(415)5412345000013(3911)000123`, 'invalid_value'], // 000 is no ISO 4217 currency
  [`(00)106141412345678908(4307)XX`, 'invalid_value'],
  [`(00)106141412345678908(4321)2`, 'invalid_value'],
  [`(01)${GTIN}(8001)00001234501211`, 'invalid_value'], // width must be non-zero
  [`(8006)${GTIN}0302`, 'invalid_value'], // piece 3 of 2
  [`(8004)ABCD123`, 'invalid_value'], // GIAI must start with a company prefix
  [`(8010)12345(8011)0123`, 'invalid_value'], // no zero prefix
  [`(01)${GTIN}(8014)123456780000000433`, 'invalid_value'], // MUDI needs a non-digit
  [`(8017)123456789012345675(7241)50`, 'invalid_value'], // AIDC media type
  [`(8018)123456789012345675(7259)A(7258)0/1`, 'invalid_value'],
  [`(00)106141412345678908(4309)1800000001000000000`, 'invalid_length'],
  [`(00)106141412345678908(4309)18000000013600000000`, 'invalid_value'],
  [`(00)106141412345678908(4300)A%2`, 'invalid_value'],
]);

errorCases('AIs', [
  [`01${GTIN}2399`, 'unknown_ai', 16],
  [`01${GTIN}05`, 'unknown_ai', 16],
  [`(01)${GTIN}(89)X`, 'unknown_ai'],
  [`(1)1`, 'unknown_ai'],
  [`01${GTIN}10A${GS}10B`, 'duplicate_ai'],
  [`https://id.gs1.org/01/${GTIN}/10/A?10=A`, 'duplicate_ai'],
  [`https://id.gs1.org/01/${GTIN}?99=A&99=A`, 'duplicate_ai'],
]);

errorCases('AI requirements and exclusions', [
  ['21ABC123', 'missing_required_ai', 0],
  ['10ABC', 'missing_required_ai'],
  ['17261231', 'missing_required_ai'],
  [`(00)106141412345678908(250)X`, 'missing_required_ai'], // (250) needs (01)+(21)
  [`(01)${GTIN}(250)X`, 'missing_required_ai'],
  [`(01)${GTIN}(02)${GTIN}(37)1`, 'excluded_ai_pair'],
  [`(01)${GTIN}(21)A(235)B`, 'excluded_ai_pair'],
  [`(01)${GTIN}(3100)000100(3101)000100`, 'excluded_ai_pair'],
  [`(00)106141412345678908(7250)20000101`, 'missing_required_ai'],
]);

describe('AI requirements can be switched off for partial reads', () => {
  it('accepts (21) alone with checkAssociations: false', () => {
    expect(ok('21ABC123', { checkAssociations: false })).toMatchObject({ serial: 'ABC123' });
  });
  it('accepts the documented combinations', () => {
    expect(ais(`(01)${GTIN}(21)A(250)B`)).toHaveLength(3);
    expect(ais(`(00)106141412345678908(02)${GTIN}(37)12`)).toHaveLength(3);
    expect(ais('(8006)095060001343520102(21)X')).toHaveLength(2);
  });
});

errorCases('Digital Link structure', [
  [`ftp://id.gs1.org/01/${GTIN}`, 'invalid_uri', 0],
  [`https://id.gs1.org/01//${GTIN}`, 'invalid_uri', 22],
  [`https://id.gs1.org/01/${GTIN}/`, 'invalid_uri'],
  [`https:///01/${GTIN}`, 'invalid_uri'],
  [`https://id.gs1.org/01/${GTIN}/10/A%2`, 'invalid_uri'],
  [`https://id.gs1.org/01/${GTIN}/10/A%00`, 'invalid_uri'],
  [`https://id.gs1.org/01/${GTIN}/10/A B`, 'invalid_uri'],
  [`https://id.gs1.org/01/${GTIN}/10/Ä`, 'invalid_uri'],
  [`id.gs1.org/01/${GTIN}`, 'invalid_uri'],
  ['https://id.gs1.org/', 'missing_primary_key'],
  ['https://id.gs1.org/product/123', 'missing_primary_key'],
  [`https://id.gs1.org/10/ABC`, 'missing_primary_key'],
  [`https://id.gs1.org/01/9506000134352`, 'invalid_length', 22],
  [`https://id.gs1.org/01/${GTIN}/89/X`, 'unknown_ai'],
  [`https://id.gs1.org/01/${GTIN}?89=X`, 'unknown_ai'],
  [`https://id.gs1.org/01/${GTIN}?17=`, 'invalid_length'],
]);

errorCases('Digital Link qualifier order and query attributes', [
  [`https://id.gs1.org/01/${GTIN}/21/S/10/L`, 'dl_qualifier_order', 37],
  [`https://id.gs1.org/01/${GTIN}/10/L/22/C`, 'dl_qualifier_order'],
  [`https://id.gs1.org/01/${GTIN}/17/261231`, 'dl_qualifier_order'],
  [`https://id.gs1.org/01/${GTIN}/10/L/235/T`, 'dl_qualifier_order'],
  [`https://id.gs1.org/00/106141412345678908/10/L`, 'dl_qualifier_order'],
  [`https://id.gs1.org/01/${GTIN}?10=ABC123`, 'dl_query_attribute'],
  [`https://id.gs1.org/01/${GTIN}/10/L?21=S`, 'dl_query_attribute'],
  [`https://id.gs1.org/01/${GTIN}?22=C`, 'dl_query_attribute'],
  [`https://id.gs1.org/01/${GTIN}?8200=https%3A%2F%2Fx`, 'dl_query_attribute'],
  [`https://id.gs1.org/414/9506000134352?254=A`, 'dl_query_attribute'],
]);

describe('Digital Link accepted forms', () => {
  it.each([
    `https://id.gs1.org/01/${GTIN}/22/C/10/L/21/S`,
    `https://id.gs1.org/01/${GTIN}/22/C/21/S`,
    `https://id.gs1.org/01/${GTIN}/235/TPX1?10=L`,
    'https://id.gs1.org/00/106141412345678908?02=09506000134352&37=25&10=ABC',
    'https://id.gs1.org/414/9506000134352/254/32a%2Fb',
    'https://id.gs1.org/8004/9506000134567?01=09506000134352',
    'https://id.gs1.org/8018/123456789012345675/8019/123',
    'https://a/00/faux/00/106141412345678908',
    `https://id.gs1.org/01/${GTIN}?`,
    `https://id.gs1.org/01/${GTIN}?&&17=261231&&singleton&x=1`,
  ])('%s', (uri) => {
    expect(ok(uri).format).toBe('digital-link');
  });

  it('pads a zero-suppressed GTIN only when permitted', () => {
    expect(
      ok('https://id.gs1.org/01/9506000134352', { permitZeroSuppressedGtin: true }),
    ).toMatchObject({ gtin: GTIN });
    expect(ok('https://id.gs1.org/01/12345670', { permitZeroSuppressedGtin: true })).toMatchObject({
      gtin: '00000012345670',
    });
  });
});

errorCases('China codes', [
  ['8412345000001234567', 'china_length'],
  ['841234500000123456789', 'china_length'],
  ['86904879000126', 'china_length'],
  ['8412345-00000123456', 'china_length'],
  ['7412345-0000012345678', 'china_prefix'],
  ['74123450000012345670', 'china_prefix'],
  ['8412345--0000012345678x', 'invalid_character'],
]);

describe('writers', () => {
  const code = ok(`]d201${GTIN}17261231422276${GS}10AB(C)${GS}21S1${GS}711CIP`);

  it('toElementString writes GS only after variable-length AIs that are not last', () => {
    expect(toElementString(code)).toBe(`01${GTIN}17261231422276${GS}10AB(C)${GS}21S1${GS}711CIP`);
    expect(toElementString(code, { gs: '|', symbology: true })).toBe(
      `]d201${GTIN}17261231422276|10AB(C)|21S1|711CIP`,
    );
    expect(toElementString(code, { symbology: ']Q3' }).startsWith(']Q301')).toBe(true);
  });

  it('toHumanReadable brackets AIs and escapes data brackets', () => {
    expect(toHumanReadable(code)).toBe(`(01)${GTIN}(17)261231(422)276(10)AB\\(C)(21)S1(711)CIP`);
  });

  it('toDigitalLink puts key and qualifiers in the path, in order, the rest in the query', () => {
    expect(toDigitalLink(code)).toBe(
      `https://id.gs1.org/01/${GTIN}/10/AB%28C%29/21/S1?17=261231&422=276&711=CIP`,
    );
    expect(toDigitalLink(code, { base: 'https://brand.example/dl/' })).toMatch(
      /^https:\/\/brand\.example\/dl\/01\//,
    );
    const tpx = ok(`(01)${GTIN}(10)L(235)T`);
    expect(toDigitalLink(tpx)).toBe(`https://id.gs1.org/01/${GTIN}/235/T?10=L`);
  });

  it('round-trips the China code as its digits and refuses a Digital Link', () => {
    const china = ok('8412345 0000012345678');
    expect(toElementString(china)).toBe('84123450000012345678');
    expect(toHumanReadable(china)).toBe('84123450000012345678');
    expect(() => toDigitalLink(china)).toThrow(
      expect.objectContaining({ code: 'not_representable' }),
    );
  });

  it('refuses a Digital Link without a primary key', () => {
    const noKey = ok('21ABC', { checkAssociations: false });
    expect(() => toDigitalLink(noKey)).toThrow(
      expect.objectContaining({ code: 'missing_primary_key' }),
    );
  });
});

describe('errors', () => {
  it('is a TraceCodeError with code, position, ai and a precise message', () => {
    const e = err(`01${GTIN.slice(0, 13)}9`);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('TraceCodeError');
    expect(e.code).toBe('check_digit');
    expect(e.ai).toBe('01');
    expect(e.position).toBe(2);
    expect(e.message).toBe('GTIN check digit should be 2, got 9 (AI 01 at position 2)');
  });

  it('parseTraceCode throws, safeParseTraceCode returns', () => {
    expect(() => parseTraceCode('x')).toThrow(TraceCodeError);
    expect(safeParseTraceCode('x')).toMatchObject({ ok: false, error: { code: 'unknown_format' } });
    expect(safeParseTraceCode(`01${GTIN}`)).toMatchObject({ ok: true, value: { gtin: GTIN } });
  });

  it('rejects non-string input with a TraceCodeError', () => {
    expect(() => parseTraceCode(42 as unknown as string)).toThrow(TraceCodeError);
  });
});

describe('AI table', () => {
  const all = knownAis();

  it('covers every AI of the current GS1 General Specifications incl. 2024–2026 additions', () => {
    expect(all).toHaveLength(541);
    for (const ai of [
      '00',
      '01',
      '02',
      '03',
      '10',
      '17',
      '21',
      '22',
      '235',
      '253',
      '255',
      '3103',
      '3955',
      '427',
      '4333',
      '7011',
      '7041',
      '710',
      '717',
      '7239',
      '7259',
      '8001',
      '8014',
      '8030',
      '8043',
      '8200',
      '99',
    ]) {
      expect(lookupAi(ai), ai).toBeDefined();
    }
    for (const ai of [
      '04',
      '14',
      '18',
      '19',
      '23',
      '236',
      '3106',
      '3996',
      '718',
      '7260',
      '8015',
      '8099',
      '8201',
    ]) {
      expect(lookupAi(ai), ai).toBeUndefined();
    }
  });

  it('predefined lengths (no separator) are exactly those of GS1 General Specifications Figure 7.8.5-2', () => {
    const predefined = /^(0[0-3]|1[1-7]|20|3[1-6]\d\d|41\d)$/;
    for (const ai of all) expect(lookupAi(ai)?.fixed, ai).toBe(predefined.test(ai));
  });

  it('has the lengths, character sets and rules of the key healthcare AIs', () => {
    expect(lookupAi('01')).toMatchObject({
      min: 14,
      max: 14,
      fixed: true,
      components: [{ cset: 0, lint: 'c' }],
    });
    expect(lookupAi('17')).toMatchObject({
      min: 6,
      max: 6,
      fixed: true,
      components: [{ lint: 'd' }],
    });
    expect(lookupAi('10')).toMatchObject({
      min: 1,
      max: 20,
      fixed: false,
      components: [{ cset: 1 }],
    });
    expect(lookupAi('21')).toMatchObject({ min: 1, max: 20, fixed: false, dlAttr: false });
    expect(lookupAi('422')).toMatchObject({ min: 3, max: 3, fixed: false });
    expect(lookupAi('8003')).toMatchObject({ min: 14, max: 30 });
    expect(lookupAi('8010')?.components[0]?.cset).toBe(2);
    expect(lookupAi('8030')?.components[0]?.cset).toBe(3);
    expect(lookupAi('714')?.req).toEqual([[[{ prefix: '01', length: 2 }]]]);
    expect(lookupAi('01')?.dlKeys).toEqual([['22', '10', '21'], ['235']]);
  });
});

errorCases('symbology identifiers', [
  [']', 'unknown_format'],
  [']5x01', 'unknown_format'],
  [']X9???', 'unknown_symbology', 0],
  [']E4123', 'invalid_length'],
  // Identifiers that exist but that no trace code is scanned from, or unknown modifiers.
  [`]A0https://id.gs1.org/01/${GTIN}`, 'unknown_symbology', 0],
  [`]d9010950600013435221X`, 'unknown_symbology', 0],
  [`  ]z0${'8'.repeat(20)}`, 'unknown_symbology', 2],
  // GS1 data in a symbol without FNC1 in first position: Data Matrix ECC 200, QR model 2, Code 128.
  [`]d1010950600013435221SER1`, 'symbology_not_gs1', 3],
  [`]Q1(01)09506000134352(21)SER1`, 'symbology_not_gs1', 3],
  [`]C0\x1d0109506000134352`, 'symbology_not_gs1', 3],
  // … even when the element string would be wrong too: the carrier is the first problem.
  [`]d10109506000134353`, 'symbology_not_gs1', 3],
]);

describe('symbology identifiers that carry plain text', () => {
  it('still read a Digital Link URI or a China code after ]d1, ]Q1, ]C0', () => {
    expect(ok(`]Q2https://id.gs1.org/01/${GTIN}`)).toMatchObject({ format: 'digital-link' });
    expect(ok(']d184123450000012345678')).toMatchObject({ format: 'china', symbology: ']d1' });
    expect(err(']d18412345000001234567').code).toBe('china_length');
  });

  it('read the same element string after the GS1 identifier of each symbology', () => {
    for (const sym of [']d2', ']Q3', ']C1'])
      expect(ok(`${sym}010950600013435221SER1`)).toMatchObject({ gtin: '09506000134352' });
  });
});
