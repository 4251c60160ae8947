import { CONCEPTS, conceptById } from './knowledge/concepts';
import { CONDITIONS, type ConditionPattern } from './knowledge/conditions';
import {
  type FollowUpGroup,
  GENERAL_DISCRIMINATORS,
  INFANT_SCREEN,
  PATHWAYS,
  UNMAPPED_SCREEN,
} from './knowledge/follow-ups';
import { TESTS } from './knowledge/tests';
import { KNOWLEDGE_VERSION } from './knowledge/version';
import { type RedFlag, toRedFlag } from './red-flags/index';
import { RED_FLAG_RULES } from './red-flags/rules';
import { openRules, type ScreenPatient, triggeredRules } from './red-flags/screen';
import { createParser, type ParseRequest, type ParseResult } from './text/parse';
import type {
  Age,
  Bilingual,
  Choice,
  Department,
  EvidenceItem,
  Locale,
  Patient,
  Sex,
  SourcedEvidence,
  TriageLevel,
} from './types';

/** Parses free text (English or Chinese) into concept mentions with negation. */
export const parse: (req: ParseRequest) => ParseResult = createParser(CONCEPTS);

/** One finding asked about in a question, with the choices allowed. */
export interface QuestionItem {
  id: string;
  name: Bilingual;
  choices: Choice[];
}

/** A question of the interview: one or several findings, its text and why it is asked. */
export interface Question {
  id: string;
  type: 'single' | 'group_single' | 'group_multiple';
  text: Bilingual;
  rationale: Bilingual;
  items: QuestionItem[];
}

/** Request body of starting an interview: the patient, the complaint in their words, known evidence. */
export interface StartInterviewRequest {
  age: Age;
  sex: Sex;
  complaint: string;
  locale?: Locale;
  evidence?: EvidenceItem[];
}

/** Request body of answering the question of `step`. */
export interface AnswerRequest {
  step: number;
  answers: EvidenceItem[];
}

/** Everything the engine needs: the state is a pure function of this. */
export interface InterviewSession {
  patient: Patient;
  complaint: string;
  locale: Locale;
  initial: EvidenceItem[];
  /** answers[i] answers the question asked at step i + 1. */
  answers: EvidenceItem[][];
}

/** A finding by concept id with its bilingual name. */
export interface NamedFinding {
  id: string;
  name: Bilingual;
}

/** The interview summarised for a clinician: findings present, absent, unknown, and red flags asked. */
export interface ClinicianSummary {
  text: Bilingual;
  present: NamedFinding[];
  absent: NamedFinding[];
  unknown: NamedFinding[];
  red_flags_asked: { id: string; name: Bilingual; choice: Choice }[];
}

/** The outcome of a completed interview: level, red flags, departments, advice and the summary. */
export interface TriageResult {
  level: TriageLevel;
  red_flags: RedFlag[];
  departments: { department: Department; reason: Bilingual }[];
  advice: Bilingual;
  recommended_tests: { id: string; name: Bilingual }[];
  possible_conditions: { id: string; name: Bilingual; source: string }[];
  disclaimer: Bilingual;
  clinician_summary: ClinicianSummary;
  knowledge_version: string;
}

/** Where an interview stands: the next question, or the result once completed. */
export interface InterviewState {
  status: 'in_progress' | 'completed';
  /** The step of the question being asked (1-based), or the number of answered steps when done. */
  step: number;
  question?: Question;
  evidence: SourcedEvidence[];
  result?: TriageResult;
}

/** Thrown for an answer that does not fit the session (unknown step). */
export class TriageInputError extends Error {
  readonly code: 'invalid_step' | 'invalid_age';
  constructor(code: 'invalid_step' | 'invalid_age', message: string) {
    super(message);
    this.name = 'TriageInputError';
    this.code = code;
  }
}

const MAX_QUESTIONS = 12;
const MAX_ITEMS = 6;
const CHOICES: Choice[] = ['present', 'absent', 'unknown'];
const RF_CONCEPTS = new Set(RED_FLAG_RULES.flatMap((r) => r.when.flat()));

/** An age in months (years × 12), the unit the rules compare ages in. */
export function ageInMonths(age: Age): number {
  return age.unit === 'year' ? age.value * 12 : age.value;
}

