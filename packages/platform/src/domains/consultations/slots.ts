/**
 * A doctor's slots from the weekly schedule, in the doctor's own zone: each local date's blocks
 * are resolved to instants with the zone rules of that date (never "+24 h"), so a London
 * 09:00 stays 09:00 London on both sides of a daylight-saving switch.
 */
import {
  addDays,
  formatInZone,
  isoWeekday,
  localDate,
  zonedTimeToUtc,
} from '@apotheca/domain/time';
import type { Doctor } from './doctors';

const MINUTE = 60_000;

/** One slot as an instant range. */
export interface SlotInstant {
  startMs: number;
  endMs: number;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Every scheduled slot starting in [fromMs, toMs), in time order (booked or not). */
export function scheduledSlots(doctor: Doctor, fromMs: number, toMs: number): SlotInstant[] {
  const zone = doctor.time_zone;
  const out: SlotInstant[] = [];
  // Local dates from the day before `from` to the day after `to` cover every zone offset.
  let date = addDays(localDate(new Date(fromMs), zone), -1);
  const last = addDays(localDate(new Date(toMs), zone), 1);
  while (date <= last) {
    const weekday = isoWeekday(date);
    for (const block of doctor.weekly_schedule) {
      if (block.weekday !== weekday) continue;
      const end = minutesOf(block.end);
      for (
        let m = minutesOf(block.start);
        m + doctor.slot_minutes <= end;
        m += doctor.slot_minutes
      ) {
        const start = zonedTimeToUtc({ date, time: hhmm(m) }, zone);
        // A local time skipped by a spring-forward switch has no slot.
        if (!start) continue;
        const startMs = start.getTime();
        if (startMs >= fromMs && startMs < toMs) {
          out.push({ startMs, endMs: startMs + doctor.slot_minutes * MINUTE });
        }
      }
    }
    date = addDays(date, 1);
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}

/** Whether `startMs` is the start of one of the doctor's scheduled slots. */
export function isScheduledSlot(doctor: Doctor, startMs: number): boolean {
  return scheduledSlots(doctor, startMs, startMs + 1).some((s) => s.startMs === startMs);
}

/** Slots grouped by local date in `timeZone`, with offset times, as the contract's `SlotDay`s. */
export function groupByLocalDate(
  slots: readonly SlotInstant[],
  timeZone: string,
  doctorZone: string,
): Array<{
  date: string;
  slots: Array<{ start: string; end: string; doctor_local_start: string }>;
}> {
  const days: Array<{
    date: string;
    slots: Array<{ start: string; end: string; doctor_local_start: string }>;
  }> = [];
  for (const slot of slots) {
    const start = new Date(slot.startMs);
    const date = localDate(start, timeZone);
    let day = days[days.length - 1];
    if (!day || day.date !== date) {
      day = { date, slots: [] };
      days.push(day);
    }
    day.slots.push({
      start: formatInZone(start, timeZone),
      end: formatInZone(new Date(slot.endMs), timeZone),
      doctor_local_start: formatInZone(start, doctorZone),
    });
  }
  return days;
}
