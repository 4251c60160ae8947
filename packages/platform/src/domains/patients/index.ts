import { isValidTimeZone } from '@apotheca/domain/time';
import { listPage } from '../../http/pagination';
import { type FieldError, unprocessable, validationFailed } from '../../http/problem';
import { isoSeconds } from '../../util/clock';
import { clockTime, testClockExists } from '../test-clocks/api';
import { type DomainModule, defineRoute } from '../types';
import { DEFAULT_PATIENT_TIME_ZONE, requirePatient } from './api';
import { PATIENTS, type PatientDoc } from './patient-docs';
import { seedPatients } from './seed';

const EARLIEST_BIRTH_DATE = '1900-01-01';

/** A time zone the schema's pattern lets through must still be a real IANA zone. */
function checkTimeZone(timeZone: string | undefined): void {
  if (timeZone === undefined || isValidTimeZone(timeZone)) return;
  throw unprocessable('invalid_time_zone', `Unknown time zone ${timeZone}.`, [
    { path: '/body/time_zone', code: 'invalid_time_zone', message: 'is not an IANA time zone' },
  ]);
}

/** Rules the schema cannot express: a birth date is a real date in the past. */
function checkBirthDate(birthDate: string | undefined, now: Date): void {
  if (birthDate === undefined) return;
  const errors: FieldError[] = [];
  if (birthDate > isoSeconds(now).slice(0, 10)) {
    errors.push({
      path: '/body/birth_date',
      code: 'in_future',
      message: 'must not be in the future',
    });
  } else if (birthDate < EARLIEST_BIRTH_DATE) {
    errors.push({
      path: '/body/birth_date',
      code: 'too_early',
      message: `must be on or after ${EARLIEST_BIRTH_DATE}`,
    });
  }
  if (errors.length > 0)
    throw unprocessable('invalid_birth_date', 'The birth date is not plausible.', errors);
}

const createPatient = defineRoute({
  operationId: 'createPatient',
  handle({ body: input, tx, now, newId, emit }) {
    if (input.test_clock !== undefined && !testClockExists(tx, input.test_clock)) {
      throw validationFailed([
        { path: '/body/test_clock', code: 'not_found', message: 'is not an existing test clock' },
      ]);
    }
    // A patient on a test clock is created at the clock's time, like everything of theirs.
    const at = isoSeconds(clockTime(tx, input.test_clock, now));
    checkBirthDate(input.birth_date, new Date(at));
    checkTimeZone(input.time_zone);
    const patient: PatientDoc = {
      id: newId('pat'),
      object: 'patient',
      name: input.name,
      birth_date: input.birth_date,
      sex: input.sex ?? 'unknown',
      allergies: input.allergies ?? [],
      conditions: input.conditions ?? [],
      preferred_locale: input.preferred_locale ?? 'zh-CN',
      time_zone: input.time_zone ?? DEFAULT_PATIENT_TIME_ZONE,
      metadata: input.metadata ?? {},
      ...(input.test_clock !== undefined ? { test_clock: input.test_clock } : {}),
      created_at: at,
      updated_at: at,
    };
    tx.collection<PatientDoc>(PATIENTS).put(patient);
    emit('patient.created', patient);
    return { status: 201, body: patient };
  },
});

const listPatients = defineRoute({
  operationId: 'listPatients',
  handle({ tx, query, auth }) {
    const patients = tx.collection<PatientDoc>(PATIENTS);
    // A widget session lists only its own patient.
    const filter = auth.patientId === null ? undefined : (p: PatientDoc) => p.id === auth.patientId;
    return { status: 200, body: listPage(patients, query, filter) };
  },
});

const getPatient = defineRoute({
  operationId: 'getPatient',
  handle({ tx, params, auth }) {
    return { status: 200, body: requirePatient(tx, auth, params.id) };
  },
});

const updatePatient = defineRoute({
  operationId: 'updatePatient',
  handle({ tx, params, auth, body: changes, now, emit }) {
    const existing = requirePatient(tx, auth, params.id);
    const at = clockTime(tx, existing.test_clock, now);
    checkBirthDate(changes.birth_date, at);
    checkTimeZone(changes.time_zone);
    // Fields sent replace the stored value wholesale (arrays and metadata included).
    const updated: PatientDoc = { ...existing, ...changes, updated_at: isoSeconds(at) };
    tx.collection<PatientDoc>(PATIENTS).put(updated);
    emit('patient.updated', updated);
    return { status: 200, body: updated };
  },
});

/** Patients: create, list, retrieve, update; seeds the test patients. */
export const patientsDomain: DomainModule = {
  name: 'patients',
  routes: [createPatient, listPatients, getPatient, updatePatient],
  seed: seedPatients,
};