/** A new session from the start request. */
export function createSession(req: StartInterviewRequest): InterviewSession {
  if (!Number.isFinite(req.age.value) || req.age.value < 0 || ageInMonths(req.age) > 130 * 12) {
    throw new TriageInputError('invalid_age', 'age must be between 0 and 130 years');
  }
  return {
    patient: { age: req.age, sex: req.sex },
    complaint: req.complaint,
    locale: req.locale ?? 'zh-CN',
    initial: req.evidence ?? [],
    answers: [],
  };
}

/**
 * Records answers to `step`. Answering an older step truncates the log there (Back).
 *
 * @example
 * ```ts
 * let session = createSession({ age: { value: 52, unit: 'year' }, sex: 'male', complaint: 'painful leg, can\'t walk' });
 * let state = interviewState(session);
 * session = answerSession(session, { step: state.step, answers: [{ id: 'fever', choice: 'absent' }] });
 * state = interviewState(session);
 * ```
 */
export function answerSession(session: InterviewSession, req: AnswerRequest): InterviewSession {
  const current = session.answers.length + 1;
  if (!Number.isInteger(req.step) || req.step < 1 || req.step > current) {
    throw new TriageInputError('invalid_step', `step must be between 1 and ${current}`);
  }
  return { ...session, answers: [...session.answers.slice(0, req.step - 1), req.answers] };
}

/** Start an interview: parse the complaint, screen red flags, ask the first question. */
export function startInterview(req: StartInterviewRequest): InterviewState {
  return interviewState(createSession(req));
}

interface Work {
  evidence: Map<string, SourcedEvidence>;
  asked: Set<string>;
  rfAsked: string[];
  patient: ScreenPatient & { ageMonths: number; sex: Sex };
}

function set(w: Work, items: readonly EvidenceItem[], source: SourcedEvidence['source']) {
  for (const e of items) {
    if (!conceptById(e.id)) continue;
    w.evidence.set(e.id, { id: e.id, choice: e.choice, source });
  }
}

/** The next state of an interview: a pure function of the session. */
export function interviewState(session: InterviewSession): InterviewState {
  const w: Work = {
    evidence: new Map(),
    asked: new Set(),
    rfAsked: [],
    patient: { ageMonths: ageInMonths(session.patient.age), sex: session.patient.sex },
  };
  set(w, parse({ text: session.complaint }).mentions, 'complaint');
  set(w, session.initial, 'initial');
  for (const e of w.evidence.keys()) w.asked.add(e);
  let step = 1;
  for (const answers of session.answers) {
    const q = nextQuestion(w, step);
    if (!q) break;
    for (const item of q.items) {
      w.asked.add(item.id);
      if (RF_CONCEPTS.has(item.id)) w.rfAsked.push(item.id);
    }
    set(w, answers, 'answer');
    step++;
  }
  const evidence = [...w.evidence.values()];
  const question = nextQuestion(w, step);
  if (question) return { status: 'in_progress', step, question, evidence };
  return { status: 'completed', step: step - 1, evidence, result: buildResult(w) };
}

const present = (w: Work, id: string) => w.evidence.get(id)?.choice === 'present';
const known = (w: Work, id: string) =>
  w.asked.has(id) || (w.evidence.has(id) && w.evidence.get(id)!.choice !== 'unknown');

function item(id: string): QuestionItem {
  const c = conceptById(id)!;
  return { id, name: c.name, choices: CHOICES };
}

