import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  coverage,
  daysBetween,
  daysRemaining,
  earliestRefillDate,
  type Fill,
  nextDueDate,
  proportionOfDaysCovered,
  refillStatus,
  remainingRepeats,
} from './index';

const JAN1 = '2026-01-01';

/** Fills on days 0..400 after 2026-01-01 with 1..90 days' supply. */
const fillArb: fc.Arbitrary<Fill> = fc
  .record({ offset: fc.integer({ min: 0, max: 400 }), daysSupply: fc.integer({ min: 1, max: 90 }) })
  .map(({ offset, daysSupply }) => ({ date: addDays(JAN1, offset), daysSupply }));
const fillsArb = fc.array(fillArb, { minLength: 1, maxLength: 12 });

describe('dates', () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
  });
  it('refuses impossible dates', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-1-1', 1)).toThrow(RangeError);
  });
});

describe('next due date, earliest refill, carry-over', () => {
  it('is last fill + days supply, eligible from 75% elapsed', () => {
    const fills = [{ date: JAN1, daysSupply: 30 }];
    expect(nextDueDate(fills)).toBe('2026-01-31');
    expect(earliestRefillDate(fills)).toBe('2026-01-24'); // ceil(22.5) = 23 days after
    expect(earliestRefillDate([{ date: JAN1, daysSupply: 7 }])).toBe('2026-01-07'); // ceil(5.25)=6
  });

  it('carries an early refill over: the new supply starts when the old one ends', () => {
    const fills = [
      { date: JAN1, daysSupply: 30 },
      { date: '2026-01-24', daysSupply: 30 },
    ];
    const [, second] = coverage(fills);
    expect(second).toMatchObject({ start: '2026-01-31', end: '2026-03-02' });
    expect(nextDueDate(fills)).toBe('2026-03-02');
    // 75% of the second fill counted from its shifted start: no stockpiling by refilling early.
    expect(earliestRefillDate(fills)).toBe('2026-02-23');
    expect(daysRemaining(fills, '2026-01-24')).toBe(37);
  });

  it('a late refill starts on its own date (a gap is not carried)', () => {
    const fills = [
      { date: JAN1, daysSupply: 10 },
      { date: '2026-01-20', daysSupply: 10 },
    ];
    expect(nextDueDate(fills)).toBe('2026-01-30');
  });

  it('counts repeats after the first fill', () => {
    expect(remainingRepeats(2, 0)).toBe(2);
    expect(remainingRepeats(2, 1)).toBe(2);
    expect(remainingRepeats(2, 2)).toBe(1);
    expect(remainingRepeats(2, 5)).toBe(0);
  });

  it('refuses a fill without whole days of supply', () => {
    expect(() => nextDueDate([{ date: JAN1, daysSupply: 0 }])).toThrow(RangeError);
    expect(() => nextDueDate([{ date: JAN1, daysSupply: 2.5 }])).toThrow(RangeError);
  });

  it('property: due = shifted start + supply, never before last fill + supply', () => {
    fc.assert(
      fc.property(fillsArb, (fills) => {
        const due = nextDueDate(fills)!;
        const latest = fills.reduce((a, f) => (f.date > a.date ? f : a));
        expect(daysBetween(addDays(latest.date, latest.daysSupply), due)).toBeGreaterThanOrEqual(0);
        // Carry-over never loses supply: coverage runs at least the sum of supplies from the first fill.
        const first = fills.reduce((a, f) => (f.date < a.date ? f : a));
        const total = fills.reduce((n, f) => n + f.daysSupply, 0);
        expect(daysBetween(first.date, due)).toBeGreaterThanOrEqual(total);
      }),
    );
  });

  it('property: earliest refill is after the last fill and not after the due date', () => {
    fc.assert(
      fc.property(fillsArb, (fills) => {
        const placed = coverage(fills);
        const last = placed[placed.length - 1]!;
        const earliest = earliestRefillDate(fills)!;
        expect(daysBetween(last.start, earliest)).toBeGreaterThanOrEqual(
          Math.ceil(last.daysSupply * 0.75),
        );
        expect(daysBetween(earliest, nextDueDate(fills)!)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('property: coverage intervals never overlap and the input order does not matter', () => {
    fc.assert(
      fc.property(fillsArb, (fills) => {
        const placed = coverage(fills);
        for (let i = 1; i < placed.length; i++) {
          expect(daysBetween(placed[i - 1]!.end, placed[i]!.start)).toBeGreaterThanOrEqual(0);
        }
        expect(nextDueDate([...fills].reverse())).toBe(nextDueDate(fills));
      }),
    );
  });
});

describe('refill status', () => {
  const fills = [{ date: JAN1, daysSupply: 30 }];
  const at = (today: string, repeatsAllowed = 2) =>
    refillStatus({ fills, repeatsAllowed, today }).status;

  it('walks too_soon → eligible → due → overdue', () => {
    expect(at('2026-01-23')).toBe('too_soon');
    expect(at('2026-01-24')).toBe('eligible');
    expect(at('2026-01-27')).toBe('eligible');
    expect(at('2026-01-28')).toBe('due'); // 3 days left
    expect(at('2026-01-31')).toBe('due'); // runs out today
    expect(at('2026-02-01')).toBe('overdue');
  });

  it('needs renewal without repeats, or when blocked', () => {
    expect(at('2026-01-10', 0)).toBe('renewal_needed');
    expect(
      refillStatus({ fills, repeatsAllowed: 3, today: '2026-01-25', blocked: true }).status,
    ).toBe('renewal_needed');
  });

  it('reports the dates', () => {
    expect(refillStatus({ fills, repeatsAllowed: 1, today: '2026-01-20' })).toEqual({
      status: 'too_soon',
      lastFillDate: JAN1,
      nextDueDate: '2026-01-31',
      earliestRefillDate: '2026-01-24',
      daysRemaining: 11,
      repeatsRemaining: 1,
    });
  });

  it('property: too_soon exactly before the earliest date (with repeats left)', () => {
    fc.assert(
      fc.property(fillsArb, fc.integer({ min: -10, max: 500 }), (fs, offset) => {
        const today = addDays(JAN1, offset);
        const result = refillStatus({ fills: fs, repeatsAllowed: 20, today });
        expect(result.status === 'too_soon').toBe(
          daysBetween(today, result.earliestRefillDate) > 0,
        );
      }),
    );
  });
});

describe('PDC (PQA rules)', () => {
  it('counts covered days from the first fill to the period end', () => {
    const r = proportionOfDaysCovered(
      [
        { date: JAN1, daysSupply: 30 },
        { date: '2026-02-10', daysSupply: 30 },
      ],
      { from: JAN1, to: '2026-03-01' },
    );
    expect(r).toMatchObject({
      periodStart: JAN1,
      daysInPeriod: 60,
      daysCovered: 50,
      adherent: true,
    });
    expect(r.pdc).toBeCloseTo(50 / 60);
  });

  it('shifts early fills forward and truncates at the period end', () => {
    // Two 30-day fills a day apart: 60 days of cover from Jan 1, truncated at Jan 31 → 31/31.
    const r = proportionOfDaysCovered(
      [
        { date: JAN1, daysSupply: 30 },
        { date: '2026-01-02', daysSupply: 30 },
      ],
      { from: JAN1, to: '2026-01-31' },
    );
    expect(r).toMatchObject({ daysInPeriod: 31, daysCovered: 31, pdc: 1, adherent: true });
  });

  it('starts at the index fill, counts carried-in supply, and is not adherent below 80%', () => {
    const r = proportionOfDaysCovered(
      [
        { date: '2025-12-20', daysSupply: 30 }, // covers Jan 1–18 of the period
        { date: '2026-03-01', daysSupply: 30 },
      ],
      { from: JAN1, to: '2026-03-31' },
    );
    expect(r.periodStart).toBe(JAN1);
    expect(r.daysCovered).toBe(18 + 30);
    expect(r.daysInPeriod).toBe(90);
    expect(r.adherent).toBe(false);
  });

  it('is null without a fill covering the period, and refuses a reversed period', () => {
    expect(proportionOfDaysCovered([], { from: JAN1, to: '2026-01-31' }).pdc).toBeNull();
    expect(
      proportionOfDaysCovered([{ date: '2026-03-01', daysSupply: 5 }], {
        from: JAN1,
        to: '2026-01-31',
      }).adherent,
    ).toBeNull();
    expect(() => proportionOfDaysCovered([], { from: '2026-02-01', to: JAN1 })).toThrow(RangeError);
  });

  it('property: 0 ≤ PDC ≤ 1, covered ≤ supplied, adherent iff ≥ 0.8', () => {
    fc.assert(
      fc.property(
        fillsArb,
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        (fs, a, len) => {
          const period = { from: addDays(JAN1, a), to: addDays(JAN1, a + len) };
          const r = proportionOfDaysCovered(fs, period);
          if (r.pdc === null) return;
          expect(r.pdc).toBeGreaterThanOrEqual(0);
          expect(r.pdc).toBeLessThanOrEqual(1);
          expect(r.daysCovered).toBeLessThanOrEqual(fs.reduce((n, f) => n + f.daysSupply, 0));
          expect(r.adherent).toBe(r.pdc >= 0.8);
        },
      ),
    );
  });

  it('property: one more fill never lowers the days covered', () => {
    fc.assert(
      fc.property(fillsArb, fillArb, (fs, extra) => {
        const period = { from: JAN1, to: '2026-12-31' };
        const before = proportionOfDaysCovered(fs, period).daysCovered;
        expect(proportionOfDaysCovered([...fs, extra], period).daysCovered).toBeGreaterThanOrEqual(
          before,
        );
      }),
    );
  });
});
