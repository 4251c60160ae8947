import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_AIS, aisArb, dateArb, valueArb } from './arbitraries.test-util';
import {
  type AiPair,
  type Gs1ElementCode,
  gs1CheckDigit,
  parseTraceCode,
  safeParseTraceCode,
  TraceCodeError,
  toDigitalLink,
  toElementString,
  toHumanReadable,
} from './index';
import { lookupAi } from './table';

const NO_ASSOC = { checkAssociations: false };
const sorted = (ais: AiPair[]) => [...ais].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const gs1 = (ais: AiPair[]): Gs1ElementCode => ({ format: 'gs1', ais });

/** Realistic pharma pack: GTIN + expiry + lot + serial and optional extras, all associations met. */
const packArb: fc.Arbitrary<AiPair[]> = fc
  .record({
    gtin: valueArb('01'),
    expiry: fc.option(dateArb(false, true), { nil: undefined }),
    prod: fc.option(dateArb(false, true), { nil: undefined }),
    lot: fc.option(valueArb('10'), { nil: undefined }),
    serial: fc.option(valueArb('21'), { nil: undefined }),
    cpv: fc.option(valueArb('22'), { nil: undefined }),
    nhrn: fc.option(
      fc.tuple(
        fc.constantFrom('710', '711', '712', '713', '714', '715', '716', '717'),
        valueArb('710'),
      ),
      { nil: undefined },
    ),
    order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5]),
  })
  .map(({ gtin, expiry, prod, lot, serial, cpv, nhrn, order }) => {
    const rest: (AiPair | undefined)[] = [
      expiry ? ['17', expiry] : undefined,
      prod ? ['11', prod] : undefined,
      lot ? ['10', lot] : undefined,
      serial ? ['21', serial] : undefined,
      cpv ? ['22', cpv] : undefined,
      nhrn ? [nhrn[0], nhrn[1]] : undefined,
    ];
    const ais: AiPair[] = [['01', gtin]];
    for (const i of order) {
      const a = rest[i];
      if (a) ais.push(a);
    }
    for (const a of rest) if (a && !ais.includes(a)) ais.push(a);
    return ais;
  });

describe('round trips (identity of AIs)', () => {
  it('element string, any AIs of the table', () => {
    fc.assert(
      fc.property(aisArb(), fc.boolean(), (ais, symbology) => {
        const s = toElementString(gs1(ais), { symbology });
        // Without a symbology identifier an all-digit 8/12/13/14-digit string with a valid check
        // digit is read as a bare GTIN (documented ambiguity).
        fc.pre(symbology || !/^(\d{8}|\d{12,14})$/.test(s));
        const parsed = parseTraceCode(s, NO_ASSOC);
        expect(parsed.format === 'gs1' && parsed.ais).toEqual(ais);
      }),
      { numRuns: 500 },
    );
  });

  it('bracketed human-readable form, any AIs of the table', () => {
    fc.assert(
      fc.property(aisArb(), (ais) => {
        const parsed = parseTraceCode(toHumanReadable(gs1(ais)), NO_ASSOC);
        expect(parsed.format === 'gs1' && parsed.ais).toEqual(ais);
      }),
      { numRuns: 500 },
    );
  });

  it('Digital Link, GTIN key with qualifiers and query attributes', () => {
    const attrs = ALL_AIS.filter((ai) => lookupAi(ai)?.dlAttr && ai !== '01' && ai !== '10');
    const arb = fc.tuple(
      valueArb('01'),
      aisArb(['22', '10', '21'], 3),
      fc.option(aisArb(attrs, 4), { nil: undefined }),
    );
    fc.assert(
      fc.property(
        arb,
        fc.constantFrom('https://id.gs1.org', 'https://example.com/some/stem/', 'HTTP://a.b'),
        ([gtin, quals, attrs], base) => {
          const ais: AiPair[] = [['01', gtin], ...quals, ...(attrs ?? [])];
          const uri = toDigitalLink(gs1(ais), { base });
          const parsed = parseTraceCode(uri, NO_ASSOC);
          expect(parsed.format).toBe('digital-link');
          expect(sorted(parsed.format === 'digital-link' ? parsed.ais : [])).toEqual(sorted(ais));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('pharma packs through all three writers with associations checked', () => {
    fc.assert(
      fc.property(packArb, (ais) => {
        const code = parseTraceCode(toElementString(gs1(ais), { symbology: ']d2' }));
        expect(code.format === 'gs1' && code.ais).toEqual(ais);
        expect(code.format === 'gs1' && code.symbology).toBe(']d2');
        const hri = parseTraceCode(toHumanReadable(code));
        expect(hri.format === 'gs1' && hri.ais).toEqual(ais);
        const dl = parseTraceCode(toDigitalLink(code));
        expect(sorted(dl.format === 'digital-link' ? dl.ais : [])).toEqual(sorted(ais));
        if (code.format === 'gs1') expect(code.gtin).toBe(ais[0]?.[1]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('robustness: only TraceCodeError is ever thrown', () => {
  const onlyTraceCodeErrors = (input: string) => {
    try {
      parseTraceCode(input);
    } catch (error) {
      if (!(error instanceof TraceCodeError)) throw error;
      expect(error.position).toBeGreaterThanOrEqual(0);
      expect(error.position).toBeLessThanOrEqual(input.length);
    }
    const r = safeParseTraceCode(input);
    expect(typeof r.ok).toBe('boolean');
  };

  it('random strings', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789()%/?&=#:.-_ ]dQCe23\x1dABZaz+~\\',
      '\u00e9',
      '\ud83d\ude00',
      'http://',
      'https://a/',
      '/01/',
      '(01)',
      ']d2',
      ']Q1',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.string({ unit: alphabet, maxLength: 40 }),
        ),
        onlyTraceCodeErrors,
      ),
      { numRuns: 3000 },
    );
  });

  it('random mutations of valid codes', () => {
    const valid = fc.oneof(
      packArb.map((ais) => toElementString(gs1(ais), { symbology: true })),
      packArb.map((ais) => toHumanReadable(gs1(ais))),
      packArb.map((ais) => toDigitalLink(gs1(ais))),
      fc.constant('84123450000012345678'),
    );
    const mutation = fc.tuple(
      fc.nat(),
      fc.constantFrom('insert', 'delete', 'replace'),
      fc.string({ unit: fc.constantFrom(...'0189Aa%\x1d()/?=&#- '), minLength: 1, maxLength: 2 }),
    );
    fc.assert(
      fc.property(valid, fc.array(mutation, { minLength: 1, maxLength: 4 }), (input, mutations) => {
        let s = input;
        for (const [at, kind, text] of mutations) {
          const i = at % (s.length + 1);
          s =
            kind === 'insert'
              ? s.slice(0, i) + text + s.slice(i)
              : kind === 'delete'
                ? s.slice(0, i) + s.slice(i + 1)
                : s.slice(0, i) + text + s.slice(i + text.length);
        }
        onlyTraceCodeErrors(s);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('check digits', () => {
  it('a GTIN built with gs1CheckDigit parses; any other check digit is rejected', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 13, maxLength: 13 }),
        fc.integer({ min: 1, max: 9 }),
        (body, delta) => {
          const cd = gs1CheckDigit(body);
          const ok = parseTraceCode(`01${body}${cd}`, NO_ASSOC);
          expect(ok.format === 'gs1' && ok.gtin).toBe(`${body}${cd}`);
          const r = safeParseTraceCode(`01${body}${(cd + delta) % 10}`, NO_ASSOC);
          expect(r.ok ? '' : r.error.code).toBe('check_digit');
        },
      ),
    );
  });
});