function nextQuestion(w: Work, step: number): Question | undefined {
  const ev = [...w.evidence.values()];
  if (triggeredRules(RED_FLAG_RULES, ev, w.patient).length > 0) return undefined;
  if (step > MAX_QUESTIONS) return undefined;
  // 1. Red flags: complaint pathways' screens, open rules, and the infant screen.
  const rf: string[] = [];
  const push = (id: string) => {
    if (!known(w, id) && !rf.includes(id) && conceptById(id)) rf.push(id);
  };
  for (const p of PATHWAYS) if (p.when.some((id) => present(w, id))) p.screen.forEach(push);
  for (const r of openRules(RED_FLAG_RULES, ev, w.patient)) for (const c of r.when) c.forEach(push);
  if (w.patient.ageMonths < 60) INFANT_SCREEN.forEach(push);
  if (![...w.evidence.values()].some((e) => e.choice === 'present')) UNMAPPED_SCREEN.forEach(push);
  const rfItems = rf.filter((id) => conceptApplies(w, id));
  if (rfItems.length > 0) {
    return {
      id: `q${step}_red_flags`,
      type: rfItems.length === 1 ? 'single' : 'group_multiple',
      text: { en: 'Do you have any of these right now?', 'zh-CN': '您现在有以下任何情况吗？' },
      rationale: {
        en: 'These can be signs of an emergency, so we check them first.',
        'zh-CN': '这些可能是急症信号，所以先确认。',
      },
      items: rfItems.slice(0, MAX_ITEMS).map(item),
    };
  }
  // 2. Follow-ups for thin complaints.
  for (const p of PATHWAYS) {
    if (!p.follow || !p.when.some((id) => present(w, id))) continue;
    for (const g of p.follow) {
      const items = g.items.filter((id) => !known(w, id) && conceptApplies(w, id));
      if (items.length > 0 && !g.items.some((id) => present(w, id) && g.single))
        return followUp(step, g, items);
    }
  }
  // 3. Features that separate the leading condition patterns.
  const ranked = rank(w);
  if (ranked.length === 0) {
    if (w.asked.has('fever') && w.asked.has('rash')) return finalSweep(w, step);
    return followUp(
      step,
      GENERAL,
      GENERAL.items.filter((id) => !known(w, id)),
    );
  }
  const top = ranked[0]!;
  const second = ranked[1];
  const items: string[] = [];
  for (const r of ranked.slice(0, 3)) {
    for (const f of parseFeatures(r.c.features).sort((a, b) => Math.abs(b.w) - Math.abs(a.w))) {
      if (Math.abs(f.w) < 1 || known(w, f.id) || items.includes(f.id) || !conceptApplies(w, f.id))
        continue;
      items.push(f.id);
    }
  }
  const settled = top.score >= 4 && (!second || top.score - second.score >= 3);
  if (items.length === 0 || settled) return finalSweep(w, step);
  const names = ranked.slice(0, 2).map((r) => r.c);
  return {
    id: `q${step}_follow_up`,
    type: items.length === 1 ? 'single' : 'group_multiple',
    text: { en: 'Do any of these apply to you?', 'zh-CN': '以下哪些符合您的情况？' },
    rationale: {
      en: `This helps tell apart ${names.map((c) => c.en.toLowerCase()).join(' and ')}.`,
      'zh-CN': `这有助于区分${names.map((c) => c.zh).join('和')}。`,
    },
    items: items.slice(0, 5).map(item),
  };
}

/** Before a non-emergency result: the general discriminators not yet asked (once). */
function finalSweep(w: Work, step: number): Question | undefined {
  const items = GENERAL_DISCRIMINATORS.filter((id) => !known(w, id));
  if (items.length === 0) return undefined;
  return {
    id: `q${step}_general_red_flags`,
    type: items.length === 1 ? 'single' : 'group_multiple',
    text: {
      en: 'Before we finish: do you have any of these?',
      'zh-CN': '最后确认：您有以下任何情况吗？',
    },
    rationale: {
      en: 'Warning signs we check for everyone, whatever the problem.',
      'zh-CN': '无论什么问题，我们都会确认这些危险信号。',
    },
    items: items.map(item),
  };
}

const GENERAL: FollowUpGroup = {
  en: 'Which of these do you have?',
  zh: '您有以下哪些情况？',
  items: [
    'fever',
    'abdominal_pain',
    'cough',
    'rash',
    'headache',
    'fatigue',
    'breathlessness',
    'back_pain',
  ],
};

function followUp(step: number, g: FollowUpGroup, items: string[]): Question {
  return {
    id: `q${step}_details`,
    type: items.length === 1 ? 'single' : g.single ? 'group_single' : 'group_multiple',
    text: { en: g.en, 'zh-CN': g.zh },
    rationale: {
      en: 'A few details help us point you to the right department.',
      'zh-CN': '了解这些细节，才能为您推荐合适的科室。',
    },
    items: items.slice(0, MAX_ITEMS).map(item),
  };
}

