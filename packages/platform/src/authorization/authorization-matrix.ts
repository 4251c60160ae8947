/**
 * The authorization matrix as data: for every operation of the contract, how to build a request
 * about an object the widget session's patient owns ("own") and one it does not ("foreign"), and
 * the expected status for every credential kind. A new operation gets a row here (the test fails
 * for an operation without one); a domain adds rows, not tests.
 */

import { syntheticDocument } from '@apotheca/domain/photo-quality';
import { LOCATIONS, OAUTH_CLIENT, PATIENTS, TRACE_CODES } from '@apotheca/testing/node';
import { ALL_SCOPES } from '../auth/seeded-credentials';
import { encodeGreyPng } from '../domains/prescriptions/photos/png';
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
  /** The same with the seeded doctor's key (`sk_test_doctor_wangjian`), e.g. to sign. */
  // biome-ignore lint/suspicious/noExplicitAny: fixtures read one or two fields
  asDoctor(method: string, path: string, json?: unknown): Promise<any>;
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
/** A photo that passes the quality check, encoded once. */
let photo: Promise<Uint8Array> | null = null;
const photoPng = () => {
  photo ??= encodeGreyPng(syntheticDocument({ width: 640, height: 480 }));
  return photo;
};
/** A prescription upload of the subject's patient. */
const prescriptionUpload = async (ctx: MatrixContext, subject: Subject) => {
  const form = new FormData();
  form.set('patient_id', patientOf(subject));
  form.set(
    'file',
    new File([(await photoPng()) as Uint8Array<ArrayBuffer>], 'rx.png', { type: 'image/png' }),
  );
  return ctx.asServer('POST', '/v1/prescription-uploads', form);
};
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
// Claims: the matrix patients' policies are both the domestic insurer's, whose OAuth client the
// matrix's tokens come from (an insurer sees only its own policies: claims.test.ts).
const policyOf = (subject: Subject) =>
  subject === 'own' ? 'pol_test_wangfang_active' : 'pol_test_davidchen_exclusions';
const claimDraft = (subject: Subject) => ({
  patient_id: patientOf(subject),
  policy_id: policyOf(subject),
  provider: 'hosp_test_bj_capital',
  service_date: '2026-11-20',
  diagnoses: ['J06.9'],
  items: [
    {
      code_system: 'service',
      code: 'SVC-CONSULT-GP',
      quantity: 1,
      unit_price: { amount: 5000, currency: 'CNY' },
    },
  ],
  attachments: ['file_matrix_invoice'],
});
const claimOf = async (ctx: MatrixContext, subject: Subject) =>
  (await ctx.asServer('POST', '/v1/claims', claimDraft(subject))).id as string;
const claimsAccess = (ok: number, scope: Scope) =>
  expectations({ ok, oauth: scope, widget: scope, patientBound: true });
/** Seeded dispensed chronic prescriptions (docs/testing/sandbox.md): one per matrix patient. */
const seededRx = (subject: Subject) =>
  subject === 'own' ? 'rx_test_wangfang_amlodipine' : 'rx_test_davidchen_atorvastatin';
const residentId = (subject: Subject) =>
  subject === 'own' ? '110105195603140025' : '440300198807020016';
const rxDraft = (ctx: MatrixContext, subject: Subject) =>
  ctx.asServer('POST', '/v1/prescriptions', {
    patient_id: patientOf(subject),
    medication_id: 'med_amlodipine',
    dosage_instructions: [{ text: '1 tablet once daily' }],
    quantity: { value: 7, unit: 'tablet' },
    days_supply: 7,
    visit_type: 'follow_up',
    prior_diagnosis: { icd10: 'I10' },
  });
