import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  chromiumLaunchOptions,
  createClock,
  digitalLink,
  elementString,
  LOCATIONS,
  PATIENTS,
  SECRET_KEY,
  TRACE_CODES,
  traceCode,
} from './index';

describe('seeded ids and codes (derived from the platform seed)', () => {
  it('names the documented credentials, patients and locations', () => {
    expect(SECRET_KEY).toBe('sk_test_apotheca_sandbox');
    expect(PATIENTS.wangfang).toBe('pat_test_wangfang');
    expect(PATIENTS.davidchen).toBe('pat_test_davidchen');
    expect(LOCATIONS).toEqual({
      beijing: 'loc_bjxicheng01',
      shanghai: 'loc_shjingan01',
      guangzhou: 'loc_gztianhe01',
    });
  });

  it('builds the codes docs/testing/trace-codes.md documents', () => {
    expect(TRACE_CODES.genuine).toBe('(01)06901234100013(17)290228(10)2603101(21)OK0001');
    expect(TRACE_CODES.dispensable(19)).toBe('(01)06905782200119(17)290430(10)2605203(21)DSP0019');
    expect(TRACE_CODES.cloneDigitalLink).toBe(
      'https://id.gs1.org/01/06905782200119/10/2605203/21/CLONE01?17=290430',
    );
    expect(TRACE_CODES.genuineChina).toBe('83100170000123456078');
    expect(TRACE_CODES.lotMismatch).toBe('(01)06901234100013(17)290228(10)2603102(21)LOTMM01');
    expect(elementString('pack_metgap01')).toBe(
      ']d2010690123410002017280331102604118\u001d21GAP01',
    );
    expect(digitalLink('pack_insexc01')).toBe(
      'https://id.gs1.org/01/06927415001016/10/2607A15/21/COLDEXC01?17=281231',
    );
  });

  it('refuses packs and numbers the seed does not have', () => {
    expect(() => traceCode('pack_nothing')).toThrow(/no pack pack_nothing/);
    expect(() => TRACE_CODES.dispensable(21)).toThrow(/dispensable pack 21/);
  });
});

describe('chromiumLaunchOptions', () => {
  it('uses Debian chromium with the quiet flags, or CHROME_PATH', () => {
    expect(chromiumLaunchOptions({})).toEqual({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    expect(chromiumLaunchOptions({ CHROME_PATH: '/opt/chrome' }).executablePath).toBe(
      '/opt/chrome',
    );
    expect(chromiumLaunchOptions({}).args).not.toBe(CHROMIUM_ARGS);
  });
});

describe('createClock', () => {
  it('moves only when told to', () => {
    const clock = createClock('2026-11-23T12:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-11-23T12:00:00.000Z');
    clock.advance(1000);
    expect(clock.now().toISOString()).toBe('2026-11-23T12:00:01.000Z');
    clock.set('2029-02-10T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2029-02-10T00:00:00.000Z');
  });
});
