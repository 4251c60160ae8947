const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const POOL_SIZE = 4096;
let pool = new Uint8Array(0);
let offset = POOL_SIZE;

function randomByte(): number {
  if (offset >= pool.length) {
    // One getRandomValues call per 4 KiB of ids keeps id minting cheap on the hot path.
    pool = crypto.getRandomValues(new Uint8Array(POOL_SIZE));
    offset = 0;
  }
  return pool[offset++]!;
}

/** A random base62 string (rejection sampling, so every character is uniform). */
export function randomToken(length: number): string {
  let out = '';
  while (out.length < length) {
    const byte = randomByte();
    if (byte < 248) out += ALPHABET[byte % 62];
  }
  return out;
}

function timePrefix(ms: number): string {
  let out = '';
  let rest = Math.floor(ms);
  for (let i = 0; i < 8; i++) {
    out = ALPHABET[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out;
}

/**
 * A new prefixed id, e.g. `newId('pat', nowMs)` → `pat_0Wq3kZ1a…`: 8 base62 characters of the
 * time then 12 random ones (≈ 71 bits). Time first keeps ids of new rows next to each other in a
 * B-tree, so a durable commit touches few pages; the ids stay opaque to API users. The time comes
 * from the caller (the platform's injected clock), never from `Date.now()`.
 *
 * @example
 * ```ts
 * const id = newId('evt', now.getTime()); // 'evt_…'
 * ```
 */
export function newId(prefix: string, nowMs: number): string {
  return `${prefix}_${timePrefix(nowMs)}${randomToken(12)}`;
}

/** Random bytes from Web Crypto. */
export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}
