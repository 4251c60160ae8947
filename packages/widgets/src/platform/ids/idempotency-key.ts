/**
 * A random `Idempotency-Key` for one user action, reused when the user retries that action so a
 * retried dispense can never happen twice. `crypto.randomUUID` needs a secure context; portals
 * on plain http (an intranet) still have `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
