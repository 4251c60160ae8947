/**
 * Scoring of triage vignettes as the literature does (Semigran et al.: exact and acceptable
 * triage, under-triaged emergencies, over-triaged self-care, department accuracy). Engine-free,
 * so the in-process eval (`./run.ts`) and the platform's HTTP eval score the same way.
 */
import type { Department, TriageLevel } from '../types';

/** One vignette line (fixtures/triage-vignettes*.jsonl). */
export interface Vignette {
  id: string;
  age: number;
  age_unit?: 'year' | 'month';
  sex: 'male' | 'female';
  complaint_en: string;
  complaint_zh: string;
  findings: string[];
  expect_triage: TriageLevel;
  acceptable_triage: TriageLevel[];
  expect_department: Department;
  acceptable_departments: Department[];
  must_not_department?: Department[];
}

/** What one interview ended with, however it was run. */
export interface VignetteRun {
  id: string;
  language: 'en' | 'zh-CN';
  level: TriageLevel;
  /** The top department, as the engine or the API named it. */
  department: string | undefined;
  questions: number;
}

export interface VignetteOutcome extends VignetteRun {
  exact: boolean;
  acceptable: boolean;
  underTriagedEmergency: boolean;
  overTriagedSelfCare: boolean;
  departmentOk: boolean;
}

const URGENCY: Record<TriageLevel, number> = {
  self_care: 0,
  consult: 1,
  consult_24h: 2,
  emergency: 3,
};

/** The vignette's age as the interview takes it (an age below 1 is a fraction of a year). */
export function vignetteAge(v: Vignette): { value: number; unit: 'year' | 'month' } {
  if (v.age_unit === 'month') return { value: v.age, unit: 'month' };
  return v.age < 1
    ? { value: Math.round(v.age * 12), unit: 'month' }
    : { value: v.age, unit: 'year' };
}

/** Scores one run against its vignette. */
export function scoreVignette(v: Vignette, run: VignetteRun): VignetteOutcome {
  const mostUrgentAcceptable = Math.max(...v.acceptable_triage.map((l) => URGENCY[l]));
  const acceptableDepartments: readonly string[] = v.acceptable_departments;
  const forbidden: readonly string[] = v.must_not_department ?? [];
  return {
    ...run,
    exact: run.level === v.expect_triage,
    acceptable: v.acceptable_triage.includes(run.level),
    underTriagedEmergency: v.expect_triage === 'emergency' && run.level !== 'emergency',
    overTriagedSelfCare:
      v.expect_triage === 'self_care' && URGENCY[run.level] > mostUrgentAcceptable,
    // The top department must be acceptable; a forbidden one is a failure.
    departmentOk:
      run.department !== undefined &&
      acceptableDepartments.includes(run.department) &&
      !forbidden.includes(run.department),
  };
}

/** One row of the evaluation table: a vignette set and how the engine scored on it. */
export interface EvalRow {
  set: string;
  language: 'en' | 'zh-CN';
  n: number;
  exact: number;
  acceptable: number;
  emergencies: number;
  underTriaged: number;
  selfCare: number;
  overTriaged: number;
  department: number;
  meanQuestions: number;
}

/** One row of the eval table: percentages to one decimal, counts of the critical misses. */
export function summarize(
  set: string,
  language: 'en' | 'zh-CN',
  vs: Vignette[],
  outs: VignetteOutcome[],
): EvalRow {
  const n = outs.length;
  const pct = (k: number) => (n === 0 ? 100 : Math.round((1000 * k) / n) / 10);
  return {
    set,
    language,
    n,
    exact: pct(outs.filter((o) => o.exact).length),
    acceptable: pct(outs.filter((o) => o.acceptable).length),
    emergencies: vs.filter((v) => v.expect_triage === 'emergency').length,
    underTriaged: outs.filter((o) => o.underTriagedEmergency).length,
    selfCare: vs.filter((v) => v.expect_triage === 'self_care').length,
    overTriaged: outs.filter((o) => o.overTriagedSelfCare).length,
    department: pct(outs.filter((o) => o.departmentOk).length),
    meanQuestions:
      Math.round((10 * outs.reduce((a, o) => a + o.questions, 0)) / Math.max(1, n)) / 10,
  };
}

/** The eval table as Markdown. */
export function formatTable(rows: EvalRow[]): string {
  const head =
    '| set | lang | n | exact triage | acceptable triage | emergencies under-triaged | self-care over-triaged | department | mean questions |';
  const sep = '| --- | --- | --: | --: | --: | --: | --: | --: | --: |';
  const body = rows.map(
    (r) =>
      `| ${r.set} | ${r.language} | ${r.n} | ${r.exact}% | ${r.acceptable}% | ${r.underTriaged}/${r.emergencies} | ${r.overTriaged}/${r.selfCare} | ${r.department}% | ${r.meanQuestions} |`,
  );
  return [head, sep, ...body].join('\n');
}
