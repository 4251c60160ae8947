import type { Schema } from '@apotheca/api-spec';
import type { ApothecaClient, Paginator, RequestOptions } from '@apotheca/core';

/** A registered webhook endpoint; `secret` (`whsec_…`) is present only in the create response. */
export type WebhookEndpoint = Schema<'WebhookEndpoint'>;
/** What `webhookEndpoints.create` takes. */
export type WebhookEndpointCreateParams = Schema<'WebhookEndpointCreate'>;
/** The answer to a delete. */
export type DeletedObject = Schema<'DeletedObject'>;

/** Webhook endpoints. */
export interface WebhookEndpointsResource {
  /** Registers an endpoint; store the returned `secret` to verify deliveries. */
  create(params: WebhookEndpointCreateParams, options?: RequestOptions): Promise<WebhookEndpoint>;
  /** Every endpoint, page by page. */
  list(params?: { limit?: number }, options?: RequestOptions): Paginator<WebhookEndpoint>;
  /** Deletes an endpoint (`DELETE /v1/webhook-endpoints/{id}`); deliveries to it stop. */
  delete(id: string, options?: RequestOptions): Promise<DeletedObject>;
  /** @deprecated Use `delete()`; kept as an alias until the next major version. */
  del(id: string, options?: RequestOptions): Promise<DeletedObject>;
}

/** The webhook-endpoints resource bound to a client. */
export function webhookEndpoints(client: ApothecaClient): WebhookEndpointsResource {
  const remove: WebhookEndpointsResource['delete'] = (id, options) =>
    client.delete('/v1/webhook-endpoints/{id}', { ...options, params: { path: { id } } });
  return {
    create: (params, options) => client.post('/v1/webhook-endpoints', { ...options, body: params }),
    list: (params = {}, options) =>
      client.paginate('/v1/webhook-endpoints', { params: { query: params } }, options),
    delete: remove,
    del: remove,
  };
}
