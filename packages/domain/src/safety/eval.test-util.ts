import { readFileSync } from 'node:fs';
import { checkSafety } from './check';
import type { AlertKind, SafetyCheckInput, SafetyCheckResult, Severity } from './types';

/** One fixture line (`fixtures/drug-safety-cases*.jsonl`). */
export interface SafetyCase {
  id: string;
  kind: string;
  drugs: { name: string; zh: string }[];
  current?: { name: string; zh: string }[];
  conditions?: { name: string; zh: string }[];
  allergies?: { name: string; zh: string }[];
  patient?: {
    age?: number;
    egfr?: number;
    sex?: 'female' | 'male';
    pregnancy?: boolean | { trimester?: 1 | 2 | 3; weeks?: number };
  };
  expect: Severity | 'none';
  acceptable: (Severity | 'none')[];
  contraindicated?: boolean;
}

export type Lang = 'en' | 'zh';

export function readCases(url: URL): SafetyCase[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SafetyCase);
}

const KIND_ALIASES: Record<string, AlertKind> = {
  drug_drug: 'drug_drug',
  duplicate_therapy: 'duplicate_therapy',
  drug_allergy: 'drug_allergy',
  drug_disease: 'drug_disease',
  drug_pregnancy: 'drug_pregnancy',
  pregnancy: 'drug_pregnancy',
  dose: 'dose',
  renal: 'dose',
  age: 'dose',
  beers: 'dose',
  online_restricted: 'online_restricted',
};

/** The request a case stands for, with every name in one language. */
export function caseInput(c: SafetyCase, lang: Lang): SafetyCheckInput {
  const name = (x: { name: string; zh: string }): string => (lang === 'en' ? x.name : x.zh);
  return {
    medications: c.drugs.map((d) => ({ text: name(d) })),
    patient: {
      ...(c.patient ?? {}),
      allergies: (c.allergies ?? []).map((a) => ({ text: name(a) })),
      conditions: (c.conditions ?? []).map((x) => ({ text: name(x) })),
      current_medications: (c.current ?? []).map((d) => ({ text: name(d) })),
    },
  };
}

export interface CaseOutcome {
  c: SafetyCase;
  lang: Lang;
  result: SafetyCheckResult;
  /** Highest severity among alerts of the case's kind (any kind when the kind is not ours). */
  observed: Severity | 'none';
  acceptable: boolean;
}

export function runCase(c: SafetyCase, lang: Lang): CaseOutcome {
  const result = checkSafety(caseInput(c, lang));
  const kind = KIND_ALIASES[c.kind];
  const relevant =
    c.kind === 'none' || !kind ? result.alerts : result.alerts.filter((a) => a.kind === kind);
  const observed = relevant[0]?.severity ?? 'none';
  const ok =
    c.kind === 'none'
      ? result.alerts.length === 0
      : c.acceptable.includes(observed) &&
        (c.contraindicated === undefined ||
          relevant.some((a) => a.contraindicated) === c.contraindicated ||
          !c.contraindicated);
  return { c, lang, result, observed, acceptable: ok };
}

export interface Metrics {
  cases: number;
  positives: number;
  severityAgreement: number;
  majors: number;
  majorsCaught: number;
  negatives: number;
  falseAlertNegatives: number;
  unresolvedInputs: number;
  failures: string[];
}

export function evaluate(cases: SafetyCase[], lang: Lang): Metrics {
  const m: Metrics = {
    cases: cases.length,
    positives: 0,
    severityAgreement: 0,
    majors: 0,
    majorsCaught: 0,
    negatives: 0,
    falseAlertNegatives: 0,
    unresolvedInputs: 0,
    failures: [],
  };
  for (const c of cases) {
    const o = runCase(c, lang);
    m.unresolvedInputs += o.result.unresolved.length;
    if (o.result.unresolved.length)
      m.failures.push(
        `${c.id}/${lang}: unresolved ${o.result.unresolved.map((u) => u.input).join(', ')}`,
      );
    if (c.kind === 'none') {
      m.negatives++;
      if (o.result.alerts.length) {
        m.falseAlertNegatives++;
        m.failures.push(
          `${c.id}/${lang}: false alert ${o.result.alerts.map((a) => `${a.kind}:${a.severity}`).join(', ')}`,
        );
      }
      continue;
    }
    m.positives++;
    if (o.acceptable) m.severityAgreement++;
    else
      m.failures.push(
        `${c.id}/${lang}: ${c.kind} expected ${c.acceptable.join('|')}${c.contraindicated ? ' (contraindicated)' : ''}, got ${o.observed} [${o.result.alerts.map((a) => `${a.kind}:${a.severity}${a.contraindicated ? '!' : ''}`).join(', ')}]`,
      );
    if (c.expect === 'major') {
      m.majors++;
      if (o.observed === 'major') m.majorsCaught++;
    }
  }
  return m;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

/** A Markdown table of the metrics, one row per set and language. */
export function table(rows: { set: string; lang: Lang; m: Metrics }[]): string {
  const lines = [
    '| set | language | cases | severity in acceptable range | majors flagged | false alerts on true negatives | unresolved inputs |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { set, lang, m } of rows) {
    lines.push(
      `| ${set} | ${lang === 'en' ? 'English' : 'Chinese'} | ${m.cases} | ${m.severityAgreement}/${m.positives} (${pct(m.severityAgreement, m.positives)}) | ${m.majorsCaught}/${m.majors} (${pct(m.majorsCaught, m.majors)}) | ${m.falseAlertNegatives}/${m.negatives} | ${m.unresolvedInputs} |`,
    );
  }
  return lines.join('\n');
}
