/**
 * E-prescriptions: drafts checked against China's online rules, doctor-only signing with the
 * safety checks, the sandbox's pharmacist review, cancellation, and dispensing after the
 * real-name check.
 */
import type { Schema } from '@apotheca/api-spec';
import { validateResidentId } from '@apotheca/domain/identity';
import { refillStatus, remainingRepeats } from '@apotheca/domain/refills';
import { listPage } from '../../../http/pagination';
import { ApiError } from '../../../http/problem';
import type { Transaction } from '../../../storage/types';
import { isoSeconds } from '../../../util/clock';
import { patientTime, requirePatient } from '../../patients/api';
import { defineRoute, type Route } from '../../types';
import { chinaDate, endOfChinaDay } from '../china-time';
import type { MedicationKnowledge } from '../knowledge';
import type { PrescriberDirectory } from '../prescribers';
import { fillsOf, renewalReason, requirePrescription, viewAt } from '../prescription-view';
import { savePrescription } from '../reminders';
import { checkOnlineRules } from '../rules';
import { PRESCRIPTIONS, type PrescriptionDoc, SAFETY_CHECKS, type SafetyCheckDoc } from '../store';
import { rememberAddress } from './delivery';
import { mergeRecord } from './safety-checks';

const FINAL: ReadonlySet<PrescriptionDoc['status']> = new Set([
  'completed',
  'cancelled',
  'expired',
  'rejected',
]);

/** Prescriptions whose medicine the patient is (or is about to be) taking. */
const ACTIVE: ReadonlySet<PrescriptionDoc['status']> = new Set([
  'pharmacist_review',
  'approved',
  'dispensed',
]);

function conflict(code: string, detail: string, rx: PrescriptionDoc): ApiError {
  return new ApiError(409, code, detail, { extra: { prescription_status: rx.status } });
}

/** The medications of the patient's other active prescriptions, for the checks at signing. */
function currentMedications(tx: Transaction, rx: PrescriptionDoc, at: Date) {
  const ids = new Set<string>();
  tx.collection<PrescriptionDoc>(PRESCRIPTIONS)
    .list({
      limit: 1000,
      filter: (d) => d.patient_id === rx.patient_id && d.id !== rx.id,
    })
    .data.map((d) => viewAt(d, at))
    .filter((d) => ACTIVE.has(d.status))
    .forEach((d) => {
      ids.add(d.medication.id);
    });
  return [...ids].map((medication_id) => ({ medication_id }));
}

/** Throws unless a fill may be dispensed now (first fill within validity, or a due repeat). */
export function assertFillable(rx: PrescriptionDoc, today: string): void {
  const reason = renewalReason(rx);
  if (reason === 'prescription_expired' && rx.fills.length === 0) {
    throw conflict(
      'prescription_expired',
      `The prescription's validity ended (${rx.valid_until}) before it was dispensed; a new one is needed.`,
      rx,
    );
  }
  if (reason) {
    throw new ApiError(
      409,
      'renewal_needed',
      'This prescription can no longer be filled; book a follow-up visit to renew it.',
      {
        extra: { renewal_reason: reason, prescription_status: rx.status },
      },
    );
  }
  if (rx.status === 'completed') {
    throw new ApiError(
      409,
      'renewal_needed',
      'Every fill of this prescription has been dispensed; book a follow-up visit to renew it.',
      {
        extra: { renewal_reason: 'repeats_exhausted', prescription_status: rx.status },
      },
    );
  }
  if (rx.status !== 'approved' && rx.status !== 'dispensed') {
    throw conflict(
      'prescription_not_dispensable',
      `A ${rx.status} prescription cannot be dispensed; it must be approved by a pharmacist first.`,
      rx,
    );
  }
  if (rx.fills.length === 0) return;
  const status = refillStatus({ fills: fillsOf(rx), repeatsAllowed: rx.repeats_allowed, today });
  if (status.status === 'renewal_needed') {
    throw new ApiError(
      409,
      'renewal_needed',
      'No repeats remain; book a follow-up visit to renew it.',
      {
        extra: { renewal_reason: 'repeats_exhausted', prescription_status: rx.status },
      },
    );
  }
  if (status.status === 'too_soon') {
    throw new ApiError(
      409,
      'refill_too_soon',
      `Too soon to refill: possible from ${status.earliestRefillDate}.`,
      {
        extra: { earliest_refill_date: status.earliestRefillDate, prescription_status: rx.status },
      },
    );
  }
}

/** The prescription with one more fill (and `completed` when it was the last one). */
export function withFill(
  rx: PrescriptionDoc,
  fill: Schema<'PrescriptionFill'>,
  at: Date,
): PrescriptionDoc {
  const fills = [...rx.fills, fill];
  const repeats = remainingRepeats(rx.repeats_allowed, fills.length);
  const last = fills.length >= rx.repeats_allowed + 1;
  return {
    ...rx,
    fills,
    repeats_remaining: repeats,
    status: last ? 'completed' : 'dispensed',
    updated_at: isoSeconds(at),
  };
}

