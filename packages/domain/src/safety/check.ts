import { catalogueData } from '../medications/catalogue';
import type { Ingredient, LocalizedText, Medication } from '../medications/types';
import { ALLERGY_SOURCE, type ReactionSeverity } from './knowledge/allergy';
import { DISEASE_RULES } from './knowledge/conditions';
import { INTERACTIONS, type InteractionRule } from './knowledge/interactions';
import { AGE_RULES, PREGNANCY_RULES, RENAL_RULES } from './knowledge/patient';
import {
  type PatientState,
  pregnancyFromInput,
  type Resolution,
  type ResolvedAllergy,
  resolveAllergy,
  resolveCondition,
  resolveMedication,
} from './resolve';
import type {
  AlertKind,
  Alternative,
  SafetyAlert,
  SafetyCheckInput,
  SafetyCheckResult,
  SafetyNotice,
  Severity,
} from './types';

const RANK: Record<Severity, number> = { major: 3, moderate: 2, minor: 1 };
const KIND_ORDER: AlertKind[] = [
  'online_restricted',
  'drug_allergy',
  'drug_drug',
  'duplicate_therapy',
  'drug_pregnancy',
  'drug_disease',
  'dose',
];

const has = (ing: Ingredient, tags: readonly string[]): boolean =>
  tags.some((t) => ing.tags.includes(t));
const lt = ([en, zh]: [string, string]): LocalizedText => ({ en, 'zh-CN': zh });

function ingredientsOf(med: Medication): Ingredient[] {
  const { ingredients } = catalogueData();
  return med.ingredients.map((i) => ingredients.get(i.ingredient_id)!);
}

function alternatives(
  slugs: string[] | undefined,
  exclude: Set<string>,
): Alternative[] | undefined {
  if (!slugs?.length) return undefined;
  const { productOf, medications } = catalogueData();
  const list = slugs
    .map((s) => productOf.get(s))
    .filter((id): id is string => id !== undefined && !exclude.has(id))
    .map((id) => ({ medication_id: id, name: medications.get(id)!.name }));
  return list.length ? list : undefined;
}

/** An alert before its alternatives (ingredient slugs in the rules) become catalogue entries. */
type Draft = SafetyAlert & { altSlugs?: string[] };

interface Entry {
  med: Medication;
  field: string;
  current: boolean;
}

/** Same therapeutic class with a duplicate-therapy severity, or the same ingredient. */
function duplicateOf(a: Medication, b: Medication): SafetyAlert | undefined {
  const ia = ingredientsOf(a);
  const ib = ingredientsOf(b);
  const shared = ia.filter((x) => !x.tags.includes('herbal') && ib.some((y) => y.id === x.id));
  if (shared.length) {
    const names = shared.map((s) => s.name);
    return {
      kind: 'duplicate_therapy',
      severity: 'major',
      contraindicated: false,
      medications: [a.id, b.id],
      mechanism: {
        en: `Both products contain ${names.map((n) => n.en).join(', ')}: the doses add up (e.g. paracetamol above 4 g/day is hepatotoxic).`,
        'zh-CN': `两种药品均含${names.map((n) => n['zh-CN']).join('、')}：剂量叠加（如对乙酰氨基酚每日超过4 g可致肝损伤）。`,
      },
      management: {
        en: 'Use only one product containing this ingredient and count the total daily dose, including OTC compound remedies.',
        'zh-CN': '只使用一种含该成分的药品，并计算包括非处方复方制剂在内的每日总剂量。',
      },
      source:
        'Ingredient-level duplicate check; FDA/NMPA paracetamol labelling (maximum daily dose, combination products)',
    };
  }
  const { classDup } = catalogueData();
  for (const x of ia) {
    const sev = classDup.get(x.class);
    if (!sev) continue;
    const y = ib.find((i) => i.class === x.class && i.id !== x.id);
    if (!y) continue;
    const atc = [...new Set([...x.atc, ...y.atc].map((c) => c.slice(0, 5)))].join('/');
    return {
      kind: 'duplicate_therapy',
      severity: sev,
      contraindicated: false,
      medications: [a.id, b.id],
      mechanism: {
        en: `${x.name.en} and ${y.name.en} are both ${x.className.en} (ATC ${atc}): same mechanism, no added benefit, additive adverse effects.`,
        'zh-CN': `${x.name['zh-CN']}与${y.name['zh-CN']}同属${x.className['zh-CN']}（ATC ${atc}）：作用机制相同，无额外获益，不良反应叠加。`,
      },
      management: {
        en: 'Use one drug of the class; if switching, stop the first.',
        'zh-CN': '同类药物只用一种；如需换药，应先停用原药。',
      },
      source: 'Therapeutic duplication by class (WHO ATC level 4 / pharmacological class)',
    };
  }
  return undefined;
}

