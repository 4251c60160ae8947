import type { components } from '@apotheca/api-spec';
import { ApothecaError } from '../errors/errors';
import { fromBase64, signPayload, timingSafeEqual, toBytes } from './signature';

/** An event delivered to a webhook endpoint. */
export type WebhookEvent = components['schemas']['Event'];

/** Request headers as `Headers` or as Node gives them (`req.headers`). */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** Why a webhook failed verification. */
export type WebhookVerificationErrorCode =
  | 'parsed_body'
  | 'missing_header'
  | 'invalid_secret'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature'
  | 'invalid_json';

/** A delivery that must not be trusted; `code` says why. Answer it with 400. */
export class WebhookVerificationError extends ApothecaError {
  override name = 'WebhookVerificationError';
  declare readonly code: WebhookVerificationErrorCode;

  constructor(code: WebhookVerificationErrorCode, message: string) {
    super(message, { code });
  }
}

/** Options for {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** Largest allowed clock difference, either way, in seconds (default 300). */
  toleranceSeconds?: number;
  /** The current time in epoch milliseconds (default `Date.now()`). */
  now?: number;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value.join(' ') : value;
  }
  return undefined;
}

/**
 * Verifies a Standard Webhooks delivery (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature`) and returns the parsed event. Needs the raw body exactly as received.
 *
 * @param rawBody the request body as received (string, `Uint8Array`/`Buffer`, `ArrayBuffer`), never a parsed object
 * @param headers the request headers
 * @param secret the endpoint's signing secret (`whsec_…`)
 * @throws {WebhookVerificationError} when the delivery is malformed, stale, or not signed with `secret`
 *
 * @example
 * ```ts
 * // Express: keep the body raw for this route.
 * app.post('/webhooks/apotheca', express.raw({ type: 'application/json' }), async (req, res) => {
 *   try {
 *     const event = await verifyWebhook(req.body, req.headers, process.env.APOTHECA_WEBHOOK_SECRET!);
 *     if (event.type === 'patient.created') console.log(event.data.object);
 *     res.sendStatus(200);
 *   } catch (error) {
 *     res.status(400).send((error as Error).message);
 *   }
 * });
 * ```
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array | ArrayBuffer,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const body =
    typeof rawBody === 'string'
      ? rawBody
      : ArrayBuffer.isView(rawBody)
        ? new Uint8Array(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength)
        : rawBody instanceof ArrayBuffer
          ? new Uint8Array(rawBody)
          : undefined;
  if (body === undefined) {
    throw new WebhookVerificationError(
      'parsed_body',
      `verifyWebhook needs the raw request body (a string or bytes) because the signature covers its exact bytes, but you passed ${
        rawBody === null ? 'null' : `an ${typeof rawBody}`
      }; keep the body raw for this route, e.g. in Express use express.raw({ type: 'application/json' }), in Next.js await request.text().`,
    );
  }
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  const missing = [
    id ? '' : 'webhook-id',
    timestamp ? '' : 'webhook-timestamp',
    signatures ? '' : 'webhook-signature',
  ].filter(Boolean);
  if (missing.length) {
    throw new WebhookVerificationError(
      'missing_header',
      `Webhook is missing the ${missing.join(', ')} header${missing.length > 1 ? 's' : ''}; is this request from Apotheca, and does your proxy forward these headers?`,
    );
  }
  let key: Uint8Array;
  try {
    if (!secret.startsWith('whsec_')) throw new Error();
    key = fromBase64(secret.slice(6));
    if (!key.length) throw new Error();
  } catch {
    throw new WebhookVerificationError(
      'invalid_secret',
      'The webhook secret must be the endpoint\'s "whsec_…" signing secret (base64 after the prefix), as returned when the endpoint was created.',
    );
  }
  if (!/^\d+$/.test(timestamp!)) {
    throw new WebhookVerificationError(
      'invalid_timestamp',
      `webhook-timestamp must be Unix seconds, got "${timestamp!.slice(0, 40)}"`,
    );
  }
  const { toleranceSeconds = 300, now = Date.now() } = options;
  const skew = Math.floor(now / 1000) - Number(timestamp);
  if (skew > toleranceSeconds) {
    throw new WebhookVerificationError(
      'timestamp_too_old',
      `Webhook timestamp is ${skew} s old, more than the ${toleranceSeconds} s tolerance: a replayed delivery, or check this server's clock.`,
    );
  }
  if (-skew > toleranceSeconds) {
    throw new WebhookVerificationError(
      'timestamp_too_new',
      `Webhook timestamp is ${-skew} s in the future, more than the ${toleranceSeconds} s tolerance: check this server's clock.`,
    );
  }
  const bytes = toBytes(body);
  const expected = await signPayload(key, id!, timestamp!, bytes);
  // Several signatures appear during secret rotation; any valid v1 one is enough.
  const matched = signatures!
    .split(' ')
    .some((entry) => entry.startsWith('v1,') && timingSafeEqual(entry.slice(3), expected));
  if (!matched) {
    throw new WebhookVerificationError(
      'no_matching_signature',
      'No webhook-signature matches this body and secret: use the secret of the endpoint this delivery was sent to, and pass the body exactly as received (not re-serialized JSON).',
    );
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as WebhookEvent;
  } catch {
    throw new WebhookVerificationError('invalid_json', 'Webhook body is signed but is not JSON.');
  }
}
