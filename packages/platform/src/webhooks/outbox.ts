import type { EventEnvelope, EventType } from '../domains/types';
import type { Transaction } from '../storage/types';
import { isoSeconds } from '../util/clock';
import { newId } from '../util/ids';
import {
  EVENTS,
  WEBHOOK_DELIVERIES,
  WEBHOOK_ENDPOINTS,
  type WebhookDeliveryDoc,
  type WebhookEndpointDoc,
} from './docs';

/**
 * Records an event and one pending delivery per enabled, subscribed endpoint — in the caller's
 * transaction, so the event exists if and only if the effect does (outbox pattern).
 */
export function recordEvent(
  tx: Transaction,
  type: EventType,
  object: object,
  now: Date,
  apiVersion: string,
): EventEnvelope {
  const event: EventEnvelope = {
    id: newId('evt', now.getTime()),
    object: 'event',
    type,
    api_version: apiVersion,
    created_at: isoSeconds(now),
    data: { object: object as Record<string, unknown> },
  };
  tx.collection<EventEnvelope & { id: string }>(EVENTS).put(event);
  const endpoints = tx.collection<WebhookEndpointDoc>(WEBHOOK_ENDPOINTS).list({
    limit: 1000,
    filter: (e) => e.status === 'enabled' && (e.events.includes('*') || e.events.includes(type)),
  });
  const deliveries = tx.collection<WebhookDeliveryDoc>(WEBHOOK_DELIVERIES);
  for (const endpoint of endpoints.data) {
    deliveries.put({
      id: newId('whd', now.getTime()),
      event_id: event.id,
      event_type: type,
      endpoint_id: endpoint.id,
      status: 'pending',
      attempts: [],
      next_attempt_at_ms: now.getTime(),
      created_at: event.created_at,
    });
  }
  return event;
}
