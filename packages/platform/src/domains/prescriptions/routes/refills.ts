/**
 * Refills and adherence: the refill status of a prescription at the patient's time, refill
 * requests (idempotent, one fill per window, new delivery addresses held for essential chronic
 * medicines), and PDC per medication.
 */

import type { Schema } from '@apotheca/api-spec';
import {
  addDays,
  type Fill,
  proportionOfDaysCovered,
  refillCalendar,
  refillStatus,
} from '@apotheca/domain/refills';
import { ApiError } from '../../../http/problem';
import { isoSeconds } from '../../../util/clock';
import { patientTime, requirePatient } from '../../patients/api';
import { defineRoute, type Route } from '../../types';
import { chinaDate } from '../china-time';
import { fillsOf, renewalReason, requirePrescription, viewAt } from '../prescription-view';
import { REMINDER_TIME, savePrescription } from '../reminders';
import {
  PRESCRIPTIONS,
  type PrescriptionDoc,
  REFILL_REQUESTS,
  type RefillRequestDoc,
} from '../store';
import { addressHistory, rememberAddress } from './delivery';
import { assertFillable, withFill } from './prescriptions';

/** Days in the default adherence period. */
const DEFAULT_PERIOD_DAYS = 180;

function notDispensed(rx: PrescriptionDoc): ApiError {
  return new ApiError(
    409,
    'prescription_not_dispensed',
    `The prescription has not been dispensed yet (${rx.status}): there is nothing to refill.`,
    { extra: { prescription_status: rx.status } },
  );
}

/** The refill status of a prescription on the patient's `today`. */
export function statusOf(rx: PrescriptionDoc, today: string): Schema<'RefillStatus'> {
  const reason = renewalReason(rx);
  if (rx.fills.length === 0) {
    if (reason) {
      // Never filled and no longer fillable: renewal, with no dates to report but today.
      return {
        object: 'refill_status',
        prescription_id: rx.id,
        status: 'renewal_needed',
        as_of: today,
        last_fill_date: today,
        next_due_date: today,
        earliest_refill_date: today,
        days_remaining: 0,
        repeats_remaining: 0,
        renewal_reason: reason,
      };
    }
    throw notDispensed(rx);
  }
  const s = refillStatus({
    fills: fillsOf(rx),
    repeatsAllowed: rx.repeats_allowed,
    today,
    blocked: reason !== undefined,
  });
  return {
    object: 'refill_status',
    prescription_id: rx.id,
    status: s.status,
    as_of: today,
    last_fill_date: s.lastFillDate,
    next_due_date: s.nextDueDate,
    earliest_refill_date: s.earliestRefillDate,
    days_remaining: s.daysRemaining,
    repeats_remaining: reason ? 0 : s.repeatsRemaining,
    ...(s.status === 'renewal_needed' ? { renewal_reason: reason ?? 'repeats_exhausted' } : {}),
  };
}