const FEMALE_ONLY = new Set([
  'pregnant',
  'missed_period',
  'vaginal_bleeding',
  'one_sided_pelvic_pain',
  'period_pain',
  'vaginal_discharge',
  'reduced_fetal_movement',
  'waters_broken',
  'face_hand_swelling',
]);
const MALE_ONLY = new Set([
  'testicular_pain',
  'penile_discharge',
  'weak_stream_nocturia',
  'erectile_problem',
  'scrotal_swelling_gradual',
]);

function conceptApplies(w: Work, id: string): boolean {
  const { sex, ageMonths } = w.patient;
  if (FEMALE_ONLY.has(id)) return sex === 'female' && ageMonths >= 11 * 12 && ageMonths < 56 * 12;
  if (MALE_ONLY.has(id)) return sex === 'male';
  if (id === 'floppy_infant' || id === 'no_urine' || id === 'chest_recession')
    return ageMonths < 144 || id === 'no_urine';
  return true;
}

interface Feature {
  id: string;
  w: number;
  whenAbsent: boolean;
}

const featureCache = new Map<string, Feature[]>();
function parseFeatures(spec: string): Feature[] {
  let f = featureCache.get(spec);
  if (!f) {
    f = spec.split(' ').map((part) => {
      const [raw, weight] = part.split(':');
      const whenAbsent = raw!.startsWith('!');
      return { id: whenAbsent ? raw!.slice(1) : raw!, w: Number(weight), whenAbsent };
    });
    featureCache.set(spec, f);
  }
  return f;
}

interface Ranked {
  c: ConditionPattern;
  score: number;
}

function rank(w: Work): Ranked[] {
  const out: Ranked[] = [];
  for (const c of CONDITIONS) {
    if (c.sex && c.sex !== w.patient.sex) continue;
    if (
      c.ageMonths &&
      (w.patient.ageMonths < c.ageMonths[0] || w.patient.ageMonths >= c.ageMonths[1])
    )
      continue;
    if (!c.gate.some((id) => present(w, id))) continue;
    let score = 0;
    for (const f of parseFeatures(c.features)) {
      const e = w.evidence.get(f.id)?.choice;
      if (f.whenAbsent ? e === 'absent' : e === 'present') score += f.w;
    }
    if (score > 0) out.push({ c, score });
  }
  // Ties go to the more urgent pattern (safety first), then to knowledge order (determinism).
  return out.sort((a, b) => b.score - a.score || URGENCY[b.c.level] - URGENCY[a.c.level]);
}

const URGENCY: Record<TriageLevel, number> = {
  self_care: 0,
  consult: 1,
  consult_24h: 2,
  emergency: 3,
};
const LEVELS: TriageLevel[] = ['self_care', 'consult', 'consult_24h', 'emergency'];
const atLeast = (l: TriageLevel, min: TriageLevel) => (URGENCY[l] >= URGENCY[min] ? l : min);

const ADVICE: Record<TriageLevel, Bilingual> = {
  emergency: {
    en: 'Call emergency services (120 in mainland China) or go to the nearest emergency department now. Do not drive yourself.',
    'zh-CN': '请立即拨打120或前往最近的急诊科，不要自己开车。',
  },
  consult_24h: {
    en: 'See a doctor within 24 hours. If it gets worse or a warning sign appears, seek emergency care.',
    'zh-CN': '请在24小时内就医；如加重或出现危险信号，请立即急诊。',
  },
  consult: {
    en: 'Book a consultation with a doctor in the next few days. Seek help sooner if it gets worse.',
    'zh-CN': '请在近几天内预约医生就诊；如症状加重请尽早就医。',
  },
  self_care: {
    en: 'This can usually be managed at home: rest, fluids and pharmacy remedies. See a doctor if it is not better in a few days or gets worse.',
    'zh-CN': '通常可在家自我护理：休息、多喝水、药店常用药。如几天内未好转或加重，请就医。',
  },
};

