/**
 * The authorization matrix as data: for every operation of the contract, how to build a request
 * about an object the widget session's patient owns ("own") and one it does not ("foreign"), and
 * the expected status for every credential kind. A new operation gets a row here (the test fails
 * for an operation without one); a domain adds rows, not tests.
 */
import { LOCATIONS, OAUTH_CLIENT, PATIENTS, TRACE_CODES } from '@apotheca/testing/node';
import { ALL_SCOPES } from '../auth/seeded-credentials';
import type { Scope } from '../domains/types';

/** Every scope of the contract: a domain's new scopes join the matrix by themselves. */
export const SCOPES: readonly Scope[] = ALL_SCOPES;

/** Every kind of caller the matrix tries. */
export type CredentialKind =
  | 'none'
  | 'secret_key'
  | `oauth:${Scope}`
  | 'oauth_expired'
  | `widget:${Scope}`
  | 'widget_other_patient'
  | 'widget_expired';

export const CREDENTIAL_KINDS: readonly CredentialKind[] = [
  'none',
  'secret_key',
  ...SCOPES.map((s) => `oauth:${s}` as const),
  'oauth_expired',
  ...SCOPES.map((s) => `widget:${s}` as const),
  'widget_other_patient',
  'widget_expired',
];

/** Whose object a request is about. */
export type Subject = 'own' | 'foreign';

/**
 * The patients of the matrix: widget sessions are for `own` (one scope each) and for `other`
 * (every scope); `foreign` objects belong to `third` or to no patient.
 */
export const MATRIX_PATIENTS = {
  own: PATIENTS.wangfang,
  other: PATIENTS.liqiang,
  third: PATIENTS.davidchen,
} as const;

/** What a row's `request` may use: a call with the secret key to make fixtures. */
export interface MatrixContext {
  /** A call with the seeded secret key; returns the parsed body (throws unless 2xx). */
  // biome-ignore lint/suspicious/noExplicitAny: fixtures read one or two fields
  asServer(method: string, path: string, json?: unknown): Promise<any>;
}

/** A request of one operation: path parameters and at most one body. */
export interface MatrixRequest {
  params?: Record<string, string>;
  json?: unknown;
  form?: string;
  multipart?: () => FormData;
}

/** An expected status, or [own, foreign] when they differ. */
export type Expected = number | readonly [number, number];

export interface MatrixRow {
  /** Builds the request about an own or foreign object (creating it first if need be). */
  request(ctx: MatrixContext, subject: Subject): Promise<MatrixRequest>;
  expect: Readonly<Record<CredentialKind, Expected>>;
}

/** How an operation treats callers: what the row's expectations are generated from. */
interface Access {
  /** Success status. */
  ok: number;
  /** Public operation (no credentials needed, any sent are ignored). */
  public?: boolean;
  /** Secret keys allowed (default true unless public). */
  secretKey?: boolean;
  /** The OAuth scope that allows it, or null for none. */
  oauth?: Scope | null;
  /** The widget-session scope that allows it, or null for none. */
  widget?: Scope | null;
  /** The object belongs to a patient: other patients' widget sessions get 404. */
  patientBound?: boolean;
}

/** Expands an {@link Access} into the expected status of every credential kind. */
export function expectations(access: Access): Record<CredentialKind, Expected> {
  const { ok } = access;
  const out = {} as Record<CredentialKind, Expected>;
  for (const kind of CREDENTIAL_KINDS) {
    if (access.public) {
      out[kind] = ok;
      continue;
    }
    if (kind === 'none' || kind === 'oauth_expired' || kind === 'widget_expired') {
      out[kind] = 401;
    } else if (kind === 'secret_key') {
      out[kind] = access.secretKey === false ? 403 : ok;
    } else if (kind.startsWith('oauth:')) {
      out[kind] = access.oauth && kind === `oauth:${access.oauth}` ? ok : 403;
    } else if (kind === 'widget_other_patient') {
      out[kind] = !access.widget ? 403 : access.patientBound ? 404 : ok;
    } else {
      const allowed = access.widget && kind === `widget:${access.widget}`;
      out[kind] = !allowed ? 403 : access.patientBound ? [ok, 404] : ok;
    }
  }
  return out;
}

const oauthForm = `grant_type=client_credentials&client_id=${OAUTH_CLIENT.clientId}&client_secret=${OAUTH_CLIENT.clientSecret}`;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const patientOf = (subject: Subject) =>
  subject === 'own' ? MATRIX_PATIENTS.own : MATRIX_PATIENTS.third;
const dispensation = (ctx: MatrixContext, patientId?: string) =>
  ctx.asServer('POST', '/v1/trace/dispensations', {
    code: TRACE_CODES.dispensable(1),
    location_id: LOCATIONS.beijing,
    ...(patientId ? { patient_id: patientId } : {}),
  });
const testClock = (ctx: MatrixContext) =>
  ctx.asServer('POST', '/v1/test-helpers/test-clocks', { frozen_time: '2027-01-01T00:00:00Z' });
