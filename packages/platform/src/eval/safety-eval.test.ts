/**
 * `npm run eval:safety`: the domain package's drug-safety cases through the real HTTP API on
 * loopback, by English and by Chinese names, asserting the goals (100% majors flagged, ≥ 90%
 * severity in range, zero alerts on true negatives, every name resolved).
 */
import { type SandboxHarness, startTestSandbox } from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDomains } from '../domains';
import {
  evaluateOverHttp,
  type Lang,
  type Metrics,
  readCases,
  type SafetyCase,
  score,
  table,
} from './safety-eval';

const fixtures = (name: string) => new URL(`../../../domain/fixtures/${name}`, import.meta.url);
const SETS: Record<string, SafetyCase[]> = {
  sample: readCases(fixtures('drug-safety-cases.jsonl')),
  authored: readCases(fixtures('drug-safety-cases.authored.jsonl')),
};

let sandbox: SandboxHarness;
const rows: { set: string; lang: Lang; m: Metrics }[] = [];

beforeAll(async () => {
  // This package's domains (source, not a built copy) behind the real Node host.
  sandbox = await startTestSandbox({ domains: defaultDomains() });
});

afterAll(async () => {
  await sandbox?.close();
  if (rows.length) console.log(`\n${table(rows)}\n`);
  const failures = rows.flatMap((r) => r.m.failures);
  if (failures.length) console.log(failures.join('\n'));
});

describe.each(Object.keys(SETS))('safety eval over HTTP: %s cases', (set) => {
  describe.each(['en', 'zh'] as const)('in %s', (lang) => {
    let m: Metrics;
    beforeAll(async () => {
      m = await evaluateOverHttp(SETS[set]!, lang, (json) =>
        sandbox.api('POST', '/v1/safety-checks', { json }),
      );
      rows.push({ set, lang, m });
    });
    it('ran every case', () => expect(m.cases).toBe(SETS[set]!.length));
    it('resolves every name', () => expect(m.unresolved, m.failures.join('\n')).toBe(0));
    it('flags every major', () => expect(m.majorsFlagged, m.failures.join('\n')).toBe(m.majors));
    it('keeps ≥ 90% of severities in the acceptable range', () =>
      expect(m.severityAgreement / m.positives, m.failures.join('\n')).toBeGreaterThanOrEqual(0.9));
    it('raises no alert on a true negative', () =>
      expect(m.falseAlerts, m.failures.join('\n')).toBe(0));
  });
});

describe('the scoring', () => {
  const blank = (): Metrics => ({
    cases: 0,
    positives: 0,
    severityAgreement: 0,
    majors: 0,
    majorsFlagged: 0,
    negatives: 0,
    falseAlerts: 0,
    unresolved: 0,
    failures: [],
  });
  const major: SafetyCase = {
    id: 'X',
    kind: 'renal',
    drugs: [],
    expect: 'major',
    acceptable: ['major'],
    contraindicated: true,
  };
  it('counts a missed major, a wrong kind and a missing contraindication as failures', () => {
    const m = blank();
    score(m, major, 'en', {
      alerts: [{ kind: 'drug_drug', severity: 'major', contraindicated: true }],
      unresolved: [],
    });
    score(m, major, 'en', {
      alerts: [{ kind: 'dose', severity: 'major', contraindicated: false }],
      unresolved: [],
    });
    expect(m).toMatchObject({ positives: 2, severityAgreement: 0, majors: 2, majorsFlagged: 1 });
    score(m, major, 'en', {
      alerts: [{ kind: 'dose', severity: 'major', contraindicated: true }],
      unresolved: [],
    });
    expect(m.severityAgreement).toBe(1);
  });
  it('counts any alert on a true negative, and unresolved inputs', () => {
    const m = blank();
    const negative: SafetyCase = {
      id: 'N',
      kind: 'none',
      drugs: [],
      expect: 'none',
      acceptable: ['none'],
    };
    score(m, negative, 'zh', {
      alerts: [{ kind: 'dose', severity: 'minor', contraindicated: false }],
      unresolved: [{ input: 'x' }],
    });
    expect(m).toMatchObject({ negatives: 1, falseAlerts: 1, unresolved: 1 });
  });
});
