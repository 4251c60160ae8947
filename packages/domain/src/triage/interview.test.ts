import { describe, expect, it } from 'vitest';
import {
  answerSession,
  createSession,
  type InterviewSession,
  type InterviewState,
  interviewState,
  startInterview,
  TriageInputError,
} from './engine';
import type { EvidenceItem } from './types';

const adult = { age: { value: 52, unit: 'year' as const }, sex: 'male' as const };

/** Answers every question from a fixed set of present concepts (absent otherwise). */
function run(
  session: InterviewSession,
  presentIds: string[],
): { state: InterviewState; steps: InterviewState[] } {
  const steps: InterviewState[] = [];
  let state = interviewState(session);
  let s = session;
  while (state.status === 'in_progress') {
    steps.push(state);
    const answers: EvidenceItem[] = state.question!.items.map((i) => ({
      id: i.id,
      choice: presentIds.includes(i.id) ? 'present' : 'absent',
    }));
    s = answerSession(s, { step: state.step, answers });
    state = interviewState(s);
  }
  return { state, steps };
}

describe('interview engine', () => {
  it('ends at once as emergency when the complaint holds a red flag', () => {
    const state = startInterview({
      ...adult,
      complaint: 'crushing chest pain spreading to my left arm, sweating',
    });
    expect(state.status).toBe('completed');
    expect(state.result?.level).toBe('emergency');
    expect(state.result?.departments[0]?.department).toBe('emergency');
    expect(state.result?.red_flags.map((f) => f.id)).toContain('rf_acs');
    expect(state.result?.recommended_tests.map((t) => t.id)).toContain('ecg_12_lead');
  });

  it('asks red flags first, as a bilingual question whose item ids are concept ids', () => {
    const state = startInterview({ ...adult, complaint: 'chest pain' });
    expect(state.status).toBe('in_progress');
    expect(state.step).toBe(1);
    const q = state.question!;
    expect(q.id).toBe('q1_red_flags');
    expect(q.type).toBe('group_multiple');
    expect(q.text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(q.items.map((i) => i.id)).toContain('sweating');
    expect(q.items[0]?.choices).toEqual(['present', 'absent', 'unknown']);
  });

  it('screens red flags at every step: a later answer ends the interview as emergency', () => {
    const session = createSession({ ...adult, complaint: 'chest pain' });
    const first = interviewState(session);
    const next = interviewState(
      answerSession(session, {
        step: first.step,
        answers: [{ id: 'sweating', choice: 'present' }],
      }),
    );
    expect(next.status).toBe('completed');
    expect(next.result?.level).toBe('emergency');
    expect(next.result?.clinician_summary.red_flags_asked).toContainEqual(
      expect.objectContaining({ id: 'sweating', choice: 'present' }),
    );
  });

  it('asks where, how it started, swelling/redness, injury and fever before naming a department for a thin complaint', () => {
    const { state, steps } = run(
      createSession({ ...adult, complaint: "painful leg, can't walk" }),
      [
        'big_toe_pain',
        'sudden_onset',
        'hot_swollen_joint',
        'joint_swelling',
        'exquisite_tenderness',
        'alcohol',
        'diuretic_or_gout_history',
      ],
    );
    const asked = steps.flatMap((s) => s.question!.items.map((i) => i.id));
    for (const id of ['big_toe_pain', 'sudden_onset', 'hot_swollen_joint', 'trauma', 'fever'])
      expect(asked).toContain(id);
    expect(steps.some((s) => s.question!.type === 'group_single')).toBe(true);
    expect(state.result?.departments[0]?.department).toBe('rheumatology');
    expect(state.result?.departments.map((d) => d.department)).not.toContain('orthopedics');
    expect(steps.length).toBeLessThanOrEqual(12);
  });

  it('sends an irregular heartbeat in an older adult to cardiology within 24 h with an ECG', () => {
    const session = createSession({
      age: { value: 76, unit: 'year' },
      sex: 'female',
      complaint: '这三天心脏时不时扑腾、跳得不规律',
    });
    const { state } = run(session, ['irregular_pulse', 'known_hypertension', 'fatigue']);
    expect(state.result?.level).toBe('consult_24h');
    expect(state.result?.departments[0]?.department).toBe('cardiology');
    expect(state.result?.recommended_tests.map((t) => t.name.en)).toContain('12-lead ECG');
  });

  it('uses age: fever in a 2-month-old is an emergency, in a 4-year-old it is not', () => {
    const infant = startInterview({
      age: { value: 2, unit: 'month' },
      sex: 'female',
      complaint: '宝宝发烧38.5度',
    });
    expect(infant.result?.level).toBe('emergency');
    const { state } = run(
      createSession({
        age: { value: 4, unit: 'year' },
        sex: 'female',
        complaint: 'fever since yesterday',
      }),
      ['alert_playing', 'drinking_fluids'],
    );
    expect(state.result?.level).not.toBe('emergency');
    expect(state.result?.departments[0]?.department).toBe('pediatrics');
  });

  it('uses sex and pregnancy: abdominal pain when pregnant is an emergency', () => {
    const state = startInterview({
      age: { value: 28, unit: 'year' },
      sex: 'female',
      complaint: 'I am pregnant and have belly pain',
    });
    expect(state.result?.level).toBe('emergency');
  });

  it('Back: answering an older step truncates the log there', () => {
    let session = createSession({ ...adult, complaint: 'lower back pain after lifting' });
    const s1 = interviewState(session);
    session = answerSession(session, {
      step: 1,
      answers: s1.question!.items.map((i) => ({ id: i.id, choice: 'absent' as const })),
    });
    const s2 = interviewState(session);
    expect(s2.step).toBe(2);
    session = answerSession(session, { step: 2, answers: [] });
    expect(session.answers).toHaveLength(2);
    const back = answerSession(session, {
      step: 1,
      answers: [{ id: 'saddle_numbness', choice: 'present' }],
    });
    expect(back.answers).toHaveLength(1);
    expect(interviewState(back).result?.level).toBe('emergency');
    expect(() => answerSession(session, { step: 5, answers: [] })).toThrow(TriageInputError);
  });

  it('is deterministic: the same session gives the same state', () => {
    const session = createSession({
      ...adult,
      complaint: 'sore throat and runny nose',
      locale: 'en',
    });
    expect(JSON.stringify(interviewState(session))).toBe(
      JSON.stringify(interviewState(structuredClone(session))),
    );
  });

  it('answers in both languages with the same knowledge', () => {
    const en = run(
      createSession({ ...adult, complaint: 'burning when I pee and going all the time' }),
      [],
    ).state.result;
    const zh = run(createSession({ ...adult, complaint: '小便时烧灼感，老想上厕所' }), []).state
      .result;
    expect(zh?.level).toBe(en?.level);
    expect(zh?.departments[0]).toEqual(en?.departments[0]);
  });

  it('asks an emergency screen when the complaint maps to nothing known', () => {
    const state = startInterview({ ...adult, complaint: 'xyzzy' });
    expect(state.question?.items.map((i) => i.id)).toContain('chest_pain');
  });

  it('gives a clinician summary and "not a diagnosis" wording', () => {
    const { state } = run(createSession({ ...adult, complaint: 'sore throat' }), ['fever']);
    const r = state.result!;
    expect(r.disclaimer.en).toMatch(/not a diagnosis/);
    expect(r.clinician_summary.present.map((f) => f.id)).toEqual(
      expect.arrayContaining(['sore_throat', 'fever']),
    );
    expect(r.clinician_summary.absent.length).toBeGreaterThan(0);
    expect(r.possible_conditions.length).toBeGreaterThan(0);
    expect(r.advice['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('asks the general discriminators once before a result that is not an emergency', () => {
    const { state, steps } = run(
      createSession({ ...adult, complaint: 'itchy rash on my arm' }),
      [],
    );
    const sweep = steps.filter((s) => s.question!.id.endsWith('_general_red_flags'));
    expect(sweep).toHaveLength(1);
    expect(sweep[0]!.question!.items.map((i) => i.id)).toContain('heavy_bleeding');
    expect(state.result?.level).not.toBe('emergency');
    const flagged = run(createSession({ ...adult, complaint: 'itchy rash on my arm' }), [
      'sudden_confusion',
    ]).state;
    expect(flagged.result?.level).toBe('emergency');
  });

  it('rejects an impossible age', () => {
    expect(() =>
      createSession({ age: { value: -1, unit: 'year' }, sex: 'male', complaint: 'x' }),
    ).toThrow(TriageInputError);
  });
});
