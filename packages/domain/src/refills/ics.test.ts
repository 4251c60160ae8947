import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type Fill, refillCalendar, refillReminders, refillStatus } from './index';

const STAMP = new Date('2027-02-01T00:00:00Z');
const NAME = { en: 'Amlodipine besylate tablets 5 mg', 'zh-CN': '苯磺酸氨氯地平片 5 mg' };

/** The calendar's content lines, unfolded (RFC 5545 §3.1). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
}

const values = (lines: string[], name: string) =>
  lines.filter((l) => l.startsWith(name)).map((l) => l.slice(l.indexOf(':') + 1));

describe('refillReminders', () => {
  it('reminds once per remaining repeat, then for a renewal, within the supply', () => {
    const reminders = refillReminders({
      fills: [{ date: '2027-02-01', daysSupply: 30 }],
      repeatsAllowed: 2,
    });
    expect(reminders).toEqual([
      { cycle: 0, supply: 1, kind: 'refill_due', date: '2027-02-28', runsOut: '2027-03-03' },
      { cycle: 1, supply: 2, kind: 'refill_due', date: '2027-03-30', runsOut: '2027-04-02' },
      { cycle: 2, supply: 3, kind: 'renewal_needed', date: '2027-04-29', runsOut: '2027-05-02' },
    ]);
  });

  it('is empty with no fill and only the renewal once repeats are used up', () => {
    expect(refillReminders({ fills: [], repeatsAllowed: 3 })).toEqual([]);
    const used: Fill[] = [
      { date: '2027-01-01', daysSupply: 30 },
      { date: '2027-01-29', daysSupply: 30 },
    ];
    expect(refillReminders({ fills: used, repeatsAllowed: 1 })).toEqual([
      { cycle: 0, supply: 2, kind: 'renewal_needed', date: '2027-02-27', runsOut: '2027-03-02' },
    ]);
  });

  it('lands each reminder on the day refillStatus first says due (short supplies: the earliest refill day)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 5 }),
        (daysSupply, repeatsAllowed) => {
          const fills = [{ date: '2027-01-10', daysSupply }];
          const [first] = refillReminders({ fills, repeatsAllowed: Math.max(1, repeatsAllowed) });
          const on = (today: string) =>
            refillStatus({ fills, repeatsAllowed: Math.max(1, repeatsAllowed), today }).status;
          expect(['due', 'overdue']).toContain(on(first!.date));
          expect(['too_soon', 'eligible']).toContain(on(addDays(first!.date, -1)));
        },
      ),
    );
  });
});

describe('refillCalendar', () => {
  const input = {
    prescriptionId: 'rx_test_amlodipine',
    medication: NAME,
    locale: 'en' as const,
    timeZone: 'America/New_York',
    fills: [{ date: '2027-02-01', daysSupply: 30 }],
    repeatsAllowed: 2,
    stamp: STAMP,
  };

  it('has one event per reminder at 09:00 local with TZID, a VALARM the day before and stable UIDs', () => {
    const ics = refillCalendar(input);
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(values(lines, 'DTSTART;TZID=America/New_York')).toEqual([
      '20270228T090000',
      '20270330T090000', // after the 14 March switch to EDT: still 09:00 local
      '20270429T090000',
    ]);
    expect(values(lines, 'UID')).toEqual([
      'rx_test_amlodipine-supply-1@apotheca.example',
      'rx_test_amlodipine-supply-2@apotheca.example',
      'rx_test_amlodipine-supply-3@apotheca.example',
    ]);
    expect(values(lines, 'TRIGGER')).toEqual(['-P1D', '-P1D', '-P1D']);
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(3);
    expect(values(lines, 'SUMMARY').at(-1)).toBe(
      'Book a renewal visit: Amlodipine besylate tablets 5 mg',
    );
    // The zone's real DST change is described, so apps do not read the times as floating.
    expect(lines).toContain('TZID:America/New_York');
    expect(lines).toContain('BEGIN:DAYLIGHT');
    expect(lines).toContain('TZOFFSETTO:-0400');
  });

  it('keeps a UID for the same supply when downloaded again after a refill', () => {
    const before = values(unfold(refillCalendar(input)), 'UID');
    const after = values(
      unfold(
        refillCalendar({
          ...input,
          fills: [...input.fills, { date: '2027-02-27', daysSupply: 30 }],
        }),
      ),
      'UID',
    );
    expect(after).toEqual(before.slice(1));
  });

  it('uses CRLF, folds at 75 octets without splitting a character, and escapes TEXT', () => {
    const ics = refillCalendar({
      ...input,
      locale: 'zh-CN',
      medication: { en: 'x', 'zh-CN': '复方甘草片；含阿片，（长名称测试）'.repeat(3) },
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const physical of ics.split('\r\n')) {
      expect(encoder.encode(physical).length).toBeLessThanOrEqual(75);
      expect(physical).not.toContain('\uFFFD');
    }
    const summary = values(unfold(ics), 'SUMMARY')[0]!;
    expect(summary.startsWith('该续药了：')).toBe(true);
    // Commas and semicolons are escaped even when full-width ones are not.
    expect(
      values(
        unfold(refillCalendar({ ...input, medication: { ...NAME, en: 'A, B; C' } })),
        'SUMMARY',
      )[0],
    ).toBe('Refill due: A\\, B\\; C');
  });

  it('has a single-observance VTIMEZONE for a zone without DST and no events without fills', () => {
    const lines = unfold(refillCalendar({ ...input, timeZone: 'Asia/Shanghai' }));
    expect(lines).toContain('TZOFFSETTO:+0800');
    expect(lines).not.toContain('BEGIN:DAYLIGHT');
    const empty = unfold(refillCalendar({ ...input, fills: [] }));
    expect(empty).not.toContain('BEGIN:VEVENT');
    expect(empty).not.toContain('BEGIN:VTIMEZONE');
  });
});