function sameClassDuplicate(a: Medication, b: Medication): boolean {
  const { classDup } = catalogueData();
  const ib = ingredientsOf(b);
  return ingredientsOf(a).some((x) => classDup.has(x.class) && ib.some((y) => y.class === x.class));
}

function interactionsOf(a: Medication, b: Medication): Draft[] {
  const dup = sameClassDuplicate(a, b);
  const best = new Map<string, { rule: InteractionRule; index: number }>();
  const ia = ingredientsOf(a);
  const ib = ingredientsOf(b);
  INTERACTIONS.forEach((rule, index) => {
    if (dup && rule.additive) return;
    if (best.has(rule.group) && best.get(rule.group)!.index < index) return;
    const fits = (x: Ingredient, y: Ingredient): boolean =>
      has(x, rule.a) && has(y, rule.b) && !(rule.notB && has(y, rule.notB));
    const hit = ia.some((x) => ib.some((y) => x.id !== y.id && (fits(x, y) || fits(y, x))));
    if (hit && !best.has(rule.group)) best.set(rule.group, { rule, index });
  });
  return [...best.values()].map(({ rule }) => ({
    kind: 'drug_drug',
    severity: rule.severity,
    contraindicated: rule.contraindicated ?? false,
    medications: [a.id, b.id],
    mechanism: lt(rule.mechanism),
    management: lt(rule.management),
    ...(rule.alternatives ? { altSlugs: rule.alternatives } : {}),
    source: rule.source,
  }));
}

interface Verdict {
  severity: Severity;
  ci: boolean;
  why: [string, string];
  source: string;
}

const REACTION_TEXT: Record<ReactionSeverity, [string, string]> = {
  severe: ['a severe reaction', '严重反应'],
  non_severe: ['a non-severe reaction', '非严重反应'],
  intolerance: ['an intolerance (not an allergy)', '不耐受（非过敏）'],
  unknown: ['an unspecified reaction', '未注明的反应'],
};

