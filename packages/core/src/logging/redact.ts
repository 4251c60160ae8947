/**
 * Keys whose values never reach a log: credentials, and patient data (identity, contact and
 * clinical fields). Matched case-insensitively, ignoring `-` and `_`.
 */
const SENSITIVE_KEYS = new Set(
  (
    'authorization proxyauthorization cookie setcookie apikey accesstoken token clientsecret ' +
    'secret password name givenname familyname birthdate dateofbirth sex gender phone email ' +
    'address idnumber nationalid allergies conditions symptoms notes diagnoses medications'
  ).split(' '),
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
      out[key] = SENSITIVE_KEYS.has(key.toLowerCase().replace(/[-_]/g, ''))
        ? '[redacted]'
        : redact(item);
    }
    return out;
  }
  return value;
}
