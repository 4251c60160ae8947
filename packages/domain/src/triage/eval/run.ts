import { answerSession, createSession, interviewState, parse } from '../engine';
import type { Department, EvidenceItem, TriageLevel } from '../types';

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

export interface VignetteOutcome {
  id: string;
  language: 'en' | 'zh-CN';
  level: TriageLevel;
  department: Department | undefined;
  questions: number;
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

/** Runs a vignette the way the HTTP eval does: complaint starts, findings answer questions. */
export function runVignette(v: Vignette, language: 'en' | 'zh-CN'): VignetteOutcome {
  const findings = new Map<string, 'present' | 'absent'>();
  for (const f of v.findings) {
    for (const m of parse({ text: f, locale: 'en' }).mentions) {
      if (findings.get(m.id) !== 'present') findings.set(m.id, m.choice);
    }
  }
  const complaint = language === 'en' ? v.complaint_en : v.complaint_zh;
  const age =
    v.age_unit === 'month'
      ? { value: v.age, unit: 'month' as const }
      : v.age < 1
        ? { value: Math.round(v.age * 12), unit: 'month' as const }
        : { value: v.age, unit: 'year' as const };
  let session = createSession({ age, sex: v.sex, complaint, locale: language });
  let state = interviewState(session);
  let questions = 0;
  while (state.status === 'in_progress' && state.question && questions < 40) {
    const answers: EvidenceItem[] = state.question.items.map((i) => ({
      id: i.id,
      choice: findings.get(i.id) === 'present' ? 'present' : 'absent',
    }));
    session = answerSession(session, { step: state.step, answers });
    state = interviewState(session);
    questions++;
  }
  const result = state.result!;
  const department = result.departments[0]?.department;
  const emergency = v.expect_triage === 'emergency';
  return {
    id: v.id,
    language,
    level: result.level,
    department,
    questions,
    exact: result.level === v.expect_triage,
    acceptable: v.acceptable_triage.includes(result.level),
    underTriagedEmergency: emergency && result.level !== 'emergency',
    overTriagedSelfCare:
      v.expect_triage === 'self_care' &&
      URGENCY[result.level] >
        URGENCY[v.acceptable_triage.reduce((a, b) => (URGENCY[a] > URGENCY[b] ? a : b))],
    departmentOk:
      department !== undefined &&
      v.acceptable_departments.includes(department) &&
      !(v.must_not_department ?? []).includes(department),
  };
}

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

export function summarize(
  set: string,
  language: 'en' | 'zh-CN',
  vs: Vignette[],
  outs: VignetteOutcome[],
): EvalRow {
  const n = outs.length;
  const pct = (k: number, d = n) => (d === 0 ? 100 : Math.round((1000 * k) / d) / 10);
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
