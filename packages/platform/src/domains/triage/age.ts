/** A patient's age for triage from the record's birth date, on the patient's calendar date. */
import type { Age } from '@apotheca/domain/triage';

/**
 * Whole months (under two years, where months matter: a febrile infant under 3 months) or whole
 * years between `birthDate` (`YYYY-MM-DD`) and `now`'s UTC date. Negative for a future birth date.
 *
 * @example
 * ```ts
 * ageOn('2026-09-10', new Date('2026-11-23T12:00:00Z')); // { value: 2, unit: 'month' }
 * ```
 */
export function ageOn(birthDate: string, now: Date): Age {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  if (now.getUTCDate() < d) months -= 1;
  return months < 24
    ? { value: months, unit: 'month' }
    : { value: Math.floor(months / 12), unit: 'year' };
}
