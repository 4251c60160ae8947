import { generateTestWebhookHeaders, verifyWebhook } from '@apotheca/core';

/** Webhook helpers (no network): verify deliveries, and sign payloads for your own tests. */
export interface WebhooksHelpers {
  /** {@link verifyWebhook}: checks the signature and timestamp and returns the parsed event. */
  verify: typeof verifyWebhook;
  /** {@link generateTestWebhookHeaders}: signs a payload as Apotheca would, for tests. */
  generateTestHeaders: typeof generateTestWebhookHeaders;
}

/** The webhook helpers. */
export const webhooks: WebhooksHelpers = {
  verify: verifyWebhook,
  generateTestHeaders: generateTestWebhookHeaders,
};
