/**
 * `POST /v1/safety-checks`: the safety engine of `@apotheca/domain/safety` over HTTP, with the
 * patient's record (allergies, conditions, sex, age) added when `patient_id` is given.
 */
import type { Schema } from '@apotheca/api-spec';
import type {
  AllergyInput,
  ConditionInput,
  PatientInput,
  SafetyCheckInput,
} from '@apotheca/domain/safety';
import { isoSeconds } from '../../../util/clock';
import { type PatientDoc, patientTime, requirePatient } from '../../patients/api';
import { defineRoute, type Route } from '../../types';
import type { MedicationKnowledge } from '../knowledge';
import { SAFETY_CHECKS, type SafetyCheckDoc } from '../store';

type SafetyPatient = Schema<'SafetyPatient'>;

/** Full years between a `YYYY-MM-DD` birth date and `at`. */
export function ageInYears(birthDate: string, at: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = at.getUTCFullYear() - y;
  const beforeBirthday =
    at.getUTCMonth() + 1 < m || (at.getUTCMonth() + 1 === m && at.getUTCDate() < d);
  if (beforeBirthday) age--;
  return Math.max(0, age);
}

function recordAllergy(a: PatientDoc['allergies'][number]): AllergyInput {
  // The record's severity is part of what the engine grades the reaction by.
  const reaction = [a.reaction, a.severity].filter(Boolean).join(', ');
  return reaction ? { substance: a.substance, reaction } : { substance: a.substance };
}

function recordCondition(c: PatientDoc['conditions'][number]): ConditionInput {
  return c.code ? { icd10: c.code } : { text: c.name };
}

/** What the engine is asked, and how many allergies/conditions came from the request itself. */
interface Merged {
  input: SafetyCheckInput;
  own: { allergies: number; conditions: number };
}

/** The request's patient, completed from the record (the request wins where both say something). */
export function mergeRecord(
  medications: SafetyCheckInput['medications'],
  patient: SafetyPatient | undefined,
  record: PatientDoc | undefined,
  at: Date,
): Merged {
  const own = {
    allergies: patient?.allergies?.length ?? 0,
    conditions: patient?.conditions?.length ?? 0,
  };
  const merged: PatientInput = { ...(patient ?? {}) };
  if (record) {
    merged.allergies = [...(patient?.allergies ?? []), ...record.allergies.map(recordAllergy)];
    merged.conditions = [...(patient?.conditions ?? []), ...record.conditions.map(recordCondition)];
    if (merged.sex === undefined) merged.sex = record.sex;
    if (merged.age === undefined) merged.age = ageInYears(record.birth_date, at);
  }
  const input: SafetyCheckInput = { medications };
  if (patient !== undefined || record !== undefined) input.patient = merged;
  return { input, own };
}

/** Points fields of inputs that came from the record at `/patient_record/...`. */
function recordPointer(field: string, own: Merged['own']): string {
  const match = /^\/patient\/(allergies|conditions)\/(\d+)(.*)$/.exec(field);
  if (!match) return field;
  const [, list, index, rest] = match as unknown as [
    string,
    'allergies' | 'conditions',
    string,
    string,
  ];
  const i = Number(index);
  return i < own[list] ? field : `/patient_record/${list}/${i - own[list]}${rest}`;
}

/** The safety-check route over the given knowledge. */
export function safetyCheckRoutes(knowledge: MedicationKnowledge): Route[] {
  const create = defineRoute({
    operationId: 'createSafetyCheck',
    handle({ tx, auth, body, now, newId }) {
      const record =
        body.patient_id === undefined ? undefined : requirePatient(tx, auth, body.patient_id);
      const at = patientTime(tx, body.patient_id, now);
      const { input, own } = mergeRecord(body.medications, body.patient, record, at);
      const result = knowledge.check(input);
      const check: SafetyCheckDoc = {
        id: newId('sc'),
        object: 'safety_check',
        outcome: result.outcome,
        alerts: result.alerts,
        resolved: result.resolved.map((r) => ({ ...r, field: recordPointer(r.field, own) })),
        unresolved: result.unresolved.map((u) => ({ ...u, field: recordPointer(u.field, own) })),
        notices: result.notices,
        ...(body.patient_id !== undefined ? { patient_id: body.patient_id } : {}),
        created_at: isoSeconds(at),
      };
      tx.collection<SafetyCheckDoc>(SAFETY_CHECKS).put(check);
      return { status: 201, body: check };
    },
  });
  return [create];
}