/** Cross-sensitivity between a recorded allergy and one ingredient, or null when none is expected. */
function allergyVerdict(al: ResolvedAllergy, ing: Ingredient): Verdict | null {
  const r = al.reaction;
  const same = al.ingredients.some((i) => i.id === ing.id);
  const inClass = (cls: string): boolean => al.classes.includes(cls);
  const isA = (tag: string): boolean => ing.tags.includes(tag);
  if (al.classes.includes('non_drug') && al.ingredients.length === 0) return null;
  const sameClass =
    same ||
    al.classes.some(
      (c) =>
        (c === 'penicillin' && isA('penicillin')) ||
        (c === 'cephalosporin' && isA('cephalosporin')) ||
        (c === 'carbapenem' && isA('carbapenem')) ||
        (c === 'beta_lactam' && (isA('penicillin') || isA('cephalosporin') || isA('carbapenem'))) ||
        (c === 'sulfonamide_antibiotic' && isA('sulfa_arylamine')) ||
        (c === 'nsaid' && (isA('nsaid') || isA('salicylate_like')) && !isA('coxib')) ||
        (c === 'nsaid' && isA('coxib') && al.ingredients.some((i) => i.tags.includes('coxib'))) ||
        (c === 'ace_inhibitor' && (isA('ace_inhibitor') || isA('arni'))) ||
        (['macrolide', 'fluoroquinolone', 'tetracycline', 'aminoglycoside'].includes(c) && isA(c)),
    );
  if (sameClass) {
    if (r === 'intolerance') {
      return {
        severity: 'minor',
        ci: false,
        why: [
          'Recorded intolerance to this drug or class, not an allergy: it may be used with monitoring.',
          '记录为对该药或该类药物不耐受（非过敏）：可在监测下使用。',
        ],
        source: ALLERGY_SOURCE.sameClass,
      };
    }
    return {
      severity: 'major',
      ci: true,
      why: [
        'Hypersensitivity to this drug or its class is on record.',
        '记录有对该药或该类药物的过敏史。',
      ],
      source: ALLERGY_SOURCE.sameClass,
    };
  }
  if (r === 'intolerance') return null;
  const severe = r === 'severe';
  // Penicillin ↔ cephalosporin by R1 side chain.
  const r1 = (i: Ingredient): string[] => i.tags.filter((t) => t.startsWith('r1_'));
  const allergenR1 = al.classNamed
    ? inClass('penicillin')
      ? ['r1_amino', 'r1_benzyl']
      : []
    : al.ingredients.flatMap(r1);
  const crossBetaLactam =
    (inClass('penicillin') && isA('cephalosporin')) ||
    (inClass('cephalosporin') && isA('penicillin'));
  if (crossBetaLactam) {
    const similar = r1(ing).some((t) => allergenR1.includes(t));
    if (similar) {
      return {
        severity: severe ? 'major' : 'moderate',
        ci: false,
        why: [
          'Shares the R1 side chain with the drug the patient reacted to: cross-reactivity is substantial.',
          '与致敏药物具有相同的R1侧链：交叉反应明显。',
        ],
        source: ALLERGY_SOURCE.betaLactam,
      };
    }
    return {
      severity: severe ? 'moderate' : 'minor',
      ci: false,
      why: [
        'Dissimilar side chain: cross-reactivity is about 1–2%; not a contraindication, give with observation (test dose after a severe reaction).',
        '侧链不同：交叉反应约1%–2%；不是禁忌，可在观察下使用（既往严重反应者先试验剂量）。',
      ],
      source: ALLERGY_SOURCE.betaLactam,
    };
  }
  if ((inClass('penicillin') || inClass('cephalosporin')) && isA('carbapenem')) {
    return {
      severity: severe ? 'moderate' : 'minor',
      ci: false,
      why: [
        'Carbapenem cross-reactivity with penicillins/cephalosporins is below 1%.',
        '碳青霉烯与青霉素/头孢菌素交叉反应低于1%。',
      ],
      source: ALLERGY_SOURCE.carbapenem,
    };
  }
  if (inClass('carbapenem') && (isA('penicillin') || isA('cephalosporin'))) {
    return {
      severity: severe ? 'moderate' : 'minor',
      ci: false,
      why: ['Cross-reactivity with carbapenems is below 1%.', '与碳青霉烯类交叉反应低于1%。'],
      source: ALLERGY_SOURCE.carbapenem,
    };
  }
  if (isA('monobactam') && al.ingredients.some((i) => i.tags.includes('r1_ceftaz'))) {
    return {
      severity: severe ? 'major' : 'moderate',
      ci: false,
      why: ['Aztreonam shares its side chain with ceftazidime.', '氨曲南与头孢他啶侧链相同。'],
      source: ALLERGY_SOURCE.aztreonam,
    };
  }
  if (inClass('nsaid') && isA('coxib')) {
    return {
      severity: 'minor',
      ci: false,
      why: [
        'COX-2-selective inhibitors are tolerated by most patients with NSAID hypersensitivity; give the first dose under observation.',
        '大多数NSAID过敏者可耐受COX-2选择性抑制剂；首剂应在观察下给予。',
      ],
      source: ALLERGY_SOURCE.nsaid,
    };
  }
  if (
    isA('opioid') &&
    (inClass('opioid') || al.ingredients.some((i) => i.tags.includes('opioid')))
  ) {
    const phen = (i: Ingredient): boolean => i.tags.includes('opioid_phenanthrene');
    if (al.classNamed) {
      return {
        severity: 'moderate',
        ci: false,
        why: [
          'Opioid allergy on record (often pseudo-allergic histamine release): a structurally different opioid is usually tolerated.',
          '记录有阿片类过敏（常为假性过敏的组胺释放）：结构不同的阿片类通常可耐受。',
        ],
        source: ALLERGY_SOURCE.opioid,
      };
    }
    if (phen(ing) && al.ingredients.some(phen)) {
      return {
        severity: severe ? 'moderate' : 'minor',
        ci: false,
        why: [
          'Same chemical class (phenanthrene opioids): some cross-reactivity.',
          '同属菲类阿片：存在一定交叉反应。',
        ],
        source: ALLERGY_SOURCE.opioid,
      };
    }
    return null;
  }
  if (isA('aromatic_aed') && al.ingredients.some((i) => i.tags.includes('aromatic_aed'))) {
    return {
      severity: severe ? 'major' : 'moderate',
      ci: false,
      why: [
        'Aromatic antiepileptics cross-react in about 25–40% (rash, SJS/TEN, DRESS).',
        '芳香族抗癫痫药交叉反应约25%–40%（皮疹、SJS/TEN、DRESS）。',
      ],
      source: ALLERGY_SOURCE.aed,
    };
  }
  if (isA('aromatic_aed_weak') && al.ingredients.some((i) => i.tags.includes('aromatic_aed'))) {
    return {
      severity: severe ? 'moderate' : 'minor',
      ci: false,
      why: [
        'Some cross-sensitivity between aromatic antiepileptics and lamotrigine.',
        '芳香族抗癫痫药与拉莫三嗪之间存在一定交叉过敏。',
      ],
      source: ALLERGY_SOURCE.aed,
    };
  }
  if (inClass('ace_inhibitor') && isA('arb') && severe) {
    return {
      severity: 'moderate',
      ci: false,
      why: [
        'Angioedema recurs on ARBs in a small minority after ACE-inhibitor angioedema.',
        'ACEI致血管性水肿后，少数患者使用ARB仍会复发。',
      ],
      source: ALLERGY_SOURCE.ace,
    };
  }
  if (inClass('statin') && isA('statin')) {
    return {
      severity: 'minor',
      ci: false,
      why: [
        'Statin intolerance on record: a different statin at a low dose is usually tolerated.',
        '记录有他汀不耐受：换用另一种低剂量他汀通常可耐受。',
      ],
      source: ALLERGY_SOURCE.statin,
    };
  }
  return null;
}

