// Offline only: parses a pack's trace code. Must bundle without any HTTP client.
import { safeParseTraceCode } from '@apotheca/trace';

const parsed = safeParseTraceCode(process.argv[2] ?? '');
console.log(
  JSON.stringify(
    parsed.ok
      ? { ok: true, format: parsed.value.format, gtin: parsed.value.gtin ?? null }
      : { ok: false, code: parsed.error.code },
  ),
);
