/**
 * `@apotheca/sdk`: the Apotheca SDK, every resource on one client, plus everything from
 * `@apotheca/core` (errors, `verifyWebhook`, the typed client) and each resource package as a
 * namespace (`Patients`, `Trace`, `Prescriptions`, `Consultations`), so two packages can never clash on
 * a name such as `Product`.
 *
 * @example
 * ```ts
 * import { Apotheca, type Trace, ValidationError } from '@apotheca/sdk';
 *
 * const apotheca = new Apotheca({ apiKey: 'sk_test_apotheca_sandbox' });
 * const wang = await apotheca.patients.retrieve('pat_test_wangfang');
 * const check: Trace.TraceVerification = await apotheca.trace.verifications.create({ code: '83100170000123456078' });
 * ```
 *
 * @packageDocumentation
 */

/**
 * `@apotheca/consultations` (namespace only): `Consultations.TriageInterview`,
 * `Consultations.isConsultationConflict`, `Consultations.consultations(client)`, …
 */
export * as Claims from '@apotheca/claims';
export * as Consultations from '@apotheca/consultations';
export * from '@apotheca/core';
/** `@apotheca/patients`: `Patients.Patient`, `Patients.patients(client)`, … */
export * as Patients from '@apotheca/patients';
// The flat names 0.1 exported from the resource packages, kept so existing imports work. The list
// is closed: a new package (or a new name) is reached through its namespace only, which is what
// makes the umbrella collision-proof. Prefer `Trace.Product` or `@apotheca/trace` directly.
export {
  type Patient,
  type PatientCreateParams,
  type PatientListParams,
  type PatientsResource,
  type PatientUpdateParams,
  patients,
} from '@apotheca/patients';
/** `@apotheca/prescriptions`: `Prescriptions.Medication`, `Prescriptions.SafetyCheck`, … (namespace only). */
export * as Prescriptions from '@apotheca/prescriptions';
/** `@apotheca/trace`: `Trace.Product`, `Trace.parseTraceCode`, `Trace.isDispensationConflict`, … */
export * as Trace from '@apotheca/trace';
export {
  type AiPair,
  type ChinaTraceCode,
  type DigitalLinkCode,
  type DigitalLinkOptions,
  type Dispensation,
  type DispenseParams,
  type ElementStringOptions,
  type Gs1ElementCode,
  type Gs1Fields,
  type Gs1TraceCode,
  gs1CheckDigit,
  gtinCheckDigit,
  type JourneyEvent,
  type Pack,
  type PackState,
  type ParsedTraceCode,
  type ParseOptions,
  type Product,
  parseTraceCode,
  type ReverseDispensationParams,
  type SafeParseResult,
  safeParseTraceCode,
  type TraceAlert,
  type TraceCode,
  TraceCodeError,
  type TraceCodeErrorCode,
  type TraceCodeFields,
  type TraceContext,
  type TraceDispensationsResource,
  type TraceRequestOptions,
  type TraceResource,
  type TraceStatus,
  type TraceVerification,
  type TraceVerificationsResource,
  type TraceVerifyParams,
  toDigitalLink,
  toElementString,
  toHumanReadable,
  trace,
} from '@apotheca/trace';
export { Apotheca, type ApothecaOptions, DEFAULT_BASE_URL, type Health } from './apotheca';
export { createResources, type Resources } from './resources';
export type { ApothecaFile, FileCreateParams, FilePurpose, FilesResource } from './resources/files';
export type {
  DeletedObject,
  WebhookEndpoint,
  WebhookEndpointCreateParams,
  WebhookEndpointsResource,
} from './resources/webhook-endpoints';
export type { WebhooksHelpers } from './resources/webhooks';
export type {
  WidgetSession,
  WidgetSessionCreateParams,
  WidgetSessionsResource,
} from './resources/widget-sessions';
