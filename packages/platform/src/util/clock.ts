/** A clock: returns the current time. Injected so tests can move time (e.g. idempotency expiry). */
export type Clock = () => Date;

/** RFC 3339 UTC with second precision, as the contract's timestamps are. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
