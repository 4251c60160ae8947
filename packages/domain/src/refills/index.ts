/**
 * Refill and adherence maths, shared by the sandbox and the refill-reminder widget: next due
 * date (last fill + days' supply), earliest refill (75% elapsed), carry-over of early refills,
 * remaining repeats, and PDC with the PQA rules. Pure, dependency-free, on `YYYY-MM-DD` days.
 */
export { addDays, daysBetween } from './dates';
export {
  type RefillCalendarInput,
  type RefillReminder,
  refillCalendar,
  refillReminders,
} from './ics';
export { ADHERENT_PDC, type PdcResult, proportionOfDaysCovered } from './pdc';
export {
  type CoveredFill,
  coverage,
  DUE_WINDOW_DAYS,
  daysRemaining,
  EARLIEST_REFILL_FRACTION,
  earliestRefillDate,
  type Fill,
  nextDueDate,
  type RefillState,
  type RefillStatusInput,
  type RefillStatusResult,
  refillDueDate,
  refillStatus,
  remainingRepeats,
} from './refills';
