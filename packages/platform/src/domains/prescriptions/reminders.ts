/**
 * `refill.due` reminders: one per supply, at 09:00 in the patient's zone on the day the refill
 * becomes `due` (`refillDueDate`), sent by the domain's due work. Every write of a prescription
 * goes through {@link savePrescription}, which keeps a small reminder index in the same
 * transaction, so due work reads pending reminders rather than every prescription, and a
 * reminder once sent for a supply is never sent again (a retried or repeated tick finds it sent).
 */
import type { Schema } from '@apotheca/api-spec';
import { nextDueDate, refillDueDate, refillStatus } from '@apotheca/domain/refills';
import { localDate, zonedTimeToUtc } from '@apotheca/domain/time';
import type { Transaction } from '../../storage/types';
import { isoSeconds } from '../../util/clock';
import { patientTime, patientTimeZone } from '../patients/api';
import type { EventType } from '../types';
import { fillsOf, renewalReason, viewAt } from './prescription-view';
import { PRESCRIPTIONS, type PrescriptionDoc } from './store';

/** The local time of a `refill.due` reminder. */
export const REMINDER_TIME = '09:00';

/** Reminders not sent yet: one document per prescription with a supply to remind about. */
export const REFILL_REMINDERS = 'prescriptions_refill_reminders';
/** Reminders sent, by `<prescription id>:<supply>`, so none is sent twice for one supply. */
export const REFILL_REMINDERS_SENT = 'prescriptions_refill_reminders_sent';

interface ReminderDoc {
  /** The prescription id. */
  id: string;
  patient_id: string;
  /** Which fill's supply (1-based): a new fill is a new cycle. */
  supply: number;
  /** The patient's local day of the reminder. */
  remind_on: string;
  runs_out_on: string;
}

interface SentDoc {
  /** `<prescription id>:<supply>`. */
  id: string;
  at: string;
}

const sentKey = (rxId: string, supply: number) => `${rxId}:${supply}`;

/** Prescriptions that will never be refilled: nothing to remind about. */
const ENDED: ReadonlySet<PrescriptionDoc['status']> = new Set(['cancelled', 'rejected', 'expired']);

/** Stores a prescription and its pending reminder (the only way prescriptions are written). */
export function savePrescription(tx: Transaction, rx: PrescriptionDoc): PrescriptionDoc {
  tx.collection<PrescriptionDoc>(PRESCRIPTIONS).put(rx);
  const reminders = tx.collection<ReminderDoc>(REFILL_REMINDERS);
  const fills = fillsOf(rx);
  const remindOn = ENDED.has(rx.status) ? null : refillDueDate(fills);
  if (remindOn === null) {
    reminders.delete(rx.id);
    return rx;
  }
  if (tx.collection<SentDoc>(REFILL_REMINDERS_SENT).get(sentKey(rx.id, fills.length))) {
    reminders.delete(rx.id);
    return rx;
  }
  reminders.put({
    id: rx.id,
    patient_id: rx.patient_id,
    supply: fills.length,
    remind_on: remindOn,
    runs_out_on: nextDueDate(fills)!,
  });
  return rx;
}

type Emit = (type: EventType, object: object) => unknown;

/**
 * Sends every `refill.due` whose moment (09:00 local on `remind_on`, at the patient's time) has
 * come, once: the reminder is marked sent in the same transaction as the event. A reminder found
 * late (the host was down, a test clock jumped) is still sent while the supply lasts, with the
 * status of that moment; one found after the supply ran out is dropped (news of no use).
 */
export function sendDueRefillReminders(tx: Transaction, now: Date, emit: Emit): number {
  const reminders = tx.collection<ReminderDoc>(REFILL_REMINDERS);
  const due: { reminder: ReminderDoc; at: Date; zone: string }[] = [];
  let cursor: string | null = null;
  do {
    const page = reminders.list({ limit: 1000, cursor, order: 'asc' });
    for (const reminder of page.data) {
      const zone = patientTimeZone(tx, reminder.patient_id);
      const at = patientTime(tx, reminder.patient_id, now);
      const moment = zonedTimeToUtc({ date: reminder.remind_on, time: REMINDER_TIME }, zone);
      if (moment !== null && at.getTime() >= moment.getTime()) due.push({ reminder, at, zone });
    }
    cursor = page.nextCursor;
  } while (cursor !== null);
  for (const { reminder: r, at, zone } of due) {
    reminders.delete(r.id);
    tx.collection<SentDoc>(REFILL_REMINDERS_SENT).put({
      id: sentKey(r.id, r.supply),
      at: isoSeconds(at),
    });
    const stored = tx.collection<PrescriptionDoc>(PRESCRIPTIONS).get(r.id);
    if (!stored) continue;
    const rx = viewAt(stored, at);
    const today = localDate(at, zone);
    if (today > r.runs_out_on) continue;
    const state = refillStatus({
      fills: fillsOf(rx),
      repeatsAllowed: rx.repeats_allowed,
      today: today < r.remind_on ? r.remind_on : today,
      blocked: renewalReason(rx) !== undefined,
    }).status;
    // Only a supply that is running out is reminded about (never `too_soon` or `eligible`).
    if (state !== 'due' && state !== 'overdue' && state !== 'renewal_needed') continue;
    const payload: Schema<'RefillDue'> = {
      object: 'refill_due',
      prescription_id: rx.id,
      patient_id: rx.patient_id,
      status: state,
      due_date: r.remind_on,
      runs_out_on: r.runs_out_on,
      supply: r.supply,
    };
    emit('refill.due', payload);
  }
  return due.length;
}
