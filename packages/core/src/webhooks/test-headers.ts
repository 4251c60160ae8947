import { newIdempotencyKey } from '../idempotency/key';
import { fromBase64, signPayload, toBytes } from './signature';

/** What {@link generateTestWebhookHeaders} signs. */
export interface TestWebhookInit {
  /** The body exactly as your test will pass it to your handler. */
  payload: string | Uint8Array;
  /** The `whsec_…` secret your handler verifies with. */
  secret: string;
  /** `webhook-id` (default: a random `msg_…`). */
  id?: string;
  /** `webhook-timestamp` in Unix seconds (default: now). */
  timestamp?: number;
}

/**
 * Signs a payload the way Apotheca does, for testing your webhook handler without a server.
 *
 * @example
 * ```ts
 * const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'patient.created', api_version: '2026-11-01', created_at: new Date().toISOString(), data: { object: {} } });
 * const headers = await generateTestWebhookHeaders({ payload, secret: 'whsec_dGVzdHNlY3JldA==' });
 * await fetch('http://localhost:3000/webhooks/apotheca', { method: 'POST', headers, body: payload });
 * ```
 */
export async function generateTestWebhookHeaders(
  init: TestWebhookInit,
): Promise<Record<string, string>> {
  // newIdempotencyKey is the random UUID that also works where crypto.randomUUID is missing.
  const id = init.id ?? `msg_${newIdempotencyKey().replace(/-/g, '')}`;
  const timestamp = String(init.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = await signPayload(
    fromBase64(init.secret.replace(/^whsec_/, '')),
    id,
    timestamp,
    toBytes(init.payload),
  );
  return {
    'webhook-id': id,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signature}`,
  };
}