/** A triage interview of the subject's patient (own) or of no patient (foreign: a server's). */
const triageInterview = (ctx: MatrixContext, subject: Subject) =>
  ctx.asServer('POST', '/v1/triage/interviews', {
    ...(subject === 'own'
      ? { patient_id: MATRIX_PATIENTS.own }
      : { age: { value: 40, unit: 'year' }, sex: 'male' }),
    complaint: "painful leg, can't walk",
    locale: 'en',
  });
const DOCTOR = 'doc_test_sarahpatel';
/** A booked consultation of the subject's patient (video, on the doctor's first free slot). */
const consultation = async (
  ctx: MatrixContext,
  subject: Subject,
  type: 'text' | 'video' = 'text',
) => {
  let slot: string | undefined;
  if (type === 'video') {
    const slots = await ctx.asServer('GET', `/v1/doctors/${DOCTOR}/slots`);
    slot = slots.days[0].slots[0].start;
  }
  return ctx.asServer('POST', '/v1/consultations', {
    patient_id: patientOf(subject),
    doctor_id: type === 'video' ? DOCTOR : 'doc_test_liuyang',
    type,
    reason: 'matrix',
    ...(slot ? { slot_start: slot } : {}),
  });
};
const consultationsAccess = (ok: number, write: boolean, patientBound = true) => {
  const scope: Scope = write ? 'consultations:write' : 'consultations:read';
  return expectations({ ok, oauth: scope, widget: scope, patientBound });
};
const secretOnly = (ok: number) => expectations({ ok, oauth: null, widget: null });