/** The e-prescription routes over the catalogue, checks and prescriber directory. */
export function prescriptionRoutes(
  knowledge: MedicationKnowledge,
  prescribers: PrescriberDirectory,
): Route[] {
  const create = defineRoute({
    operationId: 'createPrescription',
    handle({ tx, auth, body, now, newId }) {
      requirePatient(tx, auth, body.patient_id);
      const medication = knowledge.get(body.medication_id);
      if (!medication) {
        throw new ApiError(
          422,
          'unknown_medication',
          `No catalogue entry '${body.medication_id}'.`,
          {
            errors: [
              {
                path: '/body/medication_id',
                code: 'unknown_medication',
                message: 'not in the catalogue',
              },
            ],
          },
        );
      }
      checkOnlineRules(body, medication);
      const at = isoSeconds(patientTime(tx, body.patient_id, now));
      const repeats = body.repeats_allowed ?? 0;
      const rx: PrescriptionDoc = {
        id: newId('rx'),
        object: 'prescription',
        status: 'draft',
        patient_id: body.patient_id,
        medication: { id: medication.id, name: medication.name, essential: medication.essential },
        dosage_instructions: body.dosage_instructions,
        quantity: body.quantity,
        days_supply: body.days_supply,
        repeats_allowed: repeats,
        repeats_remaining: repeats,
        validity_days: body.validity_days ?? 1,
        visit_type: body.visit_type,
        ...(body.consultation_id !== undefined ? { consultation_id: body.consultation_id } : {}),
        ...(body.prior_diagnosis !== undefined ? { prior_diagnosis: body.prior_diagnosis } : {}),
        ...(body.extended_supply !== undefined ? { extended_supply: body.extended_supply } : {}),
        fills: [],
        created_at: at,
        updated_at: at,
      };
      return { status: 201, body: savePrescription(tx, rx) };
    },
  });

  const list = defineRoute({
    operationId: 'listPrescriptions',
    handle({ tx, auth, query, now }) {
      if (query.patient_id !== undefined) requirePatient(tx, auth, query.patient_id);
      const patientId = query.patient_id ?? auth.patientId ?? undefined;
      const at = (d: PrescriptionDoc) => patientTime(tx, d.patient_id, now);
      const page = listPage(tx.collection<PrescriptionDoc>(PRESCRIPTIONS), query, (d) => {
        if (patientId !== undefined && d.patient_id !== patientId) return false;
        return query.status === undefined || viewAt(d, at(d)).status === query.status;
      });
      return { status: 200, body: { ...page, data: page.data.map((d) => viewAt(d, at(d))) } };
    },
  });

  const get = defineRoute({
    operationId: 'getPrescription',
    handle({ tx, auth, params, now }) {
      return { status: 200, body: requirePrescription(tx, auth, params.id, now).rx };
    },
  });

  const sign = defineRoute({
    operationId: 'signPrescription',
    handle({ tx, auth, params, body, now, newId, emit }) {
      // Only a doctor's own key signs: the engine already refused widget sessions and OAuth.
      const doctor =
        auth.kind === 'secret_key' ? prescribers.byCredential(auth.credentialId) : undefined;
      if (!doctor) {
        throw new ApiError(
          403,
          'prescriber_credential_required',
          "Only a doctor's credential can sign a prescription (this secret key is not a prescriber's).",
        );
      }
      const { rx, at } = requirePrescription(tx, auth, params.id, now);
      if (rx.status !== 'draft') {
        throw conflict(
          'prescription_not_draft',
          `Only a draft can be signed; this one is ${rx.status}.`,
          rx,
        );
      }
      const record = requirePatient(tx, auth, rx.patient_id);
      const { input } = mergeRecord(
        [{ medication_id: rx.medication.id }],
        { current_medications: currentMedications(tx, rx, at) },
        record,
        at,
      );
      const result = knowledge.check(input);
      const check: SafetyCheckDoc = {
        id: newId('sc'),
        object: 'safety_check',
        outcome: result.outcome,
        alerts: result.alerts,
        resolved: result.resolved,
        unresolved: result.unresolved,
        notices: result.notices,
        patient_id: rx.patient_id,
        created_at: isoSeconds(at),
      };
      const summary = { id: check.id, outcome: check.outcome, alerts: check.alerts };
      if (result.outcome === 'blocked') {
        throw new ApiError(
          422,
          'safety_check_blocked',
          'A contraindicated alert blocks this prescription.',
          {
            extra: { safety_check: summary },
          },
        );
      }
      const needsOverride = result.alerts.some(
        (a) => a.severity === 'major' || a.severity === 'moderate',
      );
      const reason = body?.override_reason;
      if (needsOverride && reason === undefined) {
        throw new ApiError(
          422,
          'override_reason_required',
          'Major or moderate safety alerts: sign again with override_reason to accept them.',
          {
            extra: { safety_check: summary },
            errors: [
              {
                path: '/body/override_reason',
                code: 'required',
                message: 'required to accept the alerts',
              },
            ],
          },
        );
      }
      tx.collection<SafetyCheckDoc>(SAFETY_CHECKS).put(check);
      const signedAt = isoSeconds(at);
      const signed: PrescriptionDoc = {
        ...rx,
        // Signed and handed to the pharmacist in one step: review is not optional.
        status: 'pharmacist_review',
        prescriber: { ...doctor.prescriber, credential: doctor.credentialId },
        signed_at: signedAt,
        valid_until: endOfChinaDay(at, rx.validity_days),
        safety_check: summary,
        ...(needsOverride && reason !== undefined
          ? { safety_override: { reason, by: doctor.prescriber.id, at: signedAt } }
          : {}),
        updated_at: signedAt,
      };
      emit('prescription.signed', savePrescription(tx, signed));
      return { status: 200, body: signed };
    },
  });

  const cancel = defineRoute({
    operationId: 'cancelPrescription',
    handle({ tx, auth, params, body, now, emit }) {
      const { rx, at } = requirePrescription(tx, auth, params.id, now);
      if (FINAL.has(rx.status)) {
        throw conflict(
          'prescription_final',
          `A ${rx.status} prescription cannot be cancelled.`,
          rx,
        );
      }
      const cancelled: PrescriptionDoc = {
        ...rx,
        status: 'cancelled',
        repeats_remaining: 0,
        ...(body?.reason !== undefined ? { cancellation_reason: body.reason } : {}),
        updated_at: isoSeconds(at),
      };
      emit('prescription.cancelled', savePrescription(tx, cancelled));
      return { status: 200, body: cancelled };
    },
  });

  const review = defineRoute({
    operationId: 'reviewPrescription',
    handle({ tx, auth, params, body, now, emit }) {
      const { rx, at } = requirePrescription(tx, auth, params.id, now);
      if (rx.status !== 'pharmacist_review') {
        throw conflict(
          'prescription_not_in_review',
          `Only a prescription in review can be reviewed; this one is ${rx.status}.`,
          rx,
        );
      }
      if (body.decision === 'reject' && body.reason === undefined) {
        throw new ApiError(400, 'validation_failed', '/body/reason is required to reject.', {
          errors: [{ path: '/body/reason', code: 'required', message: 'is required to reject' }],
        });
      }
      const approved = body.decision === 'approve';
      const reviewed: PrescriptionDoc = {
        ...rx,
        status: approved ? 'approved' : 'rejected',
        review: {
          decision: approved ? 'approved' : 'rejected',
          ...(body.reason !== undefined ? { reason: body.reason } : {}),
          at: isoSeconds(at),
        },
        ...(approved ? {} : { repeats_remaining: 0 }),
        updated_at: isoSeconds(at),
      };
      emit(
        approved ? 'prescription.approved' : 'prescription.rejected',
        savePrescription(tx, reviewed),
      );
      return { status: 200, body: reviewed };
    },
  });

  const dispense = defineRoute({
    operationId: 'dispensePrescription',
    handle({ tx, auth, params, body, now, emit }) {
      const { rx, at } = requirePrescription(tx, auth, params.id, now);
      const today = chinaDate(at);
      assertFillable(rx, today);
      const patient = requirePatient(tx, auth, rx.patient_id);
      const id = validateResidentId(body.identity.number, { birthDate: patient.birth_date, today });
      if (!id.valid) {
        const path = '/body/identity/number';
        if (id.reason === 'birth_date_mismatch') {
          throw new ApiError(
            422,
            'identity_mismatch',
            "The ID number's birth date is not the patient's.",
            {
              errors: [
                {
                  path,
                  code: 'identity_mismatch',
                  message: "does not match the patient's birth date",
                },
              ],
            },
          );
        }
        throw new ApiError(
          422,
          'invalid_resident_id',
          `Not a valid China resident ID number (${id.reason}).`,
          {
            errors: [{ path, code: id.reason, message: 'is not a valid resident ID number' }],
            extra: { reason: id.reason },
          },
        );
      }
      if (body.identity.expires_on < today) {
        throw new ApiError(
          422,
          'identity_document_expired',
          `The identity document expired on ${body.identity.expires_on}.`,
          {
            errors: [
              {
                path: '/body/identity/expires_on',
                code: 'expired',
                message: 'the document has expired',
              },
            ],
            extra: { expires_on: body.identity.expires_on },
          },
        );
      }
      if (body.delivery_address) rememberAddress(tx, rx.patient_id, body.delivery_address, at);
      const filled = withFill(
        {
          ...rx,
          identity_check: {
            status: 'verified',
            document_type: 'resident_id',
            number_last4: id.number.slice(-4),
            checked_at: isoSeconds(at),
          },
        },
        {
          dispensed_on: today,
          days_supply: rx.days_supply,
          quantity: rx.quantity,
          via: 'pharmacy',
        },
        at,
      );
      emit('prescription.dispensed', savePrescription(tx, filled));
      return { status: 200, body: filled };
    },
  });

  return [create, list, get, sign, cancel, review, dispense];
}
