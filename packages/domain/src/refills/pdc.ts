/**
 * Proportion of days covered (PDC) with the Pharmacy Quality Alliance's rules: the period starts
 * at the first day a fill covers in it (the index date), an early fill's days are shifted to after
 * the previous supply, supply beyond the period end is truncated, and a patient is adherent at
 * ≥ 80%.
 */
import { dayNumber, fromDayNumber } from './dates';
import { coverage, type Fill } from './refills';

/** The PDC threshold for "adherent". */
export const ADHERENT_PDC = 0.8;

/** Result of {@link proportionOfDaysCovered}. */
export interface PdcResult {
  /** The first day counted, or `null` when no fill covers any day of the period. */
  periodStart: string | null;
  daysInPeriod: number;
  daysCovered: number;
  /** `daysCovered / daysInPeriod`, or `null` when nothing covers the period. */
  pdc: number | null;
  adherent: boolean | null;
}

/**
 * PDC of one medication's fills over `from`–`to` (both inclusive, `YYYY-MM-DD`). Fills before
 * `from` count for the days they still cover.
 *
 * @example
 * ```ts
 * proportionOfDaysCovered(
 *   [{ date: '2026-01-01', daysSupply: 30 }, { date: '2026-02-10', daysSupply: 30 }],
 *   { from: '2026-01-01', to: '2026-03-01' },
 * ); // { daysInPeriod: 60, daysCovered: 50, pdc: 0.8333…, adherent: true, … }
 * ```
 */
export function proportionOfDaysCovered(
  fills: readonly Fill[],
  period: { from: string; to: string },
): PdcResult {
  const from = dayNumber(period.from);
  const to = dayNumber(period.to);
  if (to < from)
    throw new RangeError(`Period ends (${period.to}) before it starts (${period.from})`);
  let start: number | null = null;
  let covered = 0;
  for (const fill of coverage(fills)) {
    // Coverage intervals never overlap (early fills are shifted), so their clipped lengths add up.
    const a = Math.max(dayNumber(fill.start), from);
    const b = Math.min(dayNumber(fill.end) - 1, to);
    if (b < a) continue;
    if (start === null) start = a;
    covered += b - a + 1;
  }
  if (start === null) {
    return { periodStart: null, daysInPeriod: 0, daysCovered: 0, pdc: null, adherent: null };
  }
  const days = to - start + 1;
  const pdc = covered / days;
  return {
    periodStart: fromDayNumber(start),
    daysInPeriod: days,
    daysCovered: covered,
    pdc,
    adherent: pdc >= ADHERENT_PDC,
  };
}
