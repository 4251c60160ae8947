import type { ApothecaClient } from '@apotheca/core';
import { type PatientsResource, patients } from '@apotheca/patients';
import { type PrescriptionsResource, prescriptions } from '@apotheca/prescriptions';
import { type TraceResource, trace } from '@apotheca/trace';
import { type FilesResource, files } from './resources/files';
import { type WebhookEndpointsResource, webhookEndpoints } from './resources/webhook-endpoints';
import { type WidgetSessionsResource, widgetSessions } from './resources/widget-sessions';

/**
 * Every resource the umbrella client exposes. To add one: add it to this interface and to {@link createResources}; `Apotheca` picks it up from here.
 */
export interface Resources {
  patients: PatientsResource;
  widgetSessions: WidgetSessionsResource;
  files: FilesResource;
  webhookEndpoints: WebhookEndpointsResource;
  trace: TraceResource;
  /**
   * The medication catalogue, drug-safety checks, e-prescriptions, refills and adherence
   * (`medications`, `safetyChecks`, `prescriptions`, `refillRequests`, `adherence`).
   */
  prescriptions: PrescriptionsResource;
}

/** Binds every resource to one client. */
export function createResources(client: ApothecaClient): Resources {
  return {
    patients: patients(client),
    widgetSessions: widgetSessions(client),
    files: files(client),
    webhookEndpoints: webhookEndpoints(client),
    trace: trace(client),
    prescriptions: prescriptions(client),
  };
}