/** One row per contract operation, by operationId. */
export const AUTHORIZATION_MATRIX: Readonly<Record<string, MatrixRow>> = {
  getHealth: {
    request: async () => ({}),
    expect: expectations({ ok: 200, public: true }),
  },
  createOAuthToken: {
    request: async () => ({ form: oauthForm }),
    expect: expectations({ ok: 200, public: true }),
  },
  createWidgetSession: {
    request: async (_ctx, subject) => ({
      json: {
        patient_id: patientOf(subject),
        scopes: ['patients:read'],
        allowed_origin: 'https://portal.example',
      },
    }),
    expect: secretOnly(201),
  },
  createPatient: {
    request: async () => ({ json: { name: 'Matrix', birth_date: '1980-01-01' } }),
    expect: expectations({ ok: 201, oauth: 'patients:write', widget: null }),
  },
  listPatients: {
    // A list has no object: a widget session sees its own patient only (patients.test.ts).
    request: async () => ({}),
    expect: expectations({ ok: 200, oauth: 'patients:read', widget: 'patients:read' }),
  },
  getPatient: {
    request: async (_ctx, subject) => ({ params: { id: patientOf(subject) } }),
    expect: expectations({
      ok: 200,
      oauth: 'patients:read',
      widget: 'patients:read',
      patientBound: true,
    }),
  },
  updatePatient: {
    request: async (_ctx, subject) => ({
      params: { id: patientOf(subject) },
      json: { preferred_locale: 'en' },
    }),
    expect: expectations({
      ok: 200,
      oauth: 'patients:write',
      widget: 'patients:write',
      patientBound: true,
    }),
  },
  createFile: {
    request: async () => ({
      multipart: () => {
        const form = new FormData();
        form.set('purpose', 'prescription_photo');
        form.set('file', new File([PNG], 'rx.png', { type: 'image/png' }));
        return form;
      },
    }),
    expect: expectations({ ok: 201, oauth: 'files:write', widget: 'files:write' }),
  },
  getFile: {
    request: async (ctx) => {
      const form = new FormData();
      form.set('purpose', 'prescription_photo');
      form.set('file', new File([PNG], 'rx.png', { type: 'image/png' }));
      const file = await ctx.asServer('POST', '/v1/files', form);
      return { params: { id: file.id } };
    },
    expect: secretOnly(200),
  },
  createWebhookEndpoint: {
    request: async () => ({ json: { url: 'https://partner.example/hooks', events: ['*'] } }),
    expect: secretOnly(201),
  },
  listWebhookEndpoints: {
    request: async () => ({}),
    expect: secretOnly(200),
  },
  deleteWebhookEndpoint: {
    request: async (ctx) => {
      const endpoint = await ctx.asServer('POST', '/v1/webhook-endpoints', {
        url: 'https://partner.example/hooks',
        events: ['*'],
      });
      return { params: { id: endpoint.id } };
    },
    expect: secretOnly(200),
  },
  createTraceVerification: {
    request: async () => ({ json: { code: TRACE_CODES.genuine, context: 'inspect' } }),
    expect: expectations({ ok: 200, oauth: 'trace:verify', widget: 'trace:verify' }),
  },
  createDispensation: {
    request: async (_ctx, subject) => ({
      json: {
        code: TRACE_CODES.dispensable(1),
        location_id: LOCATIONS.beijing,
        patient_id: patientOf(subject),
      },
    }),
    expect: expectations({
      ok: 201,
      oauth: 'trace:dispense',
      widget: 'trace:dispense',
      patientBound: true,
    }),
  },
  getDispensation: {
    // Foreign: a pharmacy server's dispensation without a patient (the reported hole).
    request: async (ctx, subject) => ({
      params: {
        id: (await dispensation(ctx, subject === 'own' ? MATRIX_PATIENTS.own : undefined)).id,
      },
    }),
    expect: expectations({
      ok: 200,
      oauth: 'trace:verify',
      widget: 'trace:dispense',
      patientBound: true,
    }),
  },
  reverseDispensation: {
    request: async (ctx, subject) => ({
      params: { id: (await dispensation(ctx, patientOf(subject))).id },
      json: { location_id: LOCATIONS.beijing },
    }),
    expect: expectations({
      ok: 200,
      oauth: 'trace:dispense',
      widget: 'trace:dispense',
      patientBound: true,
    }),
  },
  listDoctors: {
    request: async () => ({}),
    expect: consultationsAccess(200, false, false),
  },
  getDoctor: {
    request: async () => ({ params: { id: DOCTOR } }),
    expect: consultationsAccess(200, false, false),
  },
  listDoctorSlots: {
    request: async () => ({ params: { id: DOCTOR } }),
    expect: consultationsAccess(200, false, false),
  },
  createConsultation: {
    request: async (_ctx, subject) => ({
      json: {
        patient_id: patientOf(subject),
        doctor_id: 'doc_test_liuyang',
        type: 'text',
        reason: 'matrix',
      },
    }),
    expect: consultationsAccess(201, true),
  },
  listConsultations: {
    // A list has no object: a widget session sees its own patient's only (consultations tests).
    request: async () => ({}),
    expect: consultationsAccess(200, false, false),
  },
  getConsultation: {
    request: async (ctx, subject) => ({ params: { id: (await consultation(ctx, subject)).id } }),
    expect: consultationsAccess(200, false),
  },
  cancelConsultation: {
    request: async (ctx, subject) => ({
      params: { id: (await consultation(ctx, subject)).id },
      json: { reason: 'patient_request' },
    }),
    expect: consultationsAccess(200, true),
  },
  createVideoJoin: {
    // The matrix clock is days before the slot: an authorised caller reaches 409 `too_early`
    // (joining inside the window: consultations tests).
    request: async (ctx, subject) => ({
      params: { id: (await consultation(ctx, subject, 'video')).id },
      json: { participant: 'patient' },
    }),
    expect: consultationsAccess(409, true),
  },
  getConsultationCalendar: {
    request: async (ctx, subject) => ({
      params: { id: (await consultation(ctx, subject, 'video')).id },
    }),
    expect: consultationsAccess(200, false),
  },
  listConsultationMessages: {
    request: async (ctx, subject) => ({ params: { id: (await consultation(ctx, subject)).id } }),
    expect: consultationsAccess(200, false),
  },
  createConsultationMessage: {
    request: async (ctx, subject) => ({
      params: { id: (await consultation(ctx, subject)).id },
      json: { text: 'matrix' },
    }),
    expect: consultationsAccess(201, true),
  },
  createTestClock: {
    request: async () => ({ json: { frozen_time: '2027-01-01T00:00:00Z' } }),
    expect: secretOnly(201),
  },
  getTestClock: {
    request: async (ctx) => ({ params: { id: (await testClock(ctx)).id } }),
    expect: secretOnly(200),
  },
  advanceTestClock: {
    request: async (ctx) => ({
      params: { id: (await testClock(ctx)).id },
      json: { frozen_time: '2027-02-01T00:00:00Z' },
    }),
    expect: secretOnly(200),
  },
  deleteTestClock: {
    request: async (ctx) => ({ params: { id: (await testClock(ctx)).id } }),
    expect: secretOnly(200),
  },
  parseTriageText: {
    request: async () => ({ json: { text: '不发烧，胸口疼' } }),
    expect: expectations({ ok: 200, oauth: 'triage:read', widget: 'triage:read' }),
  },
  createTriageInterview: {
    request: async (_ctx, subject) => ({
      json: { patient_id: patientOf(subject), complaint: 'itchy rash', locale: 'en' },
    }),
    expect: expectations({
      ok: 201,
      oauth: 'triage:write',
      widget: 'triage:write',
      patientBound: true,
    }),
  },
  getTriageInterview: {
    request: async (ctx, subject) => ({ params: { id: (await triageInterview(ctx, subject)).id } }),
    expect: expectations({
      ok: 200,
      oauth: 'triage:read',
      widget: 'triage:read',
      patientBound: true,
    }),
  },
  answerTriageInterview: {
    request: async (ctx, subject) => {
      const interview = await triageInterview(ctx, subject);
      return {
        params: { id: interview.id },
        json: {
          step: interview.step,
          answers: interview.question.items.map((i: { id: string }) => ({
            id: i.id,
            choice: 'absent',
          })),
        },
      };
    },
    expect: expectations({
      ok: 200,
      oauth: 'triage:write',
      widget: 'triage:write',
      patientBound: true,
    }),
  },
};
