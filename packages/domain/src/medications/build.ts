import { COMBINATIONS } from './data/combinations';
import { CLASS_TABLES } from './data/ingredients';
import type {
  AntimicrobialGrade,
  ControlClass,
  DispensingClass,
  DoseForm,
  Ingredient,
  InsuranceCode,
  LocalizedText,
  Medication,
  ProductIngredient,
  Route,
  Strength,
} from './types';

/** Built catalogue: ingredients and products by id, in a stable order. */
export interface CatalogueData {
  ingredients: Map<string, Ingredient>;
  medications: Map<string, Medication>;
  /** Single-ingredient product of each ingredient. */
  productOf: Map<string, string>;
  /** Duplicate-therapy severity per class id. */
  classDup: Map<string, 'major' | 'moderate'>;
  /** Every insurance code (current or superseded) → medication id. */
  byInsuranceCode: Map<string, string>;
}

interface FormInfo {
  form: DoseForm;
  route: Route;
  name: LocalizedText;
  pack: LocalizedText;
}

/** Row form codes → dose form, route, name suffix and a typical pack. */
const FORMS: Record<string, FormInfo> = {
  tab: info('tablet', 'oral', 'tablets', '片', '24 tablets', '24片/盒'),
  ertab: info(
    'extended_release_tablet',
    'oral',
    'extended-release tablets',
    '缓释片',
    '14 tablets',
    '14片/盒',
  ),
  ectab: info(
    'enteric_coated_tablet',
    'oral',
    'enteric-coated tablets',
    '肠溶片',
    '28 tablets',
    '28片/盒',
  ),
  cap: info('capsule', 'oral', 'capsules', '胶囊', '24 capsules', '24粒/盒'),
  ercap: info('capsule', 'oral', 'extended-release capsules', '缓释胶囊', '14 capsules', '14粒/盒'),
  gran: info('granules', 'oral', 'granules', '颗粒', '10 sachets', '10袋/盒'),
  sol: info('oral_solution', 'oral', 'oral solution', '口服溶液', '100 ml bottle', '100ml/瓶'),
  inj: info('injection', 'parenteral', 'for injection', '注射剂', '10 vials', '10支/盒'),
  inh: info('inhaler', 'inhalation', 'inhaler', '吸入剂', '1 inhaler (60 doses)', '60吸/支'),
  patch: info(
    'transdermal_patch',
    'transdermal',
    'transdermal patches',
    '贴剂',
    '5 patches',
    '5贴/盒',
  ),
  topical: info('topical', 'topical', 'topical preparation', '外用制剂', '1 tube', '1支/盒'),
  sl: info(
    'sublingual_tablet',
    'sublingual',
    'sublingual tablets',
    '舌下片',
    '100 tablets',
    '100片/瓶',
  ),
};

function info(
  form: DoseForm,
  route: Route,
  en: string,
  zh: string,
  packEn: string,
  packZh: string,
): FormInfo {
  return { form, route, name: { en, 'zh-CN': zh }, pack: { en: packEn, 'zh-CN': packZh } };
}

const CONTROL: Record<string, ControlClass> = {
  nar: 'narcotic',
  psy1: 'psychotropic_1',
  psy2: 'psychotropic_2',
  tox: 'toxic',
  pre: 'precursor',
};
const GRADE: Record<string, AntimicrobialGrade> = {
  amgU: 'unrestricted',
  amgR: 'restricted',
  amgS: 'special',
};

function parseStrength(text: string): Strength {
  const m = /^(\d+(?:\.\d+)?)(.*)$/.exec(text.trim());
  if (!m) throw new Error(`bad strength ${text}`);
  return { value: Number(m[1]), unit: m[2]!.trim() || 'unit' };
}

function parseBrands(field: string): LocalizedText[] {
  if (!field) return [];
  return field.split(';').map((pair) => {
    const [en = '', zh = ''] = pair.split('=');
    return { en: en || zh, 'zh-CN': zh || en };
  });
}

function controlOf(tags: readonly string[]): ControlClass {
  // Strictest first: a class-level psy2 tag must not hide a row's psy1 (triazolam).
  for (const [tag, cls] of Object.entries(CONTROL)) if (tags.includes(tag)) return cls;
  return 'none';
}

function dispensingOf(tags: readonly string[]): DispensingClass {
  if (tags.includes('otcA')) return 'otc_a';
  if (tags.includes('otcB')) return 'otc_b';
  return 'rx';
}

function gradeOf(tags: readonly string[]): AntimicrobialGrade | undefined {
  for (const t of tags) if (GRADE[t]) return GRADE[t];
  return undefined;
}

/** A deterministic, clearly fictitious approval number (real ones never use `SBX`). */
function approvalNumber(index: number, herbal: boolean): string {
  return `国药准字SBX${herbal ? 'Z' : 'H'}${String(20260000 + index)}`;
}

/**
 * Sandbox insurance codes: `XSBX` + ATC level 4 + sequence. Every seventh product also carries
 * the code it had before the 2025 re-coding, superseded by the current one, so claims can
 * exercise corrected-code suggestions.
 */