/** The refill and adherence routes. */
export function refillRoutes(): Route[] {
  const status = defineRoute({
    operationId: 'getPrescriptionRefillStatus',
    handle({ tx, auth, params, now }) {
      const { rx, at } = requirePrescription(tx, auth, params.id, now);
      return { status: 200, body: statusOf(rx, chinaDate(at)) };
    },
  });

  const calendar = defineRoute({
    operationId: 'getPrescriptionRefillCalendar',
    handle({ tx, auth, params, now }) {
      const { rx, at } = requirePrescription(tx, auth, params.id, now);
      if (rx.fills.length === 0 && renewalReason(rx) === undefined) throw notDispensed(rx);
      const patient = requirePatient(tx, auth, rx.patient_id);
      const body = refillCalendar({
        prescriptionId: rx.id,
        medication: rx.medication.name,
        locale: patient.preferred_locale,
        timeZone: patient.time_zone,
        // A prescription that can no longer be refilled has nothing to remind about.
        fills: renewalReason(rx) === undefined ? fillsOf(rx) : [],
        repeatsAllowed: rx.repeats_allowed,
        stamp: at,
        time: REMINDER_TIME,
      });
      return { status: 200, headers: { 'Content-Type': 'text/calendar; charset=utf-8' }, body };
    },
  });

  const createRefill = defineRoute({
    operationId: 'createRefillRequest',
    handle({ tx, auth, body, now, newId, emit }) {
      const { rx, at } = requirePrescription(tx, auth, body.prescription_id, now);
      const today = chinaDate(at);
      if (rx.fills.length === 0 && renewalReason(rx) === undefined) throw notDispensed(rx);
      // Same rules as at the counter: too soon → earliest date, nothing left → renewal.
      assertFillable(rx, today);
      const request: RefillRequestDoc = {
        id: newId('rr'),
        object: 'refill_request',
        prescription_id: rx.id,
        patient_id: rx.patient_id,
        status: 'accepted',
        delivery_address: body.delivery_address,
        created_at: isoSeconds(at),
      };
      const chronicEssential = rx.medication.essential && rx.extended_supply !== undefined;
      const history = addressHistory(tx, rx.patient_id, body.delivery_address);
      if (chronicEssential && history.any && !history.known && body.confirm_new_address !== true) {
        const held: RefillRequestDoc = { ...request, status: 'address_change_review' };
        tx.collection<RefillRequestDoc>(REFILL_REQUESTS).put(held);
        emit('refill_request.created', held);
        return { status: 201, body: held };
      }
      const fill: Schema<'PrescriptionFill'> = {
        dispensed_on: today,
        days_supply: rx.days_supply,
        quantity: rx.quantity,
        via: 'refill_request',
        refill_request_id: request.id,
      };
      const filled = withFill(rx, fill, at);
      savePrescription(tx, filled);
      rememberAddress(tx, rx.patient_id, body.delivery_address, at);
      const accepted: RefillRequestDoc = {
        ...request,
        fill,
        next_due_date: refillStatus({
          fills: fillsOf(filled),
          repeatsAllowed: filled.repeats_allowed,
          today,
        }).nextDueDate,
      };
      tx.collection<RefillRequestDoc>(REFILL_REQUESTS).put(accepted);
      emit('refill_request.created', accepted);
      return { status: 201, body: accepted };
    },
  });

  const adherence = defineRoute({
    operationId: 'getPatientAdherence',
    handle({ tx, auth, params, query, now }) {
      requirePatient(tx, auth, params.id);
      const at = patientTime(tx, params.id, now);
      const to = query.to ?? chinaDate(at);
      const from = query.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
      if (to < from) {
        throw new ApiError(400, 'invalid_period', '`to` is before `from`.', {
          errors: [
            {
              path: '/query/to',
              code: 'invalid_period',
              message: `must not be before from (${from})`,
            },
          ],
        });
      }
      const byMedication = new Map<string, { rx: PrescriptionDoc[]; fills: Fill[] }>();
      const all = tx
        .collection<PrescriptionDoc>(PRESCRIPTIONS)
        .list({
          limit: 1000,
          order: 'asc',
          filter: (d) => d.patient_id === params.id && d.fills.length > 0,
        })
        .data.map((d) => viewAt(d, at));
      for (const rx of all) {
        const entry = byMedication.get(rx.medication.id) ?? { rx: [], fills: [] };
        entry.rx.push(rx);
        entry.fills.push(...fillsOf(rx));
        byMedication.set(rx.medication.id, entry);
      }
      const medications = [...byMedication.values()].map(({ rx, fills }) => {
        const r = proportionOfDaysCovered(fills, { from, to });
        return {
          medication_id: rx[0]!.medication.id,
          name: rx[0]!.medication.name,
          prescription_ids: rx.map((p) => p.id),
          ...(r.periodStart !== null ? { period_start: r.periodStart } : {}),
          days_covered: r.daysCovered,
          days_in_period: r.daysInPeriod,
          pdc: r.pdc === null ? null : Math.round(r.pdc * 10_000) / 10_000,
          adherent: r.adherent,
        };
      });
      return {
        status: 200,
        body: { object: 'adherence' as const, patient_id: params.id, from, to, medications },
      };
    },
  });

  return [status, calendar, createRefill, adherence];
}
