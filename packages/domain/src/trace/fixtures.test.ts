import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ParseOptions,
  safeParseTraceCode,
  type TraceCode,
  type TraceCodeErrorCode,
} from './index';

interface FixtureLine {
  input: string;
  kind: string;
  expect: Record<string, unknown>;
  policy?: 'strict' | 'lenient';
  lenient_expect?: Record<string, unknown>;
  strict_expect?: Record<string, unknown>;
}

const FIXTURES = new URL('../../fixtures/trace-codes.jsonl', import.meta.url);
const lines: FixtureLine[] = readFileSync(FIXTURES, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as FixtureLine);

/** Fixture errors are described in words: map them to the parser's stable codes. */
export function errorCategory(text: string): TraceCodeErrorCode {
  const rules: [RegExp, TraceCodeErrorCode][] = [
    [/missing GS|separator/i, 'missing_separator'],
    [/check (digit|character)/i, 'check_digit'],
    [/本位码|not a traceability|china|must be 20 digits/i, 'china_length'],
    [/must start with 8|prefix/i, 'china_prefix'],
    [/bare \d+ digits|without AI/i, 'bare_gtin'],
    [/empty (GS1 data|input)/i, 'empty_input'],
    [/empty path segment|scheme|\buri\b/i, 'invalid_uri'],
    [/path qualifier|query attribute|qualifier order/i, 'dl_query_attribute'],
    [/requires/i, 'missing_required_ai'],
    [/duplicate|different values/i, 'duplicate_ai'],
    [/unknown AI/i, 'unknown_ai'],
    [/invalid (day|month)|date/i, 'invalid_date'],
    [/non-digit|not in CSET|character|hyphen/i, 'invalid_character'],
    [/exceeds|must be \d+ digits|length|too (long|short)/i, 'invalid_length'],
    [/must be|must not/i, 'invalid_value'],
  ];
  for (const [re, code] of rules) if (re.test(text)) return code;
  return 'unknown_format';
}

/** The parser's value for a fixture field name. */
function field(code: TraceCode, name: string): unknown {
  if (code.format === 'china') {
    switch (name) {
      case 'drug_id':
        return code.productCode;
      case 'check':
        return code.checkCode;
      case 'label_serial':
        return code.serial + code.checkCode;
      default:
        return (code as unknown as Record<string, unknown>)[name];
    }
  }
  switch (name) {
    case 'prod_date':
      return code.productionDate;
    case 'expiry_raw':
      return code.ais.find(([ai]) => ai === '17')?.[1];
    default:
      return (code as unknown as Record<string, unknown>)[name];
  }
}

let agreed = 0;
let total = 0;

function check(input: string, expected: Record<string, unknown>, options?: ParseOptions): void {
  total++;
  const result = safeParseTraceCode(input, options);
  if ('error' in expected) {
    expect(result.ok, `expected an error for ${JSON.stringify(input)}`).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(errorCategory(String(expected.error)));
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  } else {
    expect(result.ok, result.ok ? '' : `${result.error.code}: ${result.error.message}`).toBe(true);
    if (result.ok) {
      for (const [name, value] of Object.entries(expected)) {
        expect(field(result.value, name), `${name} of ${JSON.stringify(input)}`).toEqual(value);
      }
    }
  }
  agreed++;
}

const LENIENT: ParseOptions = { permitZeroSuppressedGtin: true, permitBareGtin: true };
const STRICT: ParseOptions = { strictChinaSeparators: true };

describe('shared trace-code fixtures', () => {
  it('has fixture lines', () => {
    expect(lines.length).toBeGreaterThan(0);
  });
  for (const line of lines) {
    it(`${line.kind}: ${JSON.stringify(line.input)}`, () => {
      check(line.input, line.expect);
    });
    if (line.lenient_expect) {
      const expected = line.lenient_expect;
      it(`${line.kind} (lenient options): ${JSON.stringify(line.input)}`, () => {
        check(line.input, expected, LENIENT);
      });
    }
    if (line.strict_expect) {
      const expected = line.strict_expect;
      it(`${line.kind} (strict options): ${JSON.stringify(line.input)}`, () => {
        check(line.input, expected, STRICT);
      });
    }
  }
  afterAll(() => {
    console.log(`trace-code fixture agreement: ${agreed}/${total} (${lines.length} lines)`);
  });
});
