/**
 * China's online-prescribing rules for a draft (互联网诊疗管理办法 / 处方管理办法 as summarised in
 * the design brief), each refused with a stable code. Pure: the route supplies the medication.
 */
import type { Schema } from '@apotheca/api-spec';
import type { Medication } from '@apotheca/domain/medications';
import { ApiError } from '../../http/problem';

/** Days' supply a prescription may authorise in total (first fill and repeats). */
export const SUPPLY_LIMIT_DAYS = 7;
/** …for a stable chronic patient with the reason recorded (12 weeks). */
export const EXTENDED_SUPPLY_LIMIT_DAYS = 84;
/** Validity in China calendar days: the day issued, at most 3 when the prescriber extends it. */
export const VALIDITY_LIMIT_DAYS = 3;

const ONLINE_FORBIDDEN: ReadonlySet<Medication['control']> = new Set([
  'narcotic',
  'psychotropic_1',
  'psychotropic_2',
]);

function refuse(code: string, detail: string, path: string, extra?: Record<string, unknown>) {
  return new ApiError(422, code, detail, {
    errors: [{ path, code, message: detail }],
    ...(extra ? { extra } : {}),
  });
}

/** Throws the first rule `body` breaks for `medication`. */
export function checkOnlineRules(body: Schema<'PrescriptionCreate'>, medication: Medication): void {
  if (body.visit_type !== 'follow_up') {
    throw refuse(
      'first_visit_not_allowed',
      'Online prescriptions are only allowed at a follow-up visit, not a first visit.',
      '/body/visit_type',
    );
  }
  if (body.prior_diagnosis === undefined && body.consultation_id === undefined) {
    throw refuse(
      'prior_diagnosis_required',
      'A follow-up prescription needs the prior diagnosis on record: send prior_diagnosis or the consultation_id that holds it.',
      '/body/prior_diagnosis',
    );
  }
  if (ONLINE_FORBIDDEN.has(medication.control)) {
    throw refuse(
      'controlled_drug_not_allowed_online',
      `${medication.name.en} is a ${medication.control.replace('_', ' class ')} drug and cannot be prescribed online.`,
      '/body/medication_id',
      { control: medication.control },
    );
  }
  const validity = body.validity_days ?? 1;
  if (validity > VALIDITY_LIMIT_DAYS) {
    throw refuse(
      'validity_exceeds_limit',
      `A prescription is valid on the day issued, at most ${VALIDITY_LIMIT_DAYS} days when extended.`,
      '/body/validity_days',
      { limit: VALIDITY_LIMIT_DAYS },
    );
  }
  // The limit is on everything the prescription authorises, so repeats cannot get around it.
  const total = body.days_supply * (1 + (body.repeats_allowed ?? 0));
  const limit = body.extended_supply ? EXTENDED_SUPPLY_LIMIT_DAYS : SUPPLY_LIMIT_DAYS;
  if (total > limit) {
    throw refuse(
      'days_supply_exceeds_limit',
      body.extended_supply
        ? `At most ${limit} days (12 weeks) in total for a stable chronic patient; this authorises ${total}.`
        : `At most ${limit} days in total (${total} asked); up to ${EXTENDED_SUPPLY_LIMIT_DAYS} for a stable chronic patient with extended_supply.reason.`,
      '/body/days_supply',
      { limit },
    );
  }
}
