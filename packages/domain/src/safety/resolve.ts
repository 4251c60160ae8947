import {
  catalogueData,
  exactMatches,
  getMedication,
  ingredientsInChinese,
  productWithIngredients,
  searchMedications,
} from '../medications/catalogue';
import { hasCjk } from '../medications/text';
import type { Ingredient, LocalizedText, Medication, MedicationMatch } from '../medications/types';
import { ALLERGY_CLASSES, type ReactionSeverity, reactionSeverity } from './knowledge/allergy';
import { CONDITIONS, type ConditionDef } from './knowledge/conditions';
import type {
  AllergyInput,
  ConditionInput,
  MedicationInput,
  PregnancyInput,
  ResolvedInput,
  UnresolvedInput,
} from './types';

/** Lowest search score accepted when resolving free text to one catalogue entry. */
const MIN_SCORE = 0.65;

export interface Resolution {
  resolved: ResolvedInput[];
  unresolved: UnresolvedInput[];
}

const UNKNOWN_MED: LocalizedText = {
  en: 'No catalogue medication matches this text.',
  'zh-CN': '目录中没有与此文本匹配的药品。',
};

/** Resolves one medication reference to a catalogue entry. */
export function resolveMedication(
  input: MedicationInput,
  field: string,
  out: Resolution,
): Medication | undefined {
  if ('medication_id' in input) {
    const med = getMedication(input.medication_id);
    if (!med) {
      out.unresolved.push({
        field,
        input: input.medication_id,
        reason: { en: 'Unknown medication id.', 'zh-CN': '未知的药品ID。' },
      });
      return undefined;
    }
    out.resolved.push({
      field,
      input: input.medication_id,
      type: 'medication',
      id: med.id,
      name: med.name,
    });
    return med;
  }
  const text = input.text.trim();
  let hit = exactMatches(text)[0] ?? combinationFromParts(text);
  // A brand or name in brackets (`tramadol/paracetamol (Ultracet)`).
  const inner = /[(（](.+?)[)）]/.exec(text)?.[1];
  if (!hit && inner) hit = exactMatches(inner)[0];
  if (!hit && inner) hit = combinationFromParts(text.replace(/[(（].*?[)）]/g, ' '));
  hit ??= searchMedications(text, { limit: 1 })[0];
  if (!hit || hit.score < MIN_SCORE) {
    out.unresolved.push({ field, input: text, reason: UNKNOWN_MED });
    return undefined;
  }
  out.resolved.push({
    field,
    input: text,
    type: 'medication',
    id: hit.medication.id,
    name: hit.medication.name,
    detail: `${hit.via}: ${hit.matched}`,
  });
  return hit.medication;
}

/** A combination written as its ingredients (`piperacillin/tazobactam`, `哌拉西林他唑巴坦`). */
function combinationFromParts(text: string): MedicationMatch | undefined {
  const parts = text
    .split(/\s*(?:\/|\+|,|、|&|\band\b|\bwith\b|与|和)\s*/i)
    .filter((p) => p.trim());
  let ids: string[] = [];
  if (parts.length >= 2) {
    for (const part of parts) {
      const single = exactMatches(part).find((m) => m.medication.ingredients.length === 1);
      if (!single) return undefined;
      ids.push(single.medication.ingredients[0]!.ingredient_id);
    }
  } else if (hasCjk(text)) {
    ids = ingredientsInChinese(text);
  }
  if (ids.length < 2) return undefined;
  const medication = productWithIngredients(ids);
  return medication ? { medication, score: 1, matched: text, via: 'exact' } : undefined;
}

/** An allergy understood: the ingredients and/or allergy classes it covers. */
export interface ResolvedAllergy {
  field: string;
  label: LocalizedText;
  /** Ingredient ids named directly (an ingredient or every ingredient of a product). */
  ingredients: Ingredient[];
  /** Allergy class ids (named directly, or the class of a named ingredient). */
  classes: string[];
  /** True when a class was named rather than derived from an ingredient. */
  classNamed: boolean;
  reaction: ReactionSeverity;
}

const ALLERGY_WORDS =
  /\b(allerg(y|ies|ic)( to)?|hypersensitivity( to)?|intoleran(ce|t)( to)?|history of|drug|drugs|class|antibiotics?)\b|过敏史|过敏反应|过敏|不耐受|药物|类药|类/gi;

/** English terms match on word starts (so `cat` does not match `medication`); Chinese as substrings. */
function termMatches(text: string, term: string): boolean {
  if (hasCjk(term)) return text.includes(term);
  return new RegExp(`(^|[^a-z])${term.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}`, 'i').test(text);
}

/** Allergy classes an ingredient belongs to for cross-sensitivity (never the broad ones). */
export function ingredientAllergyClasses(ing: Ingredient): string[] {
  return ALLERGY_CLASSES.filter(
    (c) =>
      c.id !== 'beta_lactam' && c.id !== 'non_drug' && c.members.some((m) => ing.tags.includes(m)),
  ).map((c) => c.id);
}

