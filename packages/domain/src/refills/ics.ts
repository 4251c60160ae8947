/**
 * The refill-reminder calendar of one prescription (RFC 5545): an event at the reminder time in
 * the patient's zone on each day a refill becomes due, then one to book a renewal visit before
 * the last supply runs out. Bounded by what was prescribed: no event after the last repeat's
 * supply ends. Future cycles assume each refill is taken when due (supply carried over).
 */
import {
  icsDocument,
  icsLocalStamp,
  icsText,
  icsTimeZone,
  icsUtcStamp,
  zonedTimeToUtc,
} from '../time/index';
import { coverage, type Fill, refillDueDate, remainingRepeats } from './refills';

/** Input of {@link refillCalendar}. */
export interface RefillCalendarInput {
  /** Names the events' UIDs (`<id>-supply-<n>@apotheca.example`), stable across downloads. */
  prescriptionId: string;
  /** The medicine's name in both locales. */
  medication: { en: string; 'zh-CN': string };
  /** The patient's language for SUMMARY and alarm texts. */
  locale: 'en' | 'zh-CN';
  /** The patient's IANA zone: every time carries it as TZID. */
  timeZone: string;
  fills: readonly Fill[];
  repeatsAllowed: number;
  /** `DTSTAMP`: when the feed was generated. */
  stamp: Date;
  /** Local reminder time, `HH:MM` (default `09:00`). */
  time?: string;
}

/** One reminder of the calendar (also what {@link refillCalendar} renders). */
export interface RefillReminder {
  /** 0 for the current supply, 1 for the next, … */
  cycle: number;
  /** Which fill's supply this is (1 = the first fill), stable as the days go by. */
  supply: number;
  kind: 'refill_due' | 'renewal_needed';
  /** The patient's local day of the reminder. */
  date: string;
  /** The day that supply runs out. */
  runsOut: string;
}

const TEXTS = {
  en: {
    refill: (name: string) => `Refill due: ${name}`,
    refillBody: (name: string, runsOut: string) =>
      `Your supply of ${name} runs out on ${runsOut}. Request your refill today.`,
    renewal: (name: string) => `Book a renewal visit: ${name}`,
    renewalBody: (name: string, runsOut: string) =>
      `No repeats of ${name} are left and the supply runs out on ${runsOut}. Book a follow-up visit for a new prescription.`,
    alarm: (name: string) => `Tomorrow: ${name}`,
  },
  'zh-CN': {
    refill: (name: string) => `该续药了：${name}`,
    refillBody: (name: string, runsOut: string) =>
      `您的${name}将于${runsOut}用完，请今天申请续药。`,
    renewal: (name: string) => `请预约复诊续方：${name}`,
    renewalBody: (name: string, runsOut: string) =>
      `${name}已没有可续配次数，药量将于${runsOut}用完。请预约复诊开具新处方。`,
    alarm: (name: string) => `明天：${name}`,
  },
} as const;

/**
 * The reminders of a prescription from its current supply on: one `refill_due` per remaining
 * repeat, then one `renewal_needed` before the last supply runs out. Empty with no fill.
 *
 * @example
 * ```ts
 * refillReminders({ fills: [{ date: '2026-01-01', daysSupply: 30 }], repeatsAllowed: 1 });
 * // [{ cycle: 0, supply: 1, kind: 'refill_due', date: '2026-01-28', runsOut: '2026-01-31' },
 * //  { cycle: 1, supply: 2, kind: 'renewal_needed', date: '2026-02-27', runsOut: '2026-03-02' }]
 * ```
 */
export function refillReminders(input: {
  fills: readonly Fill[];
  repeatsAllowed: number;
}): RefillReminder[] {
  const placed = coverage(input.fills);
  const last = placed[placed.length - 1];
  if (!last) return [];
  const repeats = remainingRepeats(input.repeatsAllowed, placed.length);
  const out: RefillReminder[] = [];
  let fills: Fill[] = [...input.fills];
  for (let cycle = 0; cycle <= repeats; cycle++) {
    const supply = coverage(fills);
    const current = supply[supply.length - 1]!;
    const date = refillDueDate(fills)!;
    out.push({
      cycle,
      supply: placed.length + cycle,
      kind: cycle < repeats ? 'refill_due' : 'renewal_needed',
      date,
      runsOut: current.end,
    });
    // The next fill, taken the day it is due, carries over to start when this supply ends.
    fills = [...fills, { date, daysSupply: last.daysSupply }];
  }
  return out;
}

/**
 * The `.ics` text (CRLF, folded, escaped) of a prescription's refill reminders: VTIMEZONE of the
 * patient's zone, one VEVENT per {@link refillReminders} entry at `time` local with a VALARM the
 * day before.
 *
 * @example
 * ```ts
 * const ics = refillCalendar({
 *   prescriptionId: 'rx_123', medication: { en: 'Amlodipine 5 mg', 'zh-CN': '氨氯地平片 5 mg' },
 *   locale: 'en', timeZone: 'Europe/Berlin', fills: [{ date: '2027-03-01', daysSupply: 30 }],
 *   repeatsAllowed: 2, stamp: new Date(),
 * });
 * ```
 */
export function refillCalendar(input: RefillCalendarInput): string {
  const texts = TEXTS[input.locale];
  const name = input.medication[input.locale];
  const time = input.time ?? '09:00';
  const reminders = refillReminders(input);
  const starts = reminders.map((r) => {
    const at = zonedTimeToUtc({ date: r.date, time }, input.timeZone);
    if (!at) throw new RangeError(`No ${time} on ${r.date} in ${input.timeZone}`);
    return at;
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Apotheca//Refill reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(texts.refill(name))}`,
  ];
  if (starts.length > 0) {
    lines.push(...icsTimeZone(input.timeZone, starts[0]!, starts[starts.length - 1]));
  }
  reminders.forEach((r, i) => {
    const start = starts[i]!;
    const renewal = r.kind === 'renewal_needed';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${input.prescriptionId}-supply-${r.supply}@apotheca.example`,
      `DTSTAMP:${icsUtcStamp(input.stamp)}`,
      `DTSTART;TZID=${input.timeZone}:${icsLocalStamp(start, input.timeZone)}`,
      'DURATION:PT15M',
      `SUMMARY:${icsText(renewal ? texts.renewal(name) : texts.refill(name))}`,
      `DESCRIPTION:${icsText(renewal ? texts.renewalBody(name, r.runsOut) : texts.refillBody(name, r.runsOut))}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${icsText(texts.alarm(renewal ? texts.renewal(name) : texts.refill(name)))}`,
      'TRIGGER:-P1D',
      'END:VALARM',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return icsDocument(lines);
}