function insuranceCodes(index: number, atc: string | undefined): InsuranceCode[] {
  const group = (atc ?? 'Z00ZZ').slice(0, 5).padEnd(5, 'Z');
  const current = `XSBX${group}${String(index).padStart(4, '0')}`;
  const codes: InsuranceCode[] = [{ code: current, status: 'current' }];
  if (index % 7 === 3) {
    codes.push({
      code: `XSBX${group}${String(index + 5000).padStart(4, '0')}`,
      status: 'superseded',
      replaced_by: current,
    });
  }
  return codes;
}

/** Builds the catalogue from the data tables (pure; called once, lazily). */
export function buildCatalogue(): CatalogueData {
  const ingredients = new Map<string, Ingredient>();
  const medications = new Map<string, Medication>();
  const productOf = new Map<string, string>();
  const classDup = new Map<string, 'major' | 'moderate'>();
  const byInsuranceCode = new Map<string, string>();
  const defaults = new Map<string, { strength: Strength; formCode: string; row: string[] }>();

  for (const table of CLASS_TABLES) {
    if (table.dup) classDup.set(table.cls, table.dup);
    const tableTags = table.tags.split(' ').filter(Boolean);
    for (const line of table.rows) {
      const row = line.split('|');
      const [id = '', en = '', zh = '', atc = '', sf = '', tags = '', syn = ''] = row;
      if (ingredients.has(id)) throw new Error(`duplicate ingredient ${id}`);
      const [strength = '', formCode = 'tab'] = sf.split(' ');
      ingredients.set(id, {
        id,
        name: { en, 'zh-CN': zh },
        synonyms: syn ? syn.split(';') : [],
        atc: atc ? [...new Set(atc.split(','))] : [],
        class: table.cls,
        className: { en: table.en, 'zh-CN': table.zh },
        tags: [...new Set([table.cls, id, ...tableTags, ...tags.split(' ').filter(Boolean)])],
      });
      defaults.set(id, { strength: parseStrength(strength), formCode, row });
    }
  }

  let index = 0;
  const add = (m: Omit<Medication, 'approval_number' | 'insurance_codes'>, herbal: boolean) => {
    index++;
    const med: Medication = {
      ...m,
      approval_number: approvalNumber(index, herbal),
      insurance_codes: insuranceCodes(index, m.atc[0]),
    };
    medications.set(med.id, med);
    for (const c of med.insurance_codes) byInsuranceCode.set(c.code, med.id);
  };

  for (const [id, ing] of ingredients) {
    const d = defaults.get(id)!;
    const form = FORMS[d.formCode];
    if (!form) throw new Error(`unknown form ${d.formCode} for ${id}`);
    const herbal = ing.tags.includes('herbal');
    const medId = `med_${id}`;
    productOf.set(id, medId);
    add(
      {
        id: medId,
        name: {
          en: `${ing.name.en} ${form.name.en}`,
          'zh-CN': herbal ? ing.name['zh-CN'] : `${ing.name['zh-CN']}${form.name['zh-CN']}`,
        },
        brands: parseBrands(d.row[7] ?? ''),
        ingredients: [{ ingredient_id: id, name: ing.name, strength: d.strength }],
        atc: ing.atc,
        form: form.form,
        route: form.route,
        pack: form.pack,
        dispensing: dispensingOf(ing.tags),
        control: controlOf(ing.tags),
        ...(gradeOf(ing.tags) ? { antimicrobial_grade: gradeOf(ing.tags) } : {}),
        essential: ing.tags.includes('E'),
      },
      herbal,
    );
  }

  for (const line of COMBINATIONS) {
    const [
      slug = '',
      en = '',
      zh = '',
      atc = '',
      formCode = '',
      parts = '',
      flags = '',
      brands = '',
    ] = line.split('|');
    const form = FORMS[formCode];
    if (!form) throw new Error(`unknown form ${formCode} for ${slug}`);
    const flagList = flags.split(' ').filter(Boolean);
    const items: ProductIngredient[] = parts.split(',').map((p) => {
      const [ingId = '', strength = ''] = p.split(':');
      const ing = ingredients.get(ingId);
      if (!ing) throw new Error(`combination ${slug}: unknown ingredient ${ingId}`);
      return { ingredient_id: ingId, name: ing.name, strength: parseStrength(strength) };
    });
    const grades = items
      .map((i) => gradeOf(ingredients.get(i.ingredient_id)!.tags))
      .filter((g): g is AntimicrobialGrade => g !== undefined);
    const herbal = items.some((i) => ingredients.get(i.ingredient_id)!.tags.includes('herbal'));
    add(
      {
        id: `med_${slug}`,
        name: { en, 'zh-CN': zh },
        brands: parseBrands(brands),
        ingredients: items,
        atc: [atc],
        form: form.form,
        route: form.route,
        pack: form.pack,
        dispensing: dispensingOf(flagList),
        control: controlOf(flagList),
        ...(grades.length ? { antimicrobial_grade: strictestGrade(grades) } : {}),
        essential: flagList.includes('E'),
      },
      herbal,
    );
  }
  return { ingredients, medications, productOf, classDup, byInsuranceCode };
}

function strictestGrade(grades: AntimicrobialGrade[]): AntimicrobialGrade {
  if (grades.includes('special')) return 'special';
  if (grades.includes('restricted')) return 'restricted';
  return 'unrestricted';
}