export function resolveAllergy(
  input: AllergyInput,
  field: string,
  out: Resolution,
): ResolvedAllergy | undefined {
  const raw = ('text' in input ? input.text : input.substance).trim();
  // The reaction: an explicit field, else what is in brackets or after a colon/dash.
  const bracket = /[(（[【](.*?)[)）\]】]/.exec(raw);
  const after = /[:：—–]\s*(.+)$/.exec(raw);
  const reactionText = input.reaction ?? bracket?.[1] ?? after?.[1];
  let substance = raw
    .replace(/[(（[【].*?[)）\]】]/g, ' ')
    .replace(/[:：—–].*$/, ' ')
    .replace(ALLERGY_WORDS, ' ')
    .replace(/^\s*对/, '')
    .trim();
  if (!substance) substance = raw;
  const reaction = reactionSeverity(reactionText ?? (bracket ? undefined : raw));
  const { ingredients } = catalogueData();

  // 1. A named drug (ingredient, product or brand): exact names only, then close typos.
  const lower = substance.toLowerCase();
  const named = CLASS_FIRST.some((t) => termMatches(lower, t))
    ? undefined
    : exactMatches(substance)[0];
  const fuzzy = named ? undefined : searchMedications(substance, { limit: 1 })[0];
  const direct =
    named ?? (fuzzy && fuzzy.via === 'fuzzy' && fuzzy.score >= 0.75 ? fuzzy : undefined);
  if (direct) {
    const med = direct.medication;
    const ings = med.ingredients
      .map((i) => ingredients.get(i.ingredient_id)!)
      .filter((i) => !i.tags.includes('herbal'));
    const classes = [...new Set(ings.flatMap(ingredientAllergyClasses))];
    out.resolved.push({
      field,
      input: raw,
      type: 'allergy',
      id: ings.map((i) => i.id).join('+'),
      name: ings.length === 1 ? ings[0]!.name : med.name,
      detail: `reaction: ${reaction}`,
    });
    return {
      field,
      label: ings.length === 1 ? ings[0]!.name : med.name,
      ingredients: ings,
      classes,
      classNamed: false,
      reaction,
    };
  }

  // 2. A named class ("penicillin", "磺胺", "NSAIDs", "egg").
  for (const cls of ALLERGY_CLASSES) {
    if (cls.terms.some((t) => termMatches(lower, t))) {
      out.resolved.push({
        field,
        input: raw,
        type: 'allergy',
        id: cls.id,
        name: { en: cls.en, 'zh-CN': cls.zh },
        detail: `reaction: ${reaction}`,
      });
      return {
        field,
        label: { en: cls.en, 'zh-CN': cls.zh },
        ingredients: [],
        classes: [cls.id],
        classNamed: true,
        reaction,
      };
    }
  }
  out.unresolved.push({
    field,
    input: raw,
    reason: {
      en: 'The allergen could not be matched to a drug, drug class or known non-drug allergen.',
      'zh-CN': '无法将过敏原匹配到药品、药物类别或已知非药物过敏原。',
    },
  });
  return undefined;
}

/** Class words that must win over a same-named single drug ("penicillin" is the class). */
const CLASS_FIRST = [
  'penicillin',
  'pcn',
  '青霉素',
  'sulfa',
  'sulpha',
  'sulfonamide',
  '磺胺',
  'cephalosporin',
  '头孢',
];

/** The patient state gathered from structured fields and condition text. */
export interface PatientState {
  conditions: ConditionDef[];
  age?: number;
  egfr?: number;
  /** 0 = pregnant, trimester unknown. */
  trimester?: 0 | 1 | 2 | 3;
}

const EGFR = /(e?gfr|crcl|creatinine clearance|肌酐清除率|肾小球滤过率)[^\d]{0,12}(\d+(?:\.\d+)?)/i;
const AGE =
  /(?:^|\D)(\d{1,3})\s*(?:years?[ -]old|yrs?\b|yo\b|y\/o|岁|周岁)|\bage[d]?\s*:?\s*(\d{1,3})|年龄\s*:?\s*(\d{1,3})/i;
const PREGNANT = /pregnan|gestation|trimester|妊娠|怀孕|孕期|孕早|孕中|孕晚|孕\d|早孕|备孕中怀孕/i;
const CKD_STAGE =
  /(?:stage|g|分期)\s*(1|2|3a|3b|3|4|5)|(1|2|3a|3b|3|4|5)\s*期|dialysis|esrd|end[- ]stage|透析|尿毒症/i;
const CKD_EGFR: Record<string, number> = {
  '1': 95,
  '2': 75,
  '3': 45,
  '3a': 52,
  '3b': 37,
  '4': 22,
  '5': 10,
};

function trimesterOf(text: string): 0 | 1 | 2 | 3 {
  const weeks = /(\d{1,2})\s*(?:\+\d\s*)?(?:weeks?|wks?|w\b|周)/i.exec(text);
  if (weeks) {
    const w = Number(weeks[1]);
    return w < 14 ? 1 : w < 28 ? 2 : 3;
  }
  if (/first|1st|early|早期|孕早|早孕|头三个月/i.test(text)) return 1;
  if (/second|2nd|mid|中期|孕中/i.test(text)) return 2;
  if (/third|3rd|late|term|晚期|孕晚|足月/i.test(text)) return 3;
  return 0;
}

