/**
 * The triage HTTP eval (issue 9): drives the real API the way a tester would. `/parse` the
 * complaint to start the interview, answer each question `present` when its concept is among the
 * vignette's findings (mapped with `/parse` of each finding) and `absent` otherwise, in English
 * and in Chinese (the Chinese complaint starts the interview). Only HTTP: no engine import.
 */
import { readFileSync } from 'node:fs';

export type Level = 'emergency' | 'consult_24h' | 'consult' | 'self_care';
export type Language = 'en' | 'zh-CN';

/** One vignette line of `packages/domain/fixtures/triage-vignettes*.jsonl`. */
export interface Vignette {
  id: string;
  age: number;
  age_unit?: 'year' | 'month';
  sex: 'male' | 'female';
  complaint_en: string;
  complaint_zh: string;
  findings: string[];
  expect_triage: Level;
  acceptable_triage: Level[];
  expect_department: string;
  acceptable_departments: string[];
  must_not_department?: string[];
}

export interface Outcome {
  id: string;
  language: Language;
  level: Level;
  department: string | undefined;
  questions: number;
}

/** A JSON call to the API; returns status and parsed body. */
export type Call = (
  method: string,
  path: string,
  json?: unknown,
  idempotencyKey?: string,
) => Promise<{ status: number; body: unknown }>;

interface Mention {
  id: string;
  choice: 'present' | 'absent';
}
interface Interview {
  id: string;
  status: 'in_progress' | 'completed';
  step: number;
  question?: { items: { id: string }[] };
  result?: { level: Level; departments: { department: string }[] };
}

/** Reads a fixtures file of the domain package (inside the repo, relative to this file). */
export function loadVignettes(name: string): Vignette[] {
  const url = new URL(`../../../domain/fixtures/${name}`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Vignette);
}

async function ok<T>(call: Call, method: string, path: string, json?: unknown, key?: string) {
  const res = await call(method, path, json, key);
  if (res.status >= 300) {
    throw new Error(`${method} ${path} → ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  return res.body as T;
}

/** Runs one vignette in one language over HTTP. */
export async function runVignette(call: Call, v: Vignette, language: Language): Promise<Outcome> {
  const findings = new Map<string, 'present' | 'absent'>();
  for (const text of v.findings) {
    const { mentions } = await ok<{ mentions: Mention[] }>(call, 'POST', '/v1/triage/parse', {
      text,
      locale: 'en',
    });
    for (const m of mentions) if (findings.get(m.id) !== 'present') findings.set(m.id, m.choice);
  }
  const complaint = language === 'en' ? v.complaint_en : v.complaint_zh;
  const parsed = await ok<{ mentions: Mention[] }>(call, 'POST', '/v1/triage/parse', {
    text: complaint,
    locale: language,
  });
  const age =
    v.age_unit === 'month'
      ? { value: v.age, unit: 'month' }
      : v.age < 1
        ? { value: Math.round(v.age * 12), unit: 'month' }
        : { value: v.age, unit: 'year' };
  let interview = await ok<Interview>(call, 'POST', '/v1/triage/interviews', {
    age,
    sex: v.sex,
    complaint,
    locale: language,
    evidence: parsed.mentions.map((m) => ({ id: m.id, choice: m.choice })),
  });
  let questions = 0;
  while (interview.status === 'in_progress' && interview.question && questions < 40) {
    const answers = interview.question.items.map((i) => ({
      id: i.id,
      choice: findings.get(i.id) === 'present' ? 'present' : 'absent',
    }));
    interview = await ok<Interview>(
      call,
      'POST',
      `/v1/triage/interviews/${interview.id}/answers`,
      { step: interview.step, answers },
      `${interview.id}-${interview.step}`,
    );
    questions++;
  }
  if (!interview.result)
    throw new Error(`${v.id} ${language}: no result after ${questions} questions`);
  return {
    id: v.id,
    language,
    level: interview.result.level,
    department: interview.result.departments[0]?.department,
    questions,
  };
}

const URGENCY: Record<Level, number> = { self_care: 0, consult: 1, consult_24h: 2, emergency: 3 };

export interface Scored extends Outcome {
  exact: boolean;
  acceptable: boolean;
  underTriagedEmergency: boolean;
  overTriagedSelfCare: boolean;
  departmentOk: boolean;
}

/** Scores an outcome as the literature does (Semigran et al.: exact / acceptable triage). */
export function score(v: Vignette, o: Outcome): Scored {
  const mostUrgentAcceptable = Math.max(...v.acceptable_triage.map((l) => URGENCY[l]));
  return {
    ...o,
    exact: o.level === v.expect_triage,
    acceptable: v.acceptable_triage.includes(o.level),
    underTriagedEmergency: v.expect_triage === 'emergency' && o.level !== 'emergency',
    overTriagedSelfCare: v.expect_triage === 'self_care' && URGENCY[o.level] > mostUrgentAcceptable,
    // The top department must be acceptable; a forbidden one is a failure.
    departmentOk:
      o.department !== undefined &&
      v.acceptable_departments.includes(o.department) &&
      !(v.must_not_department ?? []).includes(o.department),
  };
}

export interface Row {
  set: string;
  language: Language;
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

export function summarize(set: string, language: Language, vs: Vignette[], scored: Scored[]): Row {
  const n = scored.length;
  const pct = (k: number) => (n === 0 ? 100 : Math.round((1000 * k) / n) / 10);
  return {
    set,
    language,
    n,
    exact: pct(scored.filter((s) => s.exact).length),
    acceptable: pct(scored.filter((s) => s.acceptable).length),
    emergencies: vs.filter((v) => v.expect_triage === 'emergency').length,
    underTriaged: scored.filter((s) => s.underTriagedEmergency).length,
    selfCare: vs.filter((v) => v.expect_triage === 'self_care').length,
    overTriaged: scored.filter((s) => s.overTriagedSelfCare).length,
    department: pct(scored.filter((s) => s.departmentOk).length),
    meanQuestions:
      Math.round((10 * scored.reduce((a, s) => a + s.questions, 0)) / Math.max(1, n)) / 10,
  };
}

export function formatTable(rows: Row[]): string {
  const head =
    '| set | lang | n | exact triage | acceptable triage | emergencies under-triaged | self-care over-triaged | department | mean questions |';
  const sep = '| --- | --- | --: | --: | --: | --: | --: | --: | --: |';
  const body = rows.map(
    (r) =>
      `| ${r.set} | ${r.language} | ${r.n} | ${r.exact}% | ${r.acceptable}% | ${r.underTriaged}/${r.emergencies} | ${r.overTriaged}/${r.selfCare} | ${r.department}% | ${r.meanQuestions} |`,
  );
  return [head, sep, ...body].join('\n');
}

/** Runs `tasks` with at most `limit` in flight (loopback HTTP; keeps order). */
export async function pool<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return out;
}