function allergyAlert(al: ResolvedAllergy, med: Medication): SafetyAlert | undefined {
  let best: { v: Verdict; ing: Ingredient } | undefined;
  for (const ing of ingredientsOf(med)) {
    const v = allergyVerdict(al, ing);
    if (v && (!best || RANK[v.severity] > RANK[best.v.severity])) best = { v, ing };
  }
  if (!best) return undefined;
  const { v, ing } = best;
  const [ren, rzh] = REACTION_TEXT[al.reaction];
  return {
    kind: 'drug_allergy',
    severity: v.severity,
    contraindicated: v.ci,
    medications: [med.id],
    mechanism: {
      en: `Allergy to ${al.label.en} (${ren}) on record; ${ing.name.en} is ${ing.className.en.toLowerCase()}. ${v.why[0]}`,
      'zh-CN': `记录有${al.label['zh-CN']}过敏（${rzh}）；${ing.name['zh-CN']}属于${ing.className['zh-CN']}。${v.why[1]}`,
    },
    management: v.ci
      ? {
          en: 'Do not give; choose a drug from an unrelated class.',
          'zh-CN': '不得使用；选择无关类别的药物。',
        }
      : {
          en: 'Confirm the history; if given, first dose under observation with treatment for reactions available.',
          'zh-CN': '核实过敏史；如使用，首剂需在观察下给药并备好抢救措施。',
        },
    source: v.source,
  };
}

