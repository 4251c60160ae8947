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

/**
 * A new prefixed id, e.g. `newId('pat')` → `pat_4kQ9…` (20 random base62 characters ≈ 119 bits).
 *
 * @example
 * ```ts
 * const id = newId('evt'); // 'evt_…'
 * ```
 */
export function newId(prefix: string, length = 20): string {
  return `${prefix}_${randomToken(length)}`;
}

/** Random bytes from Web Crypto. */
export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}
