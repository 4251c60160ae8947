/**
 * The triage HTTP eval (issue 9): drives the real API the way a tester would. `/parse` the
 * complaint to start the interview, answer each question `present` when its concept is among the
 * vignette's findings (mapped with `/parse` of each finding) and `absent` otherwise, in English
 * and in Chinese (the Chinese complaint starts the interview). Only HTTP: no engine import.
 */
import { readFileSync } from 'node:fs';
import { type Vignette, type VignetteRun, vignetteAge } from '@apotheca/domain/triage';

// Scoring and the table are the domain's (`scoreVignette`, `summarize`, `formatTable`), shared
// with the in-process eval; this file holds only what is HTTP.
export type { Vignette } from '@apotheca/domain/triage';
export type Language = VignetteRun['language'];
type Level = VignetteRun['level'];

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
export async function runVignette(
  call: Call,
  v: Vignette,
  language: Language,
): Promise<VignetteRun> {
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
  let interview = await ok<Interview>(call, 'POST', '/v1/triage/interviews', {
    age: vignetteAge(v),
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