function pregnancyAlert(med: Medication, trimester: 0 | 1 | 2 | 3): SafetyAlert | undefined {
  let best: { sev: Severity; ci: boolean; text: [string, string]; source: string } | undefined;
  for (const ing of ingredientsOf(med)) {
    const rule = PREGNANCY_RULES.find((r) => has(ing, r.drugs));
    if (!rule) continue;
    const levels = trimester === 0 ? rule.by : [rule.by[trimester - 1]!];
    const sev = levels.reduce<Severity | null>(
      (m, l) => (l && (!m || RANK[l] > RANK[m]) ? l : m),
      null,
    );
    if (!sev) continue;
    const ci =
      trimester === 0
        ? rule.ci.length > 0 && rule.by.some((l, i) => l === sev && rule.ci.includes(i + 1))
        : rule.ci.includes(trimester);
    if (!best || RANK[sev] > RANK[best.sev])
      best = { sev, ci, text: rule.text, source: rule.source };
  }
  if (!best) return undefined;
  const tri =
    trimester === 0
      ? { en: 'trimester not stated', zh: '孕周未注明' }
      : { en: `trimester ${trimester}`, zh: `妊娠${['早', '中', '晚'][trimester - 1]}期` };
  return {
    kind: 'drug_pregnancy',
    severity: best.sev,
    contraindicated: best.ci,
    medications: [med.id],
    mechanism: {
      en: `Pregnancy (${tri.en}): ${best.text[0]}`,
      'zh-CN': `妊娠（${tri.zh}）：${best.text[1]}`,
    },
    management: {
      en: 'Review with the prescriber; prefer a drug with established pregnancy safety (e.g. paracetamol, labetalol, low-molecular-weight heparin, insulin).',
      'zh-CN':
        '与处方医生复核；首选妊娠期安全性明确的药物（如对乙酰氨基酚、拉贝洛尔、低分子肝素、胰岛素）。',
    },
    source: best.source,
  };
}

function renalAlert(med: Medication, egfr: number): SafetyAlert | undefined {
  let best: { sev: Severity; ci: boolean; text: [string, string]; source: string } | undefined;
  for (const ing of ingredientsOf(med)) {
    for (const rule of RENAL_RULES) {
      if (!has(ing, rule.drugs) || (rule.notDrugs && has(ing, rule.notDrugs))) continue;
      const step = rule.steps.find((s) => egfr < s.below);
      if (step && (!best || RANK[step.severity] > RANK[best.sev])) {
        best = { sev: step.severity, ci: step.ci ?? false, text: step.text, source: rule.source };
      }
      break;
    }
  }
  if (!best) return undefined;
  return {
    kind: 'dose',
    severity: best.sev,
    contraindicated: best.ci,
    medications: [med.id],
    mechanism: {
      en: `eGFR ${egfr} ml/min/1.73 m²: ${best.text[0]}`,
      'zh-CN': `eGFR ${egfr} ml/min/1.73 m²：${best.text[1]}`,
    },
    management: {
      en: 'Adjust the dose or choose an alternative per the renal threshold; recheck renal function.',
      'zh-CN': '按肾功能阈值调整剂量或换药；复查肾功能。',
    },
    source: best.source,
  };
}

function ageAlert(med: Medication, age: number): SafetyAlert | undefined {
  for (const rule of AGE_RULES) {
    const applies =
      (rule.min !== undefined && age >= rule.min) || (rule.max !== undefined && age < rule.max);
    if (!applies || !ingredientsOf(med).some((i) => has(i, rule.drugs))) continue;
    return {
      kind: 'dose',
      severity: rule.severity,
      contraindicated: rule.ci ?? false,
      medications: [med.id],
      mechanism: { en: `Age ${age}: ${rule.text[0]}`, 'zh-CN': `年龄${age}岁：${rule.text[1]}` },
      management: {
        en:
          rule.min !== undefined
            ? 'Prefer a safer alternative for older adults, or the lowest dose with review.'
            : 'Not for this age group: choose an age-appropriate alternative.',
        'zh-CN':
          rule.min !== undefined
            ? '老年人首选更安全的替代药，或以最低剂量使用并定期评估。'
            : '不适用于该年龄段：选择适合年龄的替代药。',
      },
      source: rule.source,
    };
  }
  return undefined;
}