function buildResult(w: Work): TriageResult {
  const ev = [...w.evidence.values()];
  const flags = triggeredRules(RED_FLAG_RULES, ev, w.patient);
  const ranked = rank(w).filter((r) => r.score >= 1.5);
  const top = ranked[0];
  const older = w.patient.ageMonths >= 65 * 12;
  const child = w.patient.ageMonths < 14 * 12;
  let level: TriageLevel;
  if (flags.length > 0) level = 'emergency';
  else if (top) level = (older && top.c.olderLevel) || top.c.level;
  else level = 'consult';
  if (level !== 'emergency') {
    if (w.patient.ageMonths < 3) level = atLeast(level, 'consult_24h');
    if (present(w, 'pregnant')) level = atLeast(level, 'consult');
  }
  const departments: TriageResult['departments'] = [];
  const addDept = (department: Department, reason: Bilingual) => {
    if (!departments.some((d) => d.department === department))
      departments.push({ department, reason });
  };
  if (flags.length > 0) {
    const f = flags[0]!;
    addDept('emergency', { en: `Red flag: ${f.en}`, 'zh-CN': `危险信号：${f.zh}` });
  }
  if (top) {
    const reason = { en: `Most likely fits: ${top.c.en}`, 'zh-CN': `最符合：${top.c.zh}` };
    if (child && !top.c.keepForChildren && flags.length === 0) {
      addDept('pediatrics', {
        en: `Child patient; ${reason.en}`,
        'zh-CN': `儿童患者；${reason['zh-CN']}`,
      });
    }
    addDept(top.c.department, reason);
    for (const d of top.c.also ?? [])
      addDept(d, {
        en: `Also suitable for ${top.c.en.toLowerCase()}`,
        'zh-CN': `${top.c.zh}也可就诊`,
      });
    for (const r of ranked.slice(1, 3))
      addDept(r.c.department, { en: `Also possible: ${r.c.en}`, 'zh-CN': `也可能：${r.c.zh}` });
  }
  if (
    departments.length === 0 ||
    (child && flags.length === 0 && !departments.some((d) => d.department === 'pediatrics'))
  ) {
    addDept(child ? 'pediatrics' : 'general_internal_medicine', {
      en: 'Needs a doctor to assess first',
      'zh-CN': '需要医生先行评估',
    });
  }
  const tests = new Set<string>(top?.c.tests ?? []);
  if (
    ['chest_pain', 'chest_tightness', 'palpitations', 'fainting', 'irregular_pulse'].some((id) =>
      present(w, id),
    )
  ) {
    tests.add('ecg_12_lead');
  }
  const named = (id: string): NamedFinding => ({ id, name: conceptById(id)!.name });
  const byChoice = (c: Choice) => ev.filter((e) => e.choice === c).map((e) => named(e.id));
  const rfAsked = [...new Set(w.rfAsked)].map((id) => ({
    ...named(id),
    choice: w.evidence.get(id)?.choice ?? 'unknown',
  }));
  const pres = byChoice('present');
  return {
    level,
    red_flags: flags.map(toRedFlag),
    departments,
    advice: ADVICE[level],
    recommended_tests: [...tests].filter((t) => TESTS[t]).map((id) => ({ id, name: TESTS[id]! })),
    possible_conditions: ranked
      .slice(0, 3)
      .map((r) => ({ id: r.c.id, name: { en: r.c.en, 'zh-CN': r.c.zh }, source: r.c.source })),
    disclaimer: {
      en: 'Possible conditions are not a diagnosis. Only a clinician can diagnose you.',
      'zh-CN': '可能的疾病仅供参考，不构成诊断；诊断须由医生作出。',
    },
    clinician_summary: {
      text: {
        en: `${w.patient.ageMonths < 24 ? `${w.patient.ageMonths} months` : `${Math.floor(w.patient.ageMonths / 12)} y`} ${w.patient.sex}; level ${level}; present: ${pres.map((p) => p.name.en).join(', ') || 'none'}; red flags: ${flags.map((f) => f.en).join('; ') || 'none'}.`,
        'zh-CN': `${w.patient.ageMonths < 24 ? `${w.patient.ageMonths}个月` : `${Math.floor(w.patient.ageMonths / 12)}岁`}${w.patient.sex === 'male' ? '男' : '女'}；分级 ${level}；阳性：${pres.map((p) => p.name['zh-CN']).join('、') || '无'}；危险信号：${flags.map((f) => f.zh).join('；') || '无'}。`,
      },
      present: pres,
      absent: byChoice('absent'),
      unknown: byChoice('unknown'),
      red_flags_asked: rfAsked,
    },
    knowledge_version: KNOWLEDGE_VERSION,
  };
}

export { LEVELS };