const rxInReview = async (ctx: MatrixContext, subject: Subject) => {
  const rx = await rxDraft(ctx, subject);
  return ctx.asDoctor('POST', `/v1/prescriptions/${rx.id}/sign`, {});
};

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
  listMedications: {
    // Reference data: no patient, any caller with the scope sees the same catalogue.
    request: async () => ({}),
    expect: expectations({ ok: 200, oauth: 'medications:read', widget: 'medications:read' }),
  },
  getMedication: {
    request: async () => ({ params: { id: 'med_ibuprofen' } }),
    expect: expectations({ ok: 200, oauth: 'medications:read', widget: 'medications:read' }),
  },
  createSafetyCheck: {
    request: async (_ctx, subject) => ({
      json: { patient_id: patientOf(subject), medications: [{ text: 'aspirin' }] },
    }),
    expect: expectations({
      ok: 201,
      oauth: 'safety_checks:write',
      widget: 'safety_checks:write',
      patientBound: true,
    }),
  },
  createPrescription: {
    request: async (_ctx, subject) => ({
      json: {
        patient_id: patientOf(subject),
        medication_id: 'med_amlodipine',
        dosage_instructions: [{ text: '1 tablet once daily' }],
        quantity: { value: 7, unit: 'tablet' },
        days_supply: 7,
        visit_type: 'follow_up',
        prior_diagnosis: { icd10: 'I10' },
      },
    }),
    expect: expectations({ ok: 201, oauth: 'prescriptions:write', widget: null }),
  },
  listPrescriptions: {
    request: async () => ({}),
    // A list has no object: a widget session lists its own patient's only (e-prescriptions.test.ts).
    expect: expectations({ ok: 200, oauth: 'prescriptions:read', widget: 'prescriptions:read' }),
  },
  getPrescription: {
    request: async (_ctx, subject) => ({ params: { id: seededRx(subject) } }),
    expect: expectations({
      ok: 200,
      oauth: 'prescriptions:read',
      widget: 'prescriptions:read',
      patientBound: true,
    }),
  },
  signPrescription: {
    // The matrix's secret key is the partner's, not a doctor's: even it cannot sign (403
    // prescriber_credential_required); the doctor's key signs in e-prescriptions.test.ts.
    request: async (ctx, subject) => ({
      params: { id: (await rxDraft(ctx, subject)).id },
      json: {},
    }),
    expect: { ...secretOnly(200), secret_key: 403 },
  },
  cancelPrescription: {
    request: async (_ctx, subject) => ({ params: { id: seededRx(subject) }, json: {} }),
    expect: expectations({ ok: 200, oauth: 'prescriptions:write', widget: null }),
  },
  dispensePrescription: {
    request: async (_ctx, subject) => ({
      params: { id: seededRx(subject) },
      json: {
        identity: { type: 'resident_id', number: residentId(subject), expires_on: '2040-01-01' },
      },
    }),
    expect: secretOnly(200),
  },
  getPrescriptionRefillStatus: {
    request: async (_ctx, subject) => ({ params: { id: seededRx(subject) } }),
    expect: expectations({
      ok: 200,
      oauth: 'prescriptions:read',
      widget: 'prescriptions:read',
      patientBound: true,
    }),
  },
  getPrescriptionRefillCalendar: {
    request: async (_ctx, subject) => ({ params: { id: seededRx(subject) } }),
    expect: expectations({
      ok: 200,
      oauth: 'prescriptions:read',
      widget: 'prescriptions:read',
      patientBound: true,
    }),
  },
  createRefillRequest: {
    request: async (_ctx, subject) => ({
      json: {
        prescription_id: seededRx(subject),
        delivery_address: { line1: 'Matrix Road 1', city: 'Beijing' },
        confirm_new_address: true,
      },
    }),
    expect: expectations({
      ok: 201,
      oauth: 'refill_requests:write',
      widget: 'refill_requests:write',
      patientBound: true,
    }),
  },
  getPatientAdherence: {
    request: async (_ctx, subject) => ({ params: { id: patientOf(subject) } }),
    expect: expectations({
      ok: 200,
      oauth: 'prescriptions:read',
      widget: 'prescriptions:read',
      patientBound: true,
    }),
  },
  createPrescriptionUpload: {
    request: async (_ctx, subject) => {
      const png = await photoPng();
      return {
        multipart: () => {
          const form = new FormData();
          form.set('patient_id', patientOf(subject));
          form.set(
            'file',
            new File([png as Uint8Array<ArrayBuffer>], 'rx.png', { type: 'image/png' }),
          );
          return form;
        },
      };
    },
    expect: expectations({
      ok: 201,
      oauth: 'prescription_uploads:write',
      widget: 'prescription_uploads:write',
      patientBound: true,
    }),
  },
  listPrescriptionUploads: {
    request: async () => ({}),
    // A list has no object: a widget session lists its own patient's only (uploads.test.ts).
    expect: expectations({
      ok: 200,
      oauth: 'prescription_uploads:read',
      widget: 'prescription_uploads:read',
    }),
  },
  getPrescriptionUpload: {
    request: async (ctx, subject) => ({
      params: { id: (await prescriptionUpload(ctx, subject)).id },
    }),
    expect: expectations({
      ok: 200,
      oauth: 'prescription_uploads:read',
      widget: 'prescription_uploads:read',
      patientBound: true,
    }),
  },
  reviewPrescriptionUpload: {
    request: async (ctx, subject) => ({
      params: { id: (await prescriptionUpload(ctx, subject)).id },
      json: { decision: 'approve' },
    }),
    expect: secretOnly(200),
  },
  reviewPrescription: {
    request: async (ctx, subject) => ({
      params: { id: (await rxInReview(ctx, subject)).id },
      json: { decision: 'approve' },
    }),
    expect: secretOnly(200),
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
  createCoverageCheck: {
    request: async (_ctx, subject) => ({
      json: {
        patient_id: patientOf(subject),
        policy_id: policyOf(subject),
        service_date: '2026-11-20',
      },
    }),
    expect: claimsAccess(200, 'coverage:read'),
  },
  createClaimEstimate: {
    request: async (_ctx, subject) => {
      const { attachments: _, ...estimate } = claimDraft(subject);
      return { json: estimate };
    },
    expect: claimsAccess(200, 'coverage:read'),
  },
  validateClaim: {
    request: async (_ctx, subject) => ({ json: claimDraft(subject) }),
    expect: claimsAccess(200, 'claims:write'),
  },
  createClaim: {
    request: async (_ctx, subject) => ({ json: claimDraft(subject) }),
    expect: claimsAccess(201, 'claims:write'),
  },
  listClaims: {
    // A list has no object: a widget session sees its own patient's claims only (claims.test.ts).
    request: async () => ({}),
    expect: expectations({ ok: 200, oauth: 'claims:read', widget: 'claims:read' }),
  },
  getClaim: {
    request: async (ctx, subject) => ({ params: { id: await claimOf(ctx, subject) } }),
    expect: claimsAccess(200, 'claims:read'),
  },
  cancelClaim: {
    request: async (ctx, subject) => ({ params: { id: await claimOf(ctx, subject) } }),
    expect: claimsAccess(200, 'claims:write'),
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