const ONLINE_CLASSES: Record<string, [string, string]> = {
  narcotic: ['a narcotic drug (麻醉药品)', '麻醉药品'],
  psychotropic_1: ['a class I psychotropic drug (第一类精神药品)', '第一类精神药品'],
  psychotropic_2: ['a class II psychotropic drug (第二类精神药品)', '第二类精神药品'],
  toxic: ['a toxic drug for medical use (医疗用毒性药品)', '医疗用毒性药品'],
  precursor: ['a pharmaceutical precursor chemical (药品类易制毒化学品)', '药品类易制毒化学品'],
};

function onlineAlert(med: Medication): SafetyAlert | undefined {
  const cls = ONLINE_CLASSES[med.control];
  if (!cls) return undefined;
  return {
    kind: 'online_restricted',
    severity: 'major',
    contraindicated: true,
    medications: [med.id],
    mechanism: {
      en: `${med.name.en} is ${cls[0]}: special-management drugs may not be prescribed through internet diagnosis and treatment.`,
      'zh-CN': `${med.name['zh-CN']}属于${cls[1]}：互联网诊疗不得开具特殊管理药品处方。`,
    },
    management: {
      en: 'Refer to an in-person visit for this prescription, or choose a non-controlled alternative.',
      'zh-CN': '转线下就诊开具，或选择非特殊管理的替代药。',
    },
    source:
      '互联网诊疗管理办法（试行）第十九条 (NHC 2018); 互联网诊疗监管细则（试行）(2022); 药品网络销售禁止清单（第一版）(NMPA 2022)',
  };
}

/**
 * Checks proposed medications against each other, the patient's current medications, allergies,
 * conditions, pregnancy, renal function and age, and China's online-prescribing restrictions.
 * Deterministic: the same input always gives the same output, alerts sorted by severity.
 *
 * @example
 * ```ts
 * const result = checkSafety({
 *   medications: [{ text: 'clarithromycin' }],
 *   patient: { age: 70, allergies: [], conditions: [], current_medications: [{ text: '辛伐他汀' }] },
 * });
 * result.outcome; // 'blocked' (simvastatin + strong CYP3A4 inhibitor)
 * result.notices[0]?.code; // 'no_allergies_recorded'
 * ```
 */
