import { afterAll, describe, expect, it } from 'vitest';
import { evaluate, type Lang, type Metrics, readCases, table } from './eval.test-util';

const SETS = {
  sample: readCases(new URL('../../fixtures/drug-safety-cases.jsonl', import.meta.url)),
  authored: readCases(new URL('../../fixtures/drug-safety-cases.authored.jsonl', import.meta.url)),
};
const rows: { set: string; lang: Lang; m: Metrics }[] = [];

describe.each(Object.entries(SETS))('safety eval: %s cases', (set, cases) => {
  describe.each(['en', 'zh'] as const)('in %s', (lang) => {
    const m = evaluate(cases, lang);
    rows.push({ set, lang, m });
    it('resolves every name', () => expect(m.unresolvedInputs, m.failures.join('\n')).toBe(0));
    it('flags every major', () => expect(m.majorsCaught, m.failures.join('\n')).toBe(m.majors));
    it('keeps ≥ 90% of severities in the acceptable range', () =>
      expect(m.severityAgreement / m.positives, m.failures.join('\n')).toBeGreaterThanOrEqual(0.9));
    it('raises no alert on a true negative', () =>
      expect(m.falseAlertNegatives, m.failures.join('\n')).toBe(0));
  });
});

afterAll(() => {
  console.log(`\n${table(rows)}\n`);
  const failures = rows.flatMap((r) => r.m.failures);
  if (failures.length) console.log(failures.join('\n'));
});
