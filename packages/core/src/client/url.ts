/** Query values the client can encode; arrays repeat the key, `undefined`/`null` are skipped. */
type QueryValue =
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
