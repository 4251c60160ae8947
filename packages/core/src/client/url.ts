/** Query values the client can encode; arrays repeat the key, `undefined`/`null` are skipped. */
export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly (string | number | boolean)[];

/** Joins `baseUrl` and a path template, filling `{name}` segments and appending the query. */
export function buildUrl(
  baseUrl: string,
  path: string,
  params: { path?: unknown; query?: unknown } = {},
): string {
  const pathValues = (params.path ?? {}) as Record<string, string | number>;
  const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = pathValues[name];
    if (value === undefined || value === '')
      throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries((params.query ?? {}) as Record<string, QueryValue>)) {
    if (value == null) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, String(item));
  }
  const search = query.toString();
  return `${baseUrl.replace(/\/+$/, '')}${filled}${search ? `?${search}` : ''}`;
}

/** A random v4 UUID for `Idempotency-Key`, also where `crypto.randomUUID` is missing (plain-http pages). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
