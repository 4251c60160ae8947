import { describe, expect, it } from 'vitest';
import { checkCode } from './parse-code';

describe('checkCode (offline, before any request)', () => {
  it('accepts a bracketed GS1 code typed with stray spaces, and reports its ids', () => {
    expect(checkCode('  (01)06901234100013(17)290228(10)2603101(21)OK0001 ', 'manual')).toEqual({
      ok: true,
      raw: '(01)06901234100013(17)290228(10)2603101(21)OK0001',
      format: 'gs1',
      gtin: '06901234100013',
      serial: 'OK0001',
    });
  });

  it('keeps a scan byte for byte (symbology identifier and GS separators)', () => {
    const scan = ']d2' + '0106901234100013' + '17290228' + '102603101' + '\u001d' + '21OK0001';
    expect(checkCode(scan, 'camera')).toMatchObject({ ok: true, raw: scan, format: 'gs1' });
  });

  it('reads China 20-digit codes and Digital Link URIs', () => {
    expect(checkCode('83100170000123456078', 'manual')).toMatchObject({
      ok: true,
      format: 'china',
      chinaCode: '83100170000123456078',
    });
    expect(
      checkCode('https://id.gs1.org/01/06901234100013/10/2603101/21/OK0001', 'upload'),
    ).toMatchObject({ ok: true, format: 'digital-link', gtin: '06901234100013' });
  });

  it('rejects a mistyped check digit with the code and the position of the GTIN', () => {
    const result = checkCode('(01)06901234100014(17)290228(10)2603101(21)OK0001', 'manual');
    expect(result).toMatchObject({ ok: false, code: 'check_digit' });
    expect(result.ok === false && result.position).toBeGreaterThan(0);
  });
});
