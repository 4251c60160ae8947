import { describe, expect, it } from 'vitest';
import { chinaQuery, queryFromFields, queryFromParsed, toParsedTraceCode } from './code';

describe('queryFromParsed', () => {
  it('keeps the GS1 members verification reads', () => {
    const query = queryFromParsed({
      format: 'digital-link',
      gtin: '06901234100013',
      lot: '2603101',
      serial: 'OK0001',
      expiry: '2029-02-28',
    });
    expect(query).toEqual({
      kind: 'gs1',
      format: 'digital-link',
      gtin: '06901234100013',
      lot: '2603101',
      serial: 'OK0001',
      expiry: '2029-02-28',
    });
    expect(toParsedTraceCode(query)).toEqual({
      format: 'digital-link',
      gtin: '06901234100013',
      lot: '2603101',
      serial: 'OK0001',
      expiry: '2029-02-28',
    });
  });

  it('maps a China code to china_code, product_code and serial', () => {
    const query = queryFromParsed({
      format: 'china',
      code: '83201390000001014821',
      productCode: '8320139',
      serial: '000000101',
      checkCode: '4821',
    });
    expect(toParsedTraceCode(query)).toEqual({
      format: 'china',
      china_code: '83201390000001014821',
      product_code: '8320139',
      serial: '000000101',
    });
  });
});

describe('queryFromFields', () => {
  it('accepts GS1 fields with a valid GTIN', () => {
    const result = queryFromFields({ gtin: '06901234100013', serial: 'OK0001' }, '/body/fields');
    expect(result).toEqual({
      ok: true,
      query: { kind: 'gs1', format: 'fields', gtin: '06901234100013', serial: 'OK0001' },
    });
  });

  it('rejects a GTIN with a wrong check digit, naming the right one', () => {
    const result = queryFromFields({ gtin: '06901234100014' }, '/body/fields');
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: '/body/fields/gtin',
          code: 'check_digit',
          message: expect.stringContaining('should be 3'),
        },
      ],
    });
  });

  it('splits a China code', () => {
    const result = queryFromFields({ china_code: '83201390000001014821' }, '/body/fields');
    expect(result).toEqual({ ok: true, query: chinaQuery('83201390000001014821', 'fields') });
    expect(result.ok && result.query).toMatchObject({
      productCode: '8320139',
      serial: '000000101',
      checkCode: '4821',
    });
  });

  it('refuses fields with no primary key or with both kinds of code', () => {
    const none = queryFromFields({ lot: 'A' }, '/body/fields');
    expect(none.ok || none.errors[0]?.code).toBe('missing_primary_key');
    const both = queryFromFields(
      { china_code: '83201390000001014821', gtin: '06901234100013' },
      '/body/fields',
    );
    expect(both.ok || both.errors[0]).toMatchObject({
      path: '/body/fields/china_code',
      code: 'conflicting_fields',
    });
  });
});
