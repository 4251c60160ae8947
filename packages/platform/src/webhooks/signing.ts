import { base64Decode, base64Encode } from '../util/base64';
import { randomBytes } from '../util/ids';

const encoder = new TextEncoder();

/** A new endpoint secret: `whsec_` + base64 of 24 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${base64Encode(randomBytes(24))}`;
}

const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    const raw = base64Decode(secret.startsWith('whsec_') ? secret.slice(6) : secret);
    key = crypto.subtle.importKey(
      'raw',
      raw as Uint8Array<ArrayBuffer>,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    keys.set(secret, key);
  }
  return key;
}

/**
 * The Standard Webhooks signature header value: `v1,<base64 HMAC-SHA256(key, "{id}.{ts}.{body}")>`
 * with the key being the base64-decoded part after `whsec_`.
 *
 * @example
 * ```ts
 * const header = await signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'evt_1', 1700000000, '{}');
 * ```
 */
export async function signWebhook(
  secret: string,
  id: string,
  timestampSeconds: number,
  body: string,
): Promise<string> {
  const mac = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret),
    encoder.encode(`${id}.${timestampSeconds}.${body}`),
  );
  return `v1,${base64Encode(new Uint8Array(mac))}`;
}
