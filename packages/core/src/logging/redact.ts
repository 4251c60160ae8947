import { SENSITIVE_FIELDS } from '@apotheca/api-spec';

/** Matching ignores case, `-` and `_`: `Birth-Date`, `birth_date` and `birthDate` are one key. */
const normalize = (key: string) => key.toLowerCase().replace(/[-_]/g, '');

/**
 * Keys whose values never reach a log: the transport's credentials (core's own concern) and
 * whatever the contract marks sensitive (`x-sensitive`: patient identity and clinical fields,
 * tokens, secrets), so a new domain adds its fields in the contract, never here.
 */
const SENSITIVE_KEYS = new Set(
  [
    'authorization',
    'proxy-authorization',
    'cookie',
    'set-cookie',
    'api_key',
    'password',
    ...SENSITIVE_FIELDS,
  ].map(normalize),
);

/** Token-shaped substrings: secret keys, widget tokens, webhook secrets, client secrets, bearer values. */
const TOKEN_PATTERN = /\b(sk|wst|whsec|cs)_[\w+/=-]+|\b(Bearer)\s+[\w.~+/=-]+/gi;

/** Replaces credential-shaped substrings of a string. */
export function redactString(value: string): string {
  return value.replace(TOKEN_PATTERN, (_m, prefix?: string, bearer?: string) =>
    bearer ? `${bearer} [redacted]` : `${prefix}_[redacted]`,
  );
}

/**
 * Returns a copy of `value` safe to log: sensitive keys' values become `"[redacted]"` at any
 * depth, token-shaped strings are masked, and `Headers` become plain objects first.
 *
 * @example
 * ```ts
 * redact({ headers: { Authorization: 'Bearer sk_test_x' }, body: { name: '王芳', sex: 'female' } });
 * // → { headers: { Authorization: '[redacted]' }, body: { name: '[redacted]', sex: '[redacted]' } }
 * ```
 */
export function redact(value: unknown): unknown {
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Headers) return redact(Object.fromEntries(value));
  if (value instanceof Error) return redactString(`${value.name}: ${value.message}`);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = SENSITIVE_KEYS.has(normalize(key)) ? '[redacted]' : redact(item);
    }
    return out;
  }
  return value;
}
