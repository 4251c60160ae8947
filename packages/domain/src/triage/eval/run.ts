import { answerSession, createSession, interviewState, parse } from '../engine';
import type { EvidenceItem } from '../types';
import { scoreVignette, type Vignette, type VignetteOutcome, vignetteAge } from './score';

export {
  type EvalRow,
  formatTable,
  summarize,
  type Vignette,
  type VignetteOutcome,
} from './score';

/** Runs a vignette the way the HTTP eval does: complaint starts, findings answer questions. */
export function runVignette(v: Vignette, language: 'en' | 'zh-CN'): VignetteOutcome {
  const findings = new Map<string, 'present' | 'absent'>();
  for (const f of v.findings) {
    for (const m of parse({ text: f, locale: 'en' }).mentions) {
      if (findings.get(m.id) !== 'present') findings.set(m.id, m.choice);
    }
  }
  const complaint = language === 'en' ? v.complaint_en : v.complaint_zh;
  let session = createSession({ age: vignetteAge(v), sex: v.sex, complaint, locale: language });
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
  return scoreVignette(v, {
    id: v.id,
    language,
    level: result.level,
    department: result.departments[0]?.department,
    questions,
  });
}