export function checkSafety(input: SafetyCheckInput): SafetyCheckResult {
  const res: Resolution = { resolved: [], unresolved: [] };
  const entries: Entry[] = [];
  input.medications.forEach((m, i) => {
    const med = resolveMedication(m, `/medications/${i}`, res);
    if (med) entries.push({ med, field: `/medications/${i}`, current: false });
  });
  const patient = input.patient;
  (patient?.current_medications ?? []).forEach((m, i) => {
    const field = `/patient/current_medications/${i}`;
    const med = resolveMedication(m, field, res);
    if (med) entries.push({ med, field, current: true });
  });
  const state: PatientState = { conditions: [] };
  if (patient?.age !== undefined) state.age = patient.age;
  if (patient?.egfr !== undefined) state.egfr = patient.egfr;
  const preg = pregnancyFromInput(patient?.pregnancy);
  if (preg !== undefined) state.trimester = preg;
  (patient?.conditions ?? []).forEach((c, i) => {
    resolveCondition(c, `/patient/conditions/${i}`, state, res);
  });
  const allergies = (patient?.allergies ?? [])
    .map((a, i) => resolveAllergy(a, `/patient/allergies/${i}`, res))
    .filter((a): a is ResolvedAllergy => a !== undefined);

  const alerts: Draft[] = [];
  const proposed = entries.filter((e) => !e.current);
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i]!;
      const b = entries[j]!;
      if (a.current && b.current) continue;
      if (a.med.id === b.med.id && (a.current || b.current)) continue;
      const dup = duplicateOf(a.med, b.med);
      if (dup) alerts.push(dup);
      alerts.push(...interactionsOf(a.med, b.med));
    }
  }
  for (const { med } of proposed) {
    for (const al of allergies) {
      const alert = allergyAlert(al, med);
      if (alert) alerts.push(alert);
    }
    const ings = ingredientsOf(med);
    for (const rule of DISEASE_RULES) {
      const cond = state.conditions.find((c) => rule.condition.includes(c.id));
      if (!cond) continue;
      if (!ings.some((g) => has(g, rule.drugs) && !(rule.notDrugs && has(g, rule.notDrugs))))
        continue;
      alerts.push({
        kind: 'drug_disease',
        severity: rule.severity,
        contraindicated: rule.contraindicated ?? false,
        medications: [med.id],
        mechanism: {
          en: `${cond.en}: ${rule.mechanism[0]}`,
          'zh-CN': `${cond.zh}：${rule.mechanism[1]}`,
        },
        management: lt(rule.management),
        ...(rule.alternatives ? { altSlugs: rule.alternatives } : {}),
        source: rule.source,
      });
    }
    if (state.trimester !== undefined) {
      const alert = pregnancyAlert(med, state.trimester);
      if (alert) alerts.push(alert);
    }
    if (state.egfr !== undefined) {
      const alert = renalAlert(med, state.egfr);
      if (alert) alerts.push(alert);
    }
    if (state.age !== undefined) {
      const alert = ageAlert(med, state.age);
      if (alert) alerts.push(alert);
    }
    const online = onlineAlert(med);
    if (online) alerts.push(online);
  }

  // Alternatives are stored as ingredient slugs by the rules: turn them into catalogue entries.
  const inUse = new Set(entries.map((e) => e.med.id));
  const final: SafetyAlert[] = alerts.map(({ altSlugs, ...alert }) => {
    const alts = alternatives(altSlugs, inUse);
    return alts ? { ...alert, alternatives: alts } : alert;
  });
  final.sort(
    (x, y) =>
      RANK[y.severity] - RANK[x.severity] ||
      Number(y.contraindicated) - Number(x.contraindicated) ||
      KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
      x.medications.join().localeCompare(y.medications.join()) ||
      x.mechanism.en.localeCompare(y.mechanism.en),
  );

  const notices: SafetyNotice[] = [];
  if (!patient?.allergies?.length) {
    notices.push({
      code: 'no_allergies_recorded',
      message: {
        en: 'No allergies on record: this is not the same as no allergies. Ask the patient before dispensing.',
        'zh-CN': '无过敏记录：不等于没有过敏。调配前请询问患者。',
      },
    });
  }
  if (!patient?.conditions?.length) {
    notices.push({
      code: 'no_conditions_recorded',
      message: {
        en: 'No conditions on record: drug–disease checks could not be run.',
        'zh-CN': '无疾病记录：无法进行药物-疾病检查。',
      },
    });
  }
  if (state.egfr === undefined) {
    notices.push({
      code: 'no_renal_function',
      message: {
        en: 'No eGFR on record: renal dose checks could not be run.',
        'zh-CN': '无eGFR记录：无法进行肾功能剂量检查。',
      },
    });
  }
  if (state.age === undefined) {
    notices.push({
      code: 'no_age',
      message: {
        en: 'No age on record: age-related checks could not be run.',
        'zh-CN': '无年龄记录：无法进行年龄相关检查。',
      },
    });
  }

  const outcome = final.some((a) => a.contraindicated)
    ? 'blocked'
    : final.length
      ? 'warning'
      : 'ready';
  return { outcome, alerts: final, resolved: res.resolved, unresolved: res.unresolved, notices };
}
