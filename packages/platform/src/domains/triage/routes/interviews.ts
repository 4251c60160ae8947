/**
 * `POST /v1/triage/interviews`, `GET /v1/triage/interviews/{id}` and
 * `POST /v1/triage/interviews/{id}/answers`: thin wrappers of the engine's session functions.
 * Input the schema cannot judge (concept ids, which step, whose patient) is checked here, before
 * the engine runs, so a bad request writes nothing and never corrupts the evidence log.
 */
import type { Age, EvidenceItem, InterviewSession, Sex } from '@apotheca/domain/triage';
import { TriageInputError } from '@apotheca/domain/triage';
import { ApiError } from '../../../http/problem';
import type { Transaction } from '../../../storage/types';
import { isoSeconds } from '../../../util/clock';
import { patientTime, requirePatient } from '../../patients/api';
import { type AuthContext, defineRoute, type Route } from '../../types';
import { ageOn } from '../age';
import type { TriageEngine } from '../engine';
import type { Doctor } from '../recommend';
import { type InterviewDoc, requireInterview, writeInterview } from '../store';
import { completedEvent, interviewView, stateOf } from '../view';

type FieldError = { path: string; code: string; message: string };

function unprocessable(code: string, detail: string, errors: FieldError[]): ApiError {
  return new ApiError(422, code, detail, { errors });
}

/** Unknown concepts and repeated ids in an evidence or answer list, as field errors. */
function checkItems(engine: TriageEngine, items: readonly EvidenceItem[], at: string): void {
  const unknown: FieldError[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!engine.isConcept(item.id)) {
      unknown.push({
        path: `${at}/${i}/id`,
        code: 'unknown_concept',
        message: `'${item.id}' is no concept`,
      });
    }
  });
  if (unknown.length > 0) {
    throw unprocessable(
      'unknown_concept',
      'Some ids are not triage concepts (see errors).',
      unknown,
    );
  }
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      throw unprocessable('duplicate_answer', `'${item.id}' is answered twice.`, [
        { path: `${at}/${i}/id`, code: 'duplicate_answer', message: 'repeats an earlier id' },
      ]);
    }
    seen.add(item.id);
  });
}

interface Demographics {
  age: Age;
  sex: Sex;
  patientId?: string;
}

/** Age and sex from the patient record (with `patient_id`) or from the body. */
function demographics(
  tx: Transaction,
  auth: AuthContext,
  body: { patient_id?: string; age?: Age; sex?: Sex },
  now: Date,
): Demographics {
  if (body.patient_id !== undefined) {
    const patient = requirePatient(tx, auth, body.patient_id);
    if (body.age !== undefined) {
      throw unprocessable(
        'patient_demographics_conflict',
        "With patient_id the age comes from the patient's birth date; do not send age.",
        [
          {
            path: '/body/age',
            code: 'patient_demographics_conflict',
            message: 'must be absent with patient_id',
          },
        ],
      );
    }
    const recorded = patient.sex === 'female' || patient.sex === 'male' ? patient.sex : undefined;
    if (recorded && body.sex !== undefined && body.sex !== recorded) {
      throw unprocessable(
        'patient_demographics_conflict',
        "The sex differs from the patient record's.",
        [
          {
            path: '/body/sex',
            code: 'patient_demographics_conflict',
            message: `the record says ${recorded}`,
          },
        ],
      );
    }
    const sex = recorded ?? body.sex;
    if (sex === undefined) {
      throw unprocessable(
        'sex_required',
        "The patient record's sex is not female or male; send sex for the triage rules.",
        [{ path: '/body/sex', code: 'required', message: 'required for this patient' }],
      );
    }
    const at = patientTime(tx, body.patient_id, now);
    return { age: ageOn(patient.birth_date, at), sex, patientId: body.patient_id };
  }
  const missing: FieldError[] = [];
  if (body.age === undefined)
    missing.push({ path: '/body/age', code: 'required', message: 'required without patient_id' });
  if (body.sex === undefined)
    missing.push({ path: '/body/sex', code: 'required', message: 'required without patient_id' });
  if (missing.length > 0) {
    throw unprocessable('demographics_required', 'Send patient_id, or age and sex.', missing);
  }
  // A widget session's interview always belongs to its patient.
  const owner = auth.patientId ?? undefined;
  return { age: body.age!, sex: body.sex!, ...(owner ? { patientId: owner } : {}) };
}

