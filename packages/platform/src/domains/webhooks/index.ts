import type { Schema } from '@apotheca/api-spec';
import { listPage } from '../../http/pagination';
import { notFound } from '../../http/problem';
import { isoSeconds } from '../../util/clock';
import { WEBHOOK_ENDPOINTS, type WebhookEndpointDoc } from '../../webhooks/docs';
import { newWebhookSecret } from '../../webhooks/signing';
import { type DomainModule, defineRoute } from '../types';

/** The public view: the secret is shown only once, at creation. */
function publicView(doc: WebhookEndpointDoc): Schema<'WebhookEndpoint'> {
  const { secret: _secret, ...rest } = doc;
  return rest;
}

const createWebhookEndpoint = defineRoute({
  operationId: 'createWebhookEndpoint',
  handle({ body: input, tx, now, newId }) {
    const doc: WebhookEndpointDoc = {
      id: newId('we'),
      object: 'webhook_endpoint',
      url: input.url,
      events: [...input.events],
      ...(input.description !== undefined ? { description: input.description } : {}),
      status: 'enabled',
      secret: newWebhookSecret(),
      created_at: isoSeconds(now),
    };
    tx.collection<WebhookEndpointDoc>(WEBHOOK_ENDPOINTS).put(doc);
    return { status: 201, body: { ...publicView(doc), secret: doc.secret } };
  },
});

const listWebhookEndpoints = defineRoute({
  operationId: 'listWebhookEndpoints',
  handle({ tx, query }) {
    const page = listPage(tx.collection<WebhookEndpointDoc>(WEBHOOK_ENDPOINTS), query);
    return { status: 200, body: { ...page, data: page.data.map(publicView) } };
  },
});

const deleteWebhookEndpoint = defineRoute({
  operationId: 'deleteWebhookEndpoint',
  handle({ tx, params }) {
    const { id } = params;
    if (!tx.collection(WEBHOOK_ENDPOINTS).delete(id)) throw notFound('webhook endpoint', id);
    return {
      status: 200,
      body: { id, object: 'webhook_endpoint', deleted: true } satisfies Schema<'DeletedObject'>,
    };
  },
});

/** Webhook endpoints (registration, listing, deletion); delivery lives in src/webhooks/. */
export const webhooksDomain: DomainModule = {
  name: 'webhooks',
  routes: [createWebhookEndpoint, listWebhookEndpoints, deleteWebhookEndpoint],
};
