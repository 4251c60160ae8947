/**
 * `@apotheca/sdk`: the Apotheca SDK, every resource on one client, plus everything from
 * `@apotheca/core` (errors, `verifyWebhook`, types) and the resource packages.
 *
 * @example
 * ```ts
 * import { Apotheca, ValidationError } from '@apotheca/sdk';
 *
 * const apotheca = new Apotheca({ apiKey: 'sk_test_apotheca_sandbox' });
 * const wang = await apotheca.patients.retrieve('pat_test_wangfang');
 * ```
 *
 * @packageDocumentation
 */
export * from '@apotheca/core';
export * from '@apotheca/patients';
export * from '@apotheca/trace';
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