/** The three interview routes over an engine. */
export function interviewRoutes(engine: TriageEngine, doctors: readonly Doctor[]): Route[] {
  return [
    createInterview(engine, doctors),
    getInterview(engine, doctors),
    answerInterview(engine, doctors),
  ];
}

const createInterview = (engine: TriageEngine, doctors: readonly Doctor[]) =>
  defineRoute({
    operationId: 'createTriageInterview',
    bodyLimit: 64 * 1024,
    handle(args) {
      const { tx, auth, body } = args;
      const who = demographics(tx, auth, body, args.now);
      const evidence = body.evidence ?? [];
      checkItems(engine, evidence, '/body/evidence');
      let session: InterviewSession;
      try {
        session = engine.createSession({
          age: who.age,
          sex: who.sex,
          complaint: body.complaint,
          locale: body.locale,
          evidence,
        });
      } catch (error) {
        if (error instanceof TriageInputError && error.code === 'invalid_age') {
          throw unprocessable('invalid_age', error.message, [
            {
              path: body.patient_id ? '/body/patient_id' : '/body/age',
              code: 'invalid_age',
              message: error.message,
            },
          ]);
        }
        throw error;
      }
      const state = engine.interviewState(session);
      const at = isoSeconds(patientTime(tx, who.patientId, args.now));
      const doc: InterviewDoc = {
        id: args.newId('tri'),
        object: 'triage_interview',
        session,
        status: state.status,
        created_at: at,
        updated_at: at,
      };
      if (who.patientId !== undefined) doc.patient_id = who.patientId;
      if (state.status === 'completed') doc.completed_at = at;
      writeInterview(tx, doc);
      if (state.status === 'completed') args.emit('triage.completed', completedEvent(doc, state));
      return { status: 201, body: interviewView(doc, state, { tx, now: args.now, doctors }) };
    },
  });

const getInterview = (engine: TriageEngine, doctors: readonly Doctor[]) =>
  defineRoute({
    operationId: 'getTriageInterview',
    handle({ tx, auth, params, now }) {
      const doc = requireInterview(tx, auth, params.id);
      return { status: 200, body: interviewView(doc, stateOf(engine, doc), { tx, now, doctors }) };
    },
  });

const answerInterview = (engine: TriageEngine, doctors: readonly Doctor[]) =>
  defineRoute({
    operationId: 'answerTriageInterview',
    bodyLimit: 16 * 1024,
    handle(args) {
      const { tx, auth, params, body } = args;
      const doc = requireInterview(tx, auth, params.id);
      const current = stateOf(engine, doc);
      if (current.status === 'completed') {
        throw new ApiError(
          409,
          'interview_completed',
          'The interview is completed; start a new one to change answers.',
          {
            extra: { current_step: current.step, interview_status: current.status },
          },
        );
      }
      if (body.step > current.step) {
        throw new ApiError(
          409,
          'step_not_current',
          `Step ${body.step} has not been asked; the open question is step ${current.step}.`,
          {
            extra: { current_step: current.step, interview_status: current.status },
            errors: [
              {
                path: '/body/step',
                code: 'step_not_current',
                message: `must be at most ${current.step}`,
              },
            ],
          },
        );
      }
      checkItems(engine, body.answers, '/body/answers');
      // The question asked at that step: the open one, or (Back) the one the shorter log asks.
      const asked =
        body.step === current.step
          ? current.question
          : engine.interviewState({
              ...doc.session,
              answers: doc.session.answers.slice(0, body.step - 1),
            }).question;
      const items = new Set(asked?.items.map((i) => i.id));
      const stray = body.answers
        .map((a, i) => ({ a, i }))
        .filter(({ a }) => !items.has(a.id))
        .map(({ a, i }) => ({
          path: `/body/answers/${i}/id`,
          code: 'answer_not_in_question',
          message: `'${a.id}' was not asked at step ${body.step}`,
        }));
      if (stray.length > 0) {
        throw unprocessable(
          'answer_not_in_question',
          `Answer only the items of step ${body.step}'s question.`,
          stray,
        );
      }
      const session = engine.answerSession(doc.session, { step: body.step, answers: body.answers });
      const state = engine.interviewState(session);
      const at = isoSeconds(patientTime(tx, doc.patient_id, args.now));
      const next: InterviewDoc = { ...doc, session, status: state.status, updated_at: at };
      if (state.status === 'completed') next.completed_at = at;
      writeInterview(tx, next);
      if (state.status === 'completed') args.emit('triage.completed', completedEvent(next, state));
      return { status: 200, body: interviewView(next, state, { tx, now: args.now, doctors }) };
    },
  });
