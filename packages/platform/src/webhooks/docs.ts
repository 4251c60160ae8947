import type { EventType } from '../domains/types';

/** A stored webhook endpoint (the secret is stored; responses only show it at creation). */
export interface WebhookEndpointDoc {
  id: string;
  object: 'webhook_endpoint';
  url: string;
  events: string[];
  description?: string;
  status: 'enabled' | 'disabled';
  secret: string;
  created_at: string;
}

/** One delivery attempt, for the delivery log. */
export interface DeliveryAttempt {
  attempted_at: string;
  /** HTTP status, or null for a network error / timeout. */
  status_code: number | null;
  error: string | null;
}

/** One event to one endpoint: an outbox row plus its delivery log. */
export interface WebhookDeliveryDoc {
  id: string;
  event_id: string;
  event_type: EventType;
  endpoint_id: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: DeliveryAttempt[];
  next_attempt_at_ms: number;
  created_at: string;
}

export const WEBHOOK_ENDPOINTS = 'webhook_endpoints';
export const WEBHOOK_DELIVERIES = 'webhook_deliveries';
export const EVENTS = 'events';
