import { hex } from '../util/base64';

const encoder = new TextEncoder();

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` hash the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
    .join(',')}}`;
}

async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return hex(
    new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
  );
}

/**
 * A canonical text of a parsed body: sorted JSON for objects; for multipart, the fields in order
 * with each file reduced to name, type, size and SHA-256 — so a retry that re-encodes the same
 * form with a new boundary still matches.
 */
export async function canonicalBody(body: unknown): Promise<string> {
  if (body === undefined) return '';
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    const parts: string[] = [];
    for (const [name, value] of body) {
      if (typeof value === 'string') parts.push(canonicalJson([name, value]));
      else {
        const digest = await sha256Hex(new Uint8Array(await value.arrayBuffer()));
        parts.push(canonicalJson([name, { file: value.name, type: value.type, sha256: digest }]));
      }
    }
    return `multipart:${parts.join('\n')}`;
  }
  return canonicalJson(body);
}

/**
 * A synchronous SHA-256 of a UTF-8 text as lowercase hex, e.g. `node:crypto`'s
 * `createHash('sha256')`. It must produce the same digest as WebCrypto, so fingerprints stored by
 * one host still match under another.
 */
export type TextHash = (text: string) => string;

/**
 * The idempotency fingerprint: method + path + canonical body, hashed — with `hash` when given
 * (a host's synchronous SHA-256; WebCrypto's `digest` is async and, in Node, a thread-pool hop per
 * request), else with WebCrypto.
 */
export async function requestFingerprint(
  method: string,
  path: string,
  body: unknown,
  hash?: TextHash,
): Promise<string> {
  const text = `${method} ${path}\n${await canonicalBody(body)}`;
  return hash ? hash(text) : sha256Hex(text);
}

export { sha256Hex };
