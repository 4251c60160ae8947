import type { Schema } from '@apotheca/api-spec';
import { DEFAULT_BASE_URL, SECRET_KEY } from './seed';

type Scope = Schema<'Scope'>;

/** What {@link mintWidgetSession} needs. */
export interface MintWidgetSessionOptions {
  patientId: string;
  scopes: readonly Scope[];
  /** The page origin the token may be used from, e.g. `http://localhost:6006`. */
  origin: string;
  /** Default 900 (the contract's maximum). */
  ttlSeconds?: number;
  /** Default: the seeded secret key. */
  secretKey?: string;
}

/**
 * Mints a widget session the way a partner's server does (`POST /v1/widget-sessions` with the
 * secret key) and returns it; throws with the problem when the platform refuses.
 *
 * @param target the sandbox's base URL, or a fetch that reaches it (an in-process harness's
 *   `fetch`, or plain `fetch` under msw); with a fetch, requests go to `http://localhost:4010`.
 * @example
 * ```ts
 * const { token } = await mintWidgetSession(sandbox.url, {
 *   patientId: PATIENTS.wangfang,
 *   scopes: ['patients:read', 'trace:verify'],
 *   origin: 'http://localhost:6006',
 * });
 * ```
 */
export async function mintWidgetSession(
  target: string | typeof fetch,
  options: MintWidgetSessionOptions,
): Promise<Schema<'WidgetSession'>> {
  const [send, base] =
    typeof target === 'string'
      ? [globalThis.fetch.bind(globalThis), target.replace(/\/+$/, '')]
      : [target, DEFAULT_BASE_URL];
  const response = await send(`${base}/v1/widget-sessions`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${options.secretKey ?? SECRET_KEY}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      patient_id: options.patientId,
      scopes: options.scopes,
      allowed_origin: options.origin,
      ...(options.ttlSeconds !== undefined ? { ttl_seconds: options.ttlSeconds } : {}),
    }),
  });
  const text = await response.text();
  if (response.status !== 201) {
    throw new Error(`mintWidgetSession: ${response.status} ${text}`);
  }
  return JSON.parse(text) as Schema<'WidgetSession'>;
}
