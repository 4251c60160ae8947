import type { Schema } from '@apotheca/api-spec';
import type { ApothecaClient, RequestOptions } from '@apotheca/core';

/** A short-lived token (≤ 15 min) for one patient that a page hands to a widget. */
export type WidgetSession = Schema<'WidgetSession'>;
/**
 * What `widgetSessions.create` takes: the patient, scopes and the page's origin; `ttl_seconds`
 * (60–900) defaults to 900. (Declared optional here because the generated schema type marks
 * defaulted fields required.)
 */
export type WidgetSessionCreateParams = Omit<Schema<'WidgetSessionCreate'>, 'ttl_seconds'> & {
  ttl_seconds?: number;
};

/** Widget sessions; mint them on your server, never in the browser. */
export interface WidgetSessionsResource {
  /**
   * Mints a widget session (`POST /v1/widget-sessions`). Give `session.token` to the page; it sees
   * only `patient_id`, only `scopes`, only from `allowed_origin`, until `expires_at`.
   */
  create(params: WidgetSessionCreateParams, options?: RequestOptions): Promise<WidgetSession>;
}

/** The widget-sessions resource bound to a client. */
export function widgetSessions(client: ApothecaClient): WidgetSessionsResource {
  return {
    create: (params, options) =>
      client.post('/v1/widget-sessions', {
        ...options,
        body: params as Schema<'WidgetSessionCreate'>,
      }),
  };
}
