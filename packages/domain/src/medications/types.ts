/** Text in both product languages. */
export interface LocalizedText {
  en: string;
  'zh-CN': string;
}

/** China's special-management class of a product (特殊管理药品), or `none`. */
export type ControlClass =
  | 'none'
  /** 麻醉药品 */
  | 'narcotic'
  /** 第一类精神药品 */
  | 'psychotropic_1'
  /** 第二类精神药品 */
  | 'psychotropic_2'
  /** 医疗用毒性药品 */
  | 'toxic'
  /** 药品类易制毒化学品 (single-ingredient ephedrine-type products) */
  | 'precursor';

/** Prescription status: Rx, or China's OTC class A (甲类, pharmacist) / B (乙类). */
export type DispensingClass = 'rx' | 'otc_a' | 'otc_b';

/** 抗菌药物分级: unrestricted 非限制使用级, restricted 限制使用级, special 特殊使用级. */
export type AntimicrobialGrade = 'unrestricted' | 'restricted' | 'special';

/** The physical form a product is made in (tablet, injection, …). */
export type DoseForm =
  | 'tablet'
  | 'extended_release_tablet'
  | 'enteric_coated_tablet'
  | 'capsule'
  | 'granules'
  | 'oral_solution'
  | 'injection'
  | 'inhaler'
  | 'transdermal_patch'
  | 'topical'
  | 'suppository'
  | 'sublingual_tablet';

/** How a product is given (oral, parenteral, …). */
export type Route =
  | 'oral'
  | 'parenteral'
  | 'inhalation'
  | 'transdermal'
  | 'topical'
  | 'rectal'
  | 'sublingual';

/** An amount of an ingredient per dose unit, e.g. `{ value: 5, unit: "mg" }`. */
export interface Strength {
  value: number;
  unit: string;
}

/** An active ingredient: the unit that pharmacological knowledge is written against. */
export interface Ingredient {
  /** Stable slug, e.g. `warfarin`. */
  id: string;
  name: LocalizedText;
  /** Other names: INN/USAN variants, abbreviations, older Chinese names. */
  synonyms: string[];
  /** WHO ATC code(s); empty for herbal components of Chinese compound products. */
  atc: string[];
  /** Therapeutic class id (e.g. `ace_inhibitor`). */
  class: string;
  /** Class name in both languages. */
  className: LocalizedText;
  /** Knowledge tags (class, mechanism, CYP role, …) the safety rules select on. */
  tags: readonly string[];
}

/** One active ingredient of a product and its strength. */
export interface ProductIngredient {
  ingredient_id: string;
  name: LocalizedText;
  strength: Strength;
}

/** A national insurance (医保) drug code of a product, current or superseded. */
export interface InsuranceCode {
  code: string;
  status: 'current' | 'superseded';
  /** For a superseded code: the code that replaces it. */
  replaced_by?: string;
}

/** A catalogue entry (`GET /v1/medications/{id}`). */
export interface Medication {
  /** `med_…` */
  id: string;
  /** Generic (common) name in both languages. */
  name: LocalizedText;
  brands: LocalizedText[];
  ingredients: ProductIngredient[];
  atc: string[];
  form: DoseForm;
  route: Route;
  /** Pack description, e.g. `{ en: '28 tablets', 'zh-CN': '28片/盒' }`. */
  pack: LocalizedText;
  dispensing: DispensingClass;
  control: ControlClass;
  antimicrobial_grade?: AntimicrobialGrade;
  /** Listed in the National Essential Medicines List (国家基本药物). */
  essential: boolean;
  /** Sandbox-style approval number: clearly fictitious (`国药准字SBX…`). */
  approval_number: string;
  /** National medical-insurance codes, current first, superseded ones with their replacement. */
  insurance_codes: InsuranceCode[];
}

/** One search hit with how it matched. */
export interface MedicationMatch {
  medication: Medication;
  /** 0..1, 1 = exact name match. */
  score: number;
  /** The name that matched (generic, brand, ingredient or synonym). */
  matched: string;
  via: 'exact' | 'prefix' | 'contains' | 'fuzzy';
}
