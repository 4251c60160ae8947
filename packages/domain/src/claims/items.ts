import { lookupInsuranceCode } from '../medications';
import type { ItemCodeSystem, LocalizedText, ServiceCategory } from './types';

/**
 * The sandbox catalogue's insurance medication codes were re-coded once (the "2025 re-coding"
 * of `@apotheca/domain/medications`); every superseded code stopped being valid on this date.
 */
export const MEDICATION_RECODING_DATE = '2025-01-01';

/** An Apotheca service code (`SVC-…`): what is billed besides medicines. */
export interface ServiceCode {
  code: string;
  category: ServiceCategory;
  name: LocalizedText;
}

const SERVICES: readonly ServiceCode[] = [
  {
    code: 'SVC-CONSULT-GP',
    category: 'consultation',
    name: { en: 'General practice consultation', 'zh-CN': '普通门诊诊查' },
  },
  {
    code: 'SVC-CONSULT-SPEC',
    category: 'consultation',
    name: { en: 'Specialist consultation', 'zh-CN': '专家门诊诊查' },
  },
  {
    code: 'SVC-TELECONSULT',
    category: 'consultation',
    name: { en: 'Online consultation', 'zh-CN': '互联网诊疗' },
  },
  {
    code: 'SVC-ER-VISIT',
    category: 'emergency',
    name: { en: 'Emergency department visit', 'zh-CN': '急诊诊查' },
  },
  {
    code: 'SVC-LAB-CBC',
    category: 'laboratory',
    name: { en: 'Complete blood count', 'zh-CN': '血常规' },
  },
  {
    code: 'SVC-LAB-CRP',
    category: 'laboratory',
    name: { en: 'C-reactive protein', 'zh-CN': 'C反应蛋白' },
  },
  { code: 'SVC-LAB-GLU', category: 'laboratory', name: { en: 'Blood glucose', 'zh-CN': '血糖' } },
  { code: 'SVC-LAB-HBA1C', category: 'laboratory', name: { en: 'HbA1c', 'zh-CN': '糖化血红蛋白' } },
  {
    code: 'SVC-LAB-FLU',
    category: 'laboratory',
    name: { en: 'Influenza antigen test', 'zh-CN': '流感抗原检测' },
  },
  { code: 'SVC-LAB-URINE', category: 'laboratory', name: { en: 'Urinalysis', 'zh-CN': '尿常规' } },
  { code: 'SVC-IMG-XRAY', category: 'imaging', name: { en: 'X-ray', 'zh-CN': 'X线摄影' } },
  { code: 'SVC-IMG-US', category: 'imaging', name: { en: 'Ultrasound', 'zh-CN': '超声检查' } },
  { code: 'SVC-IMG-CT', category: 'imaging', name: { en: 'CT scan', 'zh-CN': 'CT检查' } },
  { code: 'SVC-IMG-MRI', category: 'imaging', name: { en: 'MRI scan', 'zh-CN': '磁共振检查' } },
  {
    code: 'SVC-PROC-SUTURE',
    category: 'procedure',
    name: { en: 'Wound suturing', 'zh-CN': '清创缝合' },
  },
  {
    code: 'SVC-PROC-CAST',
    category: 'procedure',
    name: { en: 'Plaster cast', 'zh-CN': '石膏固定' },
  },
  {
    code: 'SVC-PROC-IV',
    category: 'procedure',
    name: { en: 'Intravenous infusion', 'zh-CN': '静脉输液' },
  },
  {
    code: 'SVC-PROC-NEBULIZER',
    category: 'procedure',
    name: { en: 'Nebulizer treatment', 'zh-CN': '雾化吸入' },
  },
  {
    code: 'SVC-BED-DAY',
    category: 'inpatient',
    name: { en: 'Inpatient bed day', 'zh-CN': '住院床位费（日）' },
  },
  {
    code: 'SVC-NURSING-DAY',
    category: 'inpatient',
    name: { en: 'Inpatient nursing day', 'zh-CN': '住院护理费（日）' },
  },
  {
    code: 'SVC-PHYSIO',
    category: 'physiotherapy',
    name: { en: 'Physiotherapy session', 'zh-CN': '康复理疗' },
  },
  {
    code: 'SVC-VACCINE-FLU',
    category: 'vaccination',
    name: { en: 'Influenza vaccination', 'zh-CN': '流感疫苗接种' },
  },
  {
    code: 'SVC-VACCINE-HPV',
    category: 'vaccination',
    name: { en: 'HPV vaccination', 'zh-CN': 'HPV疫苗接种' },
  },
  { code: 'SVC-DENTAL-CLEAN', category: 'dental', name: { en: 'Dental scaling', 'zh-CN': '洁牙' } },
  { code: 'SVC-DENTAL-FILL', category: 'dental', name: { en: 'Dental filling', 'zh-CN': '补牙' } },
  {
    code: 'SVC-EYE-EXAM',
    category: 'vision',
    name: { en: 'Eye examination', 'zh-CN': '眼科检查' },
  },
  {
    code: 'SVC-GLASSES',
    category: 'vision',
    name: { en: 'Prescription glasses', 'zh-CN': '配镜' },
  },
  {
    code: 'SVC-COSMETIC-LASER',
    category: 'cosmetic',
    name: { en: 'Cosmetic laser treatment', 'zh-CN': '美容激光治疗' },
  },
  {
    code: 'SVC-COSMETIC-FILLER',
    category: 'cosmetic',
    name: { en: 'Cosmetic filler injection', 'zh-CN': '美容填充注射' },
  },
];

/** Every service code, in a stable order. */
export function listServiceCodes(): readonly ServiceCode[] {
  return SERVICES;
}

/** What a billed item code is. */
export type ItemCodeResolution =
  | { status: 'current'; category: ServiceCategory; name: LocalizedText }
  | {
      status: 'superseded';
      category: ServiceCategory;
      name: LocalizedText;
      /** The code to bill with now. */
      replacement: string;
      changedOn: string;
    }
  | { status: 'unknown' };

/**
 * Resolves an item code: service codes from the table above, medication codes through the
 * medication catalogue (`lookupInsuranceCode`), where a superseded code answers with its
 * current replacement.
 *
 * @example
 * ```ts
 * resolveItemCode('service', 'SVC-CONSULT-GP'); // { status: 'current', category: 'consultation', … }
 * ```
 */
export function resolveItemCode(system: ItemCodeSystem, code: string): ItemCodeResolution {
  const normalized = code.trim().toUpperCase();
  if (system === 'service') {
    const service = SERVICES.find((s) => s.code === normalized);
    return service
      ? { status: 'current', category: service.category, name: service.name }
      : { status: 'unknown' };
  }
  const hit = lookupInsuranceCode(normalized);
  if (!hit) return { status: 'unknown' };
  if (hit.code.status === 'superseded') {
    return {
      status: 'superseded',
      category: 'medication',
      name: hit.medication.name,
      replacement: hit.current,
      changedOn: MEDICATION_RECODING_DATE,
    };
  }
  return { status: 'current', category: 'medication', name: hit.medication.name };
}