export function pregnancyFromInput(p: PregnancyInput | undefined): 0 | 1 | 2 | 3 | undefined {
  if (p === undefined || p === false) return undefined;
  if (p === true) return 0;
  if (p.weeks !== undefined) return p.weeks < 14 ? 1 : p.weeks < 28 ? 2 : 3;
  return p.trimester ?? 0;
}

const NO_CONDITION: LocalizedText = {
  en: 'No known condition, eGFR, age or pregnancy status matches this text.',
  'zh-CN': '没有与此文本匹配的已知疾病、eGFR、年龄或妊娠状态。',
};

/** Reads one condition entry into the patient state (several facts may come from one text). */
export function resolveCondition(
  input: ConditionInput,
  field: string,
  state: PatientState,
  out: Resolution,
): void {
  if ('icd10' in input) {
    const code = input.icd10.trim().toUpperCase();
    if (/^O|^Z3[34]/.test(code)) {
      state.trimester ??= 0;
      out.resolved.push({
        field,
        input: code,
        type: 'pregnancy',
        id: 'pregnancy',
        name: { en: 'Pregnancy', 'zh-CN': '妊娠' },
      });
      return;
    }
    const hit = CONDITIONS.filter((c) =>
      c.icd10.some((p) => code.startsWith(p.toUpperCase())),
    ).sort((a, b) => longestPrefix(b, code) - longestPrefix(a, code))[0];
    if (hit) {
      addCondition(state, hit);
      out.resolved.push({
        field,
        input: code,
        type: 'condition',
        id: hit.id,
        name: { en: hit.en, 'zh-CN': hit.zh },
      });
    } else {
      out.unresolved.push({ field, input: code, reason: NO_CONDITION });
    }
    return;
  }
  const text = input.text.trim();
  const lower = text.toLowerCase();
  let understood = false;
  const egfr = EGFR.exec(text);
  if (egfr) {
    state.egfr = Number(egfr[2]);
    out.resolved.push({
      field,
      input: text,
      type: 'renal_function',
      id: 'egfr',
      name: { en: 'eGFR', 'zh-CN': 'eGFR' },
      detail: egfr[2],
    });
    understood = true;
  }
  if (PREGNANT.test(text)) {
    const t = trimesterOf(text);
    state.trimester = t;
    out.resolved.push({
      field,
      input: text,
      type: 'pregnancy',
      id: 'pregnancy',
      name: { en: 'Pregnancy', 'zh-CN': '妊娠' },
      detail: t ? `trimester ${t}` : 'trimester unknown',
    });
    understood = true;
  }
  const age = AGE.exec(text);
  if (age) {
    state.age = Number(age[1] ?? age[2] ?? age[3]);
    out.resolved.push({
      field,
      input: text,
      type: 'age',
      id: 'age',
      name: { en: 'Age', 'zh-CN': '年龄' },
      detail: String(state.age),
    });
    understood = true;
  } else if (/\b(elderly|older adult|geriatric)\b|老年|高龄/i.test(text)) {
    state.age ??= 70;
    out.resolved.push({
      field,
      input: text,
      type: 'age',
      id: 'age',
      name: { en: 'Older adult', 'zh-CN': '老年人' },
      detail: '≥65',
    });
    understood = true;
  }
  const matched = CONDITIONS.filter((c) => c.terms.some((t) => termMatches(lower, t)));
  const ids = new Set(matched.map((c) => c.id));
  for (const cond of matched) {
    if (cond.id === 'glaucoma' && ids.has('angle_closure_glaucoma')) continue;
    if (cond.id === 'hypertension' && /pulmonary|肺动脉高压/.test(lower)) continue;
    addCondition(state, cond);
    out.resolved.push({
      field,
      input: text,
      type: 'condition',
      id: cond.id,
      name: { en: cond.en, 'zh-CN': cond.zh },
    });
    understood = true;
    if (cond.id === 'ckd' && state.egfr === undefined) {
      const stage = CKD_STAGE.exec(text);
      if (stage) {
        const key = (stage[1] ?? stage[2] ?? '5').toLowerCase();
        state.egfr = CKD_EGFR[key] ?? 10;
        out.resolved.push({
          field,
          input: text,
          type: 'renal_function',
          id: 'egfr',
          name: { en: 'eGFR (from CKD stage)', 'zh-CN': 'eGFR（按CKD分期估计）' },
          detail: String(state.egfr),
        });
      }
    }
  }
  if (!understood) out.unresolved.push({ field, input: text, reason: NO_CONDITION });
}

function addCondition(state: PatientState, cond: ConditionDef): void {
  if (!state.conditions.includes(cond)) state.conditions.push(cond);
}

function longestPrefix(c: ConditionDef, code: string): number {
  return Math.max(...c.icd10.filter((p) => code.startsWith(p.toUpperCase())).map((p) => p.length));
}
