import type { Severity } from '../types';

/** A condition the checks know, with the names and ICD-10 prefixes that resolve to it. */
export interface ConditionDef {
  id: string;
  en: string;
  zh: string;
  /** Lower-case English phrases and Chinese terms matched inside free text. */
  terms: string[];
  icd10: string[];
}

export const CONDITIONS: ConditionDef[] = [
  c(
    'hypertension',
    'Hypertension',
    '高血压',
    ['hypertension', 'high blood pressure', 'htn', '高血压', '血压高'],
    ['I10', 'I11', 'I12', 'I13', 'I15'],
  ),
  c(
    'heart_failure',
    'Heart failure',
    '心力衰竭',
    [
      'heart failure',
      'cardiac failure',
      'hfref',
      'chf',
      'congestive',
      '心力衰竭',
      '心衰',
      '心功能不全',
    ],
    ['I50', 'I11.0'],
  ),
  c(
    'coronary_disease',
    'Coronary heart disease',
    '冠心病',
    [
      'coronary',
      'ischaemic heart',
      'ischemic heart',
      'angina',
      'myocardial infarction',
      'heart attack',
      'cad',
      'ihd',
      '冠心病',
      '心绞痛',
      '心肌梗死',
      '心梗',
      '冠状动脉',
    ],
    ['I20', 'I21', 'I22', 'I24', 'I25'],
  ),
  c(
    'stroke',
    'Stroke or TIA',
    '脑卒中/短暂性脑缺血发作',
    [
      'stroke',
      'tia',
      'transient ischaemic',
      'cerebral infarction',
      '脑卒中',
      '中风',
      '脑梗',
      '脑梗死',
      '脑出血',
      '短暂性脑缺血',
    ],
    ['I60', 'I61', 'I63', 'I64', 'G45'],
  ),
  c(
    'long_qt',
    'Long QT syndrome / QT prolongation',
    '长QT综合征/QT间期延长',
    ['long qt', 'qt prolongation', 'prolonged qt', 'qtc', '长qt', 'qt间期延长', 'qt延长'],
    ['I45.81', 'R94.31'],
  ),
  c(
    'bradycardia',
    'Bradycardia or heart block',
    '心动过缓/房室传导阻滞',
    [
      'bradycardia',
      'heart block',
      'av block',
      'sick sinus',
      '心动过缓',
      '传导阻滞',
      '病态窦房结',
      '病窦',
    ],
    ['I44', 'I49.5', 'R00.1'],
  ),
  c('asthma', 'Asthma', '哮喘', ['asthma', '哮喘'], ['J45', 'J46']),
  c(
    'copd',
    'COPD',
    '慢性阻塞性肺疾病',
    ['copd', 'chronic obstructive', 'emphysema', '慢阻肺', '慢性阻塞性肺', '肺气肿'],
    ['J43', 'J44'],
  ),
  c(
    'respiratory_failure',
    'Respiratory failure or sleep apnoea',
    '呼吸衰竭/睡眠呼吸暂停',
    ['respiratory failure', 'sleep apnoea', 'sleep apnea', 'osa', '呼吸衰竭', '睡眠呼吸暂停'],
    ['J96', 'G47.3'],
  ),
  c(
    'peptic_ulcer',
    'Peptic ulcer or GI bleeding',
    '消化性溃疡/消化道出血',
    [
      'peptic ulcer',
      'gastric ulcer',
      'duodenal ulcer',
      'stomach ulcer',
      'gi bleed',
      'gastrointestinal bleed',
      'upper gi bleeding',
      'melaena',
      '消化性溃疡',
      '胃溃疡',
      '十二指肠溃疡',
      '消化道出血',
      '胃出血',
      '黑便',
    ],
    ['K25', 'K26', 'K27', 'K28', 'K92.2'],
  ),
  c(
    'ckd',
    'Chronic kidney disease',
    '慢性肾脏病',
    [
      'chronic kidney disease',
      'ckd',
      'renal impairment',
      'renal failure',
      'kidney failure',
      'renal insufficiency',
      '慢性肾病',
      '慢性肾脏病',
      '肾功能不全',
      '肾衰竭',
      '肾衰',
      '尿毒症',
      '透析',
    ],
    ['N18', 'N19'],
  ),
  c(
    'liver_disease',
    'Liver disease',
    '肝病',
    [
      'liver disease',
      'cirrhosis',
      'hepatic impairment',
      'hepatitis',
      'liver failure',
      '肝硬化',
      '肝功能不全',
      '肝病',
      '肝炎',
      '肝衰竭',
    ],
    ['K70', 'K71', 'K72', 'K73', 'K74', 'K75', 'K76', 'B18'],
  ),
  c(
    'diabetes',
    'Diabetes mellitus',
    '糖尿病',
    ['diabetes', 't2dm', 't1dm', 'diabetic', '糖尿病'],
    ['E10', 'E11', 'E13', 'E14'],
  ),
  c(
    'angle_closure_glaucoma',
    'Angle-closure glaucoma',
    '闭角型青光眼',
    ['angle-closure', 'angle closure', 'narrow-angle', 'narrow angle', '闭角型青光眼', '闭角'],
    ['H40.2'],
  ),
  c('glaucoma', 'Glaucoma', '青光眼', ['glaucoma', '青光眼'], ['H40', 'H42']),
  c(
    'bph',
    'Prostatic hyperplasia or urinary retention',
    '前列腺增生/尿潴留',
    [
      'prostatic hyperplasia',
      'prostatic hypertrophy',
      'bph',
      'enlarged prostate',
      'urinary retention',
      '前列腺增生',
      '前列腺肥大',
      '尿潴留',
    ],
    ['N40', 'R33'],
  ),
  c(
    'epilepsy',
    'Epilepsy / seizure disorder',
    '癫痫',
    ['epilepsy', 'seizure', 'convulsion', '癫痫', '抽搐', '惊厥'],
    ['G40', 'G41', 'R56'],
  ),
  c('myasthenia_gravis', 'Myasthenia gravis', '重症肌无力', ['myasthenia', '重症肌无力'], ['G70']),
  c('parkinsons', 'Parkinson’s disease', '帕金森病', ['parkinson', '帕金森'], ['G20', 'G21']),
  c(
    'dementia',
    'Dementia',
    '痴呆',
    ['dementia', 'alzheimer', 'cognitive impairment', '痴呆', '阿尔茨海默', '认知障碍'],
    ['F00', 'F01', 'F02', 'F03', 'G30'],
  ),
  c(
    'gout',
    'Gout',
    '痛风',
    ['gout', 'hyperuricaemia', 'hyperuricemia', '痛风', '高尿酸'],
    ['M10', 'E79.0'],
  ),
  c(
    'g6pd_deficiency',
    'G6PD deficiency',
    'G6PD缺乏症',
    ['g6pd', 'favism', '蚕豆病', '葡萄糖-6-磷酸脱氢酶'],
    ['D55.0'],
  ),
  c(
    'vte_history',
    'Venous thromboembolism (history)',
    '静脉血栓栓塞史',
    [
      'deep vein thrombosis',
      'pulmonary embolism',
      'venous thromboembolism',
      'vte',
      'dvt',
      'thrombosis',
      '深静脉血栓',
      '肺栓塞',
      '静脉血栓',
      '血栓',
    ],
    ['I26', 'I80', 'I82', 'Z86.71'],
  ),
  c(
    'migraine_aura',
    'Migraine with aura',
    '先兆偏头痛',
    ['migraine with aura', '先兆偏头痛', '有先兆的偏头痛'],
    ['G43.1'],
  ),
  c(
    'hyperkalaemia',
    'Hyperkalaemia',
    '高钾血症',
    ['hyperkalaemia', 'hyperkalemia', 'high potassium', '高钾'],
    ['E87.5'],
  ),
  c(
    'angioedema',
    'Angioedema (history)',
    '血管性水肿史',
    ['angioedema', '血管性水肿', '血管神经性水肿'],
    ['T78.3', 'D84.1'],
  ),
  c(
    'hyperthyroidism',
    'Hyperthyroidism',
    '甲状腺功能亢进',
    ['hyperthyroid', 'thyrotoxicosis', 'graves', '甲亢', '甲状腺功能亢进'],
    ['E05'],
  ),
  c('depression', 'Depression', '抑郁症', ['depression', 'depressive', '抑郁'], ['F32', 'F33']),
  c('falls', 'History of falls', '跌倒史', ['falls', 'fall risk', '跌倒'], ['R29.6', 'Z91.81']),
  c(
    'aortic_aneurysm',
    'Aortic aneurysm',
    '主动脉瘤',
    ['aortic aneurysm', 'aortic dissection', '主动脉瘤', '主动脉夹层'],
    ['I71'],
  ),
  c(
    'breastfeeding',
    'Breastfeeding',
    '哺乳期',
    ['breastfeeding', 'breast-feeding', 'lactating', 'lactation', '哺乳'],
    ['Z39.1'],
  ),
];

function c(id: string, en: string, zh: string, terms: string[], icd10: string[]): ConditionDef {
  return { id, en, zh, terms, icd10 };
}

/** A drug–disease rule: any ingredient carrying one of `drugs` (minus `notDrugs`) in a patient with `condition`. */
export interface DiseaseRule {
  id: string;
  drugs: string[];
  notDrugs?: string[];
  condition: string[];
  severity: Severity;
  contraindicated?: boolean;
  mechanism: [string, string];
  management: [string, string];
  alternatives?: string[];
  source: string;
}

export const DISEASE_RULES: DiseaseRule[] = [
  {
    id: 'sympathomimetic_hypertension',
    drugs: ['sympathomimetic'],
    condition: ['hypertension', 'coronary_disease', 'hyperthyroidism'],
    severity: 'moderate',
    mechanism: [
      'Alpha-adrenergic vasoconstriction raises blood pressure and heart rate.',
      'α肾上腺素能血管收缩作用升高血压和心率。',
    ],
    management: [
      'Avoid or use briefly at the lowest dose with BP monitoring; prefer saline or intranasal steroid sprays, or an antihistamine without a decongestant.',
      '避免使用，或短期最低剂量并监测血压；优先选用生理盐水或鼻用激素，或不含减充血剂的抗组胺药。',
    ],
    alternatives: ['loratadine', 'cetirizine'],
    source:
      'Pseudoephedrine and phenylephrine OTC Drug Facts (ask a doctor if high blood pressure, heart disease, thyroid disease); AHA guidance on OTC decongestants',
  },
  {
    id: 'sympathomimetic_retention',
    drugs: ['sympathomimetic'],
    condition: ['bph', 'angle_closure_glaucoma'],
    severity: 'moderate',
    mechanism: [
      'Alpha-agonism tightens the bladder neck (retention) and can precipitate angle closure.',
      'α受体激动使膀胱颈收紧（尿潴留），并可诱发房角关闭。',
    ],
    management: [
      'Avoid; use a non-decongestant alternative.',
      '避免使用；选择不含减充血剂的替代药。',
    ],
    source:
      'Pseudoephedrine OTC Drug Facts (difficulty urinating due to enlarged prostate, glaucoma)',
  },
  {
    id: 'nsaid_heart_failure',
    drugs: ['nsaid'],
    condition: ['heart_failure'],
    severity: 'major',
    mechanism: [
      'NSAIDs retain sodium and water and blunt diuretics: heart-failure decompensation and admission.',
      'NSAID导致水钠潴留并减弱利尿剂作用：心衰失代偿和住院。',
    ],
    management: ['Avoid; use paracetamol.', '避免使用；改用对乙酰氨基酚。'],
    alternatives: ['paracetamol'],
    source:
      'AHA Scientific Statement on drugs that cause or exacerbate heart failure (Circulation 2016); AGS Beers Criteria 2023; NSAID labels',
  },
  {
    id: 'nsaid_ulcer',
    drugs: ['nsaid'],
    condition: ['peptic_ulcer'],
    severity: 'major',
    mechanism: [
      'NSAIDs inhibit mucosal prostaglandins: ulcer recurrence and GI bleeding.',
      'NSAID抑制胃黏膜前列腺素：溃疡复发和消化道出血。',
    ],
    management: [
      'Avoid (contraindicated with active ulcer or bleeding); paracetamol instead, or a COX-2 inhibitor with a PPI if essential.',
      '避免使用（活动性溃疡或出血时禁用）；改用对乙酰氨基酚，必要时用COX-2抑制剂加PPI。',
    ],
    alternatives: ['paracetamol'],
    source:
      'NSAID FDA class labelling (GI bleeding, ulceration); NICE CKS NSAIDs; Beers Criteria 2023',
  },
  {
    id: 'anticoagulant_ulcer',
    drugs: ['anticoagulant', 'p2y12_inhibitor', 'cox_antiplatelet'],
    condition: ['peptic_ulcer'],
    severity: 'major',
    mechanism: [
      'Antithrombotic therapy with an ulcer or recent GI bleeding: re-bleeding.',
      '有溃疡或近期消化道出血时使用抗栓药：再出血。',
    ],
    management: [
      'Confirm the indication, treat the ulcer and H. pylori, co-prescribe a PPI; avoid during active bleeding.',
      '确认指征，治疗溃疡并根除幽门螺杆菌，联用PPI；活动性出血时避免使用。',
    ],
    source:
      'Warfarin and DOAC labels (active bleeding contraindicated); ACG/CAG guideline on antithrombotics in GI bleeding',
  },
  {
    id: 'nsaid_ckd',
    drugs: ['nsaid'],
    condition: ['ckd'],
    severity: 'moderate',
    mechanism: [
      'NSAIDs reduce renal blood flow: acute-on-chronic kidney injury, hyperkalaemia.',
      'NSAID减少肾血流：慢性肾病基础上急性肾损伤、高钾血症。',
    ],
    management: [
      'Avoid, especially if eGFR < 30; paracetamol instead.',
      '避免使用，尤其eGFR<30时；改用对乙酰氨基酚。',
    ],
    alternatives: ['paracetamol'],
    source: 'KDIGO 2012 CKD guideline; BNF (NSAIDs in renal impairment)',
  },
  {
    id: 'renal_drug_ckd',
    drugs: [
      'metformin',
      'k_sparing',
      'k_supplement',
      'nitrofurantoin',
      'lithium',
      'methotrexate',
      'dabigatran',
    ],
    condition: ['ckd'],
    severity: 'moderate',
    mechanism: [
      'Cleared by the kidney: accumulation or loss of efficacy in CKD.',
      '经肾清除：慢性肾病时蓄积或疗效下降。',
    ],
    management: [
      'Check the current eGFR and adjust the dose or choose an alternative per the label thresholds.',
      '核实当前eGFR，按说明书阈值调整剂量或换药。',
    ],
    source: 'Product labels (renal impairment); KDIGO 2012',
  },
  {
    id: 'nsaid_hypertension',
    drugs: ['nsaid'],
    condition: ['hypertension'],
    severity: 'moderate',
    mechanism: [
      'NSAIDs raise blood pressure (about 3–5 mmHg) and blunt antihypertensives.',
      'NSAID升高血压（约3–5 mmHg）并减弱降压药作用。',
    ],
    management: [
      'Prefer paracetamol; if an NSAID is needed use it briefly and monitor BP.',
      '首选对乙酰氨基酚；如需NSAID，短期使用并监测血压。',
    ],
    alternatives: ['paracetamol'],
    source: 'NSAID FDA class labelling (hypertension); ESC/ESH 2018 hypertension guideline',
  },
  {
    id: 'nsaid_cardiovascular',
    drugs: ['nsaid'],
    condition: ['coronary_disease', 'stroke'],
    severity: 'moderate',
    mechanism: [
      'NSAIDs raise the risk of myocardial infarction and stroke (boxed warning).',
      'NSAID增加心肌梗死和卒中风险（黑框警告）。',
    ],
    management: [
      'Avoid where possible; if needed, naproxen or low-dose ibuprofen for the shortest time.',
      '尽量避免；如需使用，选萘普生或小剂量布洛芬，疗程尽量短。',
    ],
    alternatives: ['paracetamol'],
    source:
      'FDA boxed warning (NSAID cardiovascular thrombotic events, 2015); EMA PRAC review of NSAIDs',
  },
  {
    id: 'nsaid_asthma',
    drugs: ['nsaid', 'aspirin'],
    notDrugs: ['coxib'],
    condition: ['asthma'],
    severity: 'moderate',
    mechanism: [
      'COX-1 inhibition can trigger bronchospasm in NSAID-exacerbated respiratory disease (about 7% of adult asthmatics).',
      'COX-1抑制可在NSAID加重性呼吸系统疾病（约7%成人哮喘患者）中诱发支气管痉挛。',
    ],
    management: [
      'Ask about previous reactions to aspirin/NSAIDs; avoid if any; paracetamol is usually tolerated.',
      '询问既往对阿司匹林/NSAID的反应，如有则避免；对乙酰氨基酚通常可耐受。',
    ],
    alternatives: ['paracetamol'],
    source:
      'GINA 2023 (aspirin-exacerbated respiratory disease); NSAID labels (contraindicated in aspirin-sensitive asthma)',
  },
  {
    id: 'nonselective_bb_asthma',
    drugs: ['bb_nonselective'],
    condition: ['asthma'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Beta-2 blockade causes bronchospasm and blocks rescue bronchodilators.',
      'β2受体阻断导致支气管痉挛并削弱急救支气管扩张剂作用。',
    ],
    management: [
      'Contraindicated: use a cardioselective beta-blocker (bisoprolol) with care, or another drug class.',
      '禁用：谨慎换用心脏选择性β受体阻滞剂（比索洛尔）或其他类别药物。',
    ],
    alternatives: ['bisoprolol'],
    source: 'Propranolol (Inderal) label (contraindicated in bronchial asthma); GINA 2023; BNF',
  },
  {
    id: 'selective_bb_asthma',
    drugs: ['bb_selective'],
    condition: ['asthma'],
    severity: 'moderate',
    mechanism: [
      'Cardioselectivity is relative: bronchospasm is still possible, especially at higher doses.',
      '心脏选择性是相对的：仍可能诱发支气管痉挛，剂量较大时尤甚。',
    ],
    management: [
      'Use only if clearly indicated, start low, and monitor symptoms and peak flow.',
      '仅在有明确指征时使用，小剂量起始，监测症状和峰流速。',
    ],
    source:
      'Bisoprolol and metoprolol labels; GINA 2023; Cochrane review of cardioselective beta-blockers in reactive airway disease',
  },
  {
    id: 'nonselective_bb_copd',
    drugs: ['bb_nonselective'],
    condition: ['copd'],
    severity: 'moderate',
    mechanism: [
      'Non-selective beta-blockade can worsen bronchospasm.',
      '非选择性β受体阻滞可加重支气管痉挛。',
    ],
    management: [
      'Prefer a cardioselective beta-blocker, which is safe in COPD.',
      '首选心脏选择性β受体阻滞剂，其在COPD中是安全的。',
    ],
    alternatives: ['bisoprolol', 'metoprolol'],
    source: 'GOLD 2024 report; propranolol label',
  },
  {
    id: 'rate_lowering_bradycardia',
    drugs: ['beta_blocker', 'non_dhp_ccb', 'ivabradine', 'digoxin', 'amiodarone', 'dronedarone'],
    condition: ['bradycardia'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Further slowing of sinus rate and AV conduction: symptomatic bradycardia, complete heart block.',
      '进一步减慢窦性心率和房室传导：症状性心动过缓、完全性传导阻滞。',
    ],
    management: [
      'Contraindicated in sinus bradycardia, sick sinus or 2nd/3rd-degree block without a pacemaker.',
      '窦性心动过缓、病态窦房结综合征或二/三度传导阻滞且无起搏器者禁用。',
    ],
    source: 'Beta-blocker, verapamil, diltiazem, ivabradine and digoxin labels (contraindications)',
  },
  {
    id: 'negative_inotrope_hf',
    drugs: ['non_dhp_ccb', 'hf_negative_inotrope', 'hf_ci', 'class1c'],
    condition: ['heart_failure'],
    severity: 'major',
    mechanism: [
      'Negative inotropy or fluid retention worsens heart failure (thiazolidinediones, cilostazol and dronedarone carry boxed warnings).',
      '负性肌力或水钠潴留加重心衰（噻唑烷二酮类、西洛他唑、决奈达隆有黑框警告）。',
    ],
    management: [
      'Avoid in heart failure (contraindicated for thiazolidinediones in NYHA III–IV, cilostazol, dronedarone); choose another class.',
      '心衰患者避免使用（噻唑烷二酮类在NYHA III–IV级、西洛他唑、决奈达隆禁用）；换用其他类别。',
    ],
    alternatives: ['amlodipine'],
    source:
      'AHA Scientific Statement on drugs that exacerbate HF (2016); pioglitazone, cilostazol, dronedarone, itraconazole labels; CAST (class IC)',
  },
  {
    id: 'dpp4_hf',
    drugs: ['hf_caution'],
    condition: ['heart_failure'],
    severity: 'moderate',
    mechanism: [
      'Saxagliptin and alogliptin were linked to more heart-failure admissions.',
      '沙格列汀和阿格列汀与心衰住院增加相关。',
    ],
    management: [
      'Prefer sitagliptin/linagliptin or an SGLT2 inhibitor.',
      '首选西格列汀/利格列汀或SGLT2抑制剂。',
    ],
    alternatives: ['linagliptin', 'empagliflozin'],
    source:
      'FDA Drug Safety Communication 2016 (saxagliptin, alogliptin and heart failure); SAVOR-TIMI 53',
  },
  {
    id: 'anticholinergic_angle_closure',
    drugs: ['anticholinergic_strong'],
    condition: ['angle_closure_glaucoma'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Mydriasis can precipitate acute angle-closure glaucoma.',
      '散瞳可诱发急性闭角型青光眼。',
    ],
    management: [
      'Contraindicated in untreated angle-closure glaucoma.',
      '未经治疗的闭角型青光眼禁用。',
    ],
    source: 'Atropine, TCA, oxybutynin and first-generation antihistamine labels',
  },
  {
    id: 'anticholinergic_glaucoma',
    drugs: ['anticholinergic_strong'],
    condition: ['glaucoma'],
    severity: 'moderate',
    mechanism: [
      'Anticholinergic mydriasis is a risk if the angle is narrow.',
      '若房角狭窄，抗胆碱能散瞳作用有风险。',
    ],
    management: [
      'Check the glaucoma type; open-angle glaucoma is not a contraindication.',
      '确认青光眼类型；开角型青光眼不是禁忌。',
    ],
    source: 'Anticholinergic product labels; AAO guidance',
  },
  {
    id: 'anticholinergic_bph',
    drugs: ['anticholinergic_strong'],
    condition: ['bph'],
    severity: 'moderate',
    mechanism: [
      'Anticholinergic effects weaken bladder contraction: urinary retention.',
      '抗胆碱作用减弱膀胱收缩：尿潴留。',
    ],
    management: [
      'Avoid; choose a non-anticholinergic alternative (e.g. loratadine rather than chlorphenamine).',
      '避免使用；选择无抗胆碱作用的替代药（如以氯雷他定替代氯苯那敏）。',
    ],
    alternatives: ['loratadine'],
    source: 'AGS Beers Criteria 2023 (drug–disease: LUTS/BPH)',
  },
  {
    id: 'cns_dementia',
    drugs: ['anticholinergic_strong', 'benzo', 'z_drug'],
    condition: ['dementia'],
    severity: 'moderate',
    mechanism: [
      'Anticholinergics and sedative-hypnotics worsen cognition and delirium.',
      '抗胆碱药和镇静催眠药加重认知障碍和谵妄。',
    ],
    management: [
      'Avoid; use non-drug measures or a non-anticholinergic alternative.',
      '避免使用；采用非药物措施或无抗胆碱作用的替代药。',
    ],
    source: 'AGS Beers Criteria 2023 (drug–disease: dementia or cognitive impairment)',
  },
  {
    id: 'antipsychotic_dementia',
    drugs: ['dementia_mortality'],
    condition: ['dementia'],
    severity: 'major',
    mechanism: [
      'Antipsychotics increase mortality and stroke in older people with dementia (boxed warning).',
      '抗精神病药增加老年痴呆患者的死亡和卒中风险（黑框警告）。',
    ],
    management: [
      'Avoid for behavioural symptoms unless non-drug measures failed and there is severe risk; lowest dose, shortest time.',
      '除非非药物措施无效且风险严重，否则避免用于行为症状；最低剂量、最短疗程。',
    ],
    source:
      'FDA boxed warning (antipsychotics in elderly patients with dementia-related psychosis); Beers Criteria 2023',
  },
  {
    id: 'benzo_respiratory',
    drugs: ['benzo', 'z_drug', 'opioid'],
    condition: ['respiratory_failure', 'copd'],
    severity: 'moderate',
    mechanism: [
      'Respiratory depression in patients with limited reserve.',
      '呼吸储备有限者出现呼吸抑制。',
    ],
    management: [
      'Avoid or use the lowest dose with monitoring (contraindicated in severe respiratory insufficiency or untreated sleep apnoea).',
      '避免使用或最低剂量并监测（严重呼吸功能不全或未经治疗的睡眠呼吸暂停禁用）。',
    ],
    source: 'Diazepam and opioid labels; GOLD 2024',
  },
  {
    id: 'myasthenia_fq_aminoglycoside',
    drugs: ['fluoroquinolone', 'aminoglycoside', 'mg_ci'],
    condition: ['myasthenia_gravis'],
    severity: 'major',
    mechanism: [
      'Neuromuscular blockade can precipitate myasthenic crisis.',
      '神经肌肉阻滞可诱发肌无力危象。',
    ],
    management: ['Avoid; choose another drug class.', '避免使用；换用其他类别药物。'],
    source:
      'Fluoroquinolone FDA boxed warning (myasthenia gravis); aminoglycoside and diazepam labels',
  },
  {
    id: 'myasthenia_macrolide',
    drugs: ['macrolide'],
    condition: ['myasthenia_gravis'],
    severity: 'moderate',
    mechanism: [
      'Macrolides (notably azithromycin, telithromycin) can worsen myasthenia.',
      '大环内酯类（尤其阿奇霉素）可加重重症肌无力。',
    ],
    management: [
      'Prefer another antibiotic; if used, monitor for weakness.',
      '首选其他抗菌药；如使用，监测肌无力。',
    ],
    source: 'Azithromycin FDA label (exacerbation of myasthenia gravis)',
  },
  {
    id: 'seizure_contraindicated',
    drugs: ['seizure_ci'],
    condition: ['epilepsy'],
    severity: 'major',
    contraindicated: true,
    mechanism: ['Dose-related seizures.', '剂量相关的癫痫发作。'],
    management: ['Contraindicated in seizure disorders.', '癫痫患者禁用。'],
    source: 'Bupropion (Wellbutrin) FDA label',
  },
  {
    id: 'seizure_threshold',
    drugs: ['seizure_threshold'],
    condition: ['epilepsy'],
    severity: 'moderate',
    mechanism: ['Lowers the seizure threshold.', '降低癫痫发作阈值。'],
    management: [
      'Prefer an alternative; if used, lowest dose and review seizure control.',
      '首选替代药；如使用，采用最低剂量并评估癫痫控制。',
    ],
    source: 'Tramadol, fluoroquinolone, theophylline and TCA labels',
  },
  {
    id: 'parkinson_contraindicated',
    drugs: ['parkinson_ci'],
    condition: ['parkinsons'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Dopamine blockade (metoclopramide) or parkinsonian effects (trimetazidine) worsen Parkinson’s disease.',
      '多巴胺阻断（甲氧氯普胺）或致帕金森样作用（曲美他嗪）加重帕金森病。',
    ],
    management: ['Contraindicated; use domperidone for nausea.', '禁用；止吐改用多潘立酮。'],
    alternatives: ['domperidone'],
    source: 'Metoclopramide and trimetazidine EU SmPCs (contraindications); NICE NG71',
  },
  {
    id: 'parkinson_worsen',
    drugs: ['parkinson_worsen'],
    condition: ['parkinsons'],
    severity: 'major',
    mechanism: ['D2 antagonism worsens parkinsonism.', 'D2受体拮抗加重帕金森症状。'],
    management: [
      'Avoid; quetiapine or clozapine if an antipsychotic is needed.',
      '避免使用；如需抗精神病药，选喹硫平或氯氮平。',
    ],
    alternatives: ['quetiapine'],
    source: 'AGS Beers Criteria 2023 (Parkinson disease); NICE NG71',
  },
  {
    id: 'gout_diuretic',
    drugs: ['gout_worsen'],
    condition: ['gout'],
    severity: 'moderate',
    mechanism: ['Raises serum urate: gout flares.', '升高血尿酸：诱发痛风发作。'],
    management: [
      'Prefer an alternative (e.g. losartan or a calcium-channel blocker for hypertension).',
      '首选替代药（如降压可用氯沙坦或钙通道阻滞剂）。',
    ],
    alternatives: ['losartan', 'amlodipine'],
    source:
      'ACR 2020 gout guideline (switch hydrochlorothiazide); thiazide and loop diuretic labels',
  },
  {
    id: 'aspirin_gout',
    drugs: ['aspirin'],
    condition: ['gout'],
    severity: 'minor',
    mechanism: [
      'Low-dose aspirin reduces renal urate excretion.',
      '小剂量阿司匹林减少肾尿酸排泄。',
    ],
    management: [
      'Continue if indicated for cardiovascular protection; manage urate.',
      '如用于心血管保护则继续使用；控制尿酸。',
    ],
    source: 'ACR 2020 gout guideline',
  },
  {
    id: 'g6pd_contraindicated',
    drugs: ['g6pd_ci'],
    condition: ['g6pd_deficiency'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Oxidant drug: acute haemolytic anaemia in G6PD deficiency.',
      '氧化性药物：G6PD缺乏者发生急性溶血性贫血。',
    ],
    management: [
      'Contraindicated (primaquine only after quantitative G6PD testing and specialist advice).',
      '禁用（伯氨喹需经G6PD定量检测和专科评估）。',
    ],
    source:
      'Primaquine, dapsone and methylene blue labels; WHO malaria guidelines; CPIC G6PD guideline 2022',
  },
  {
    id: 'g6pd_risk',
    drugs: ['g6pd_risk'],
    condition: ['g6pd_deficiency'],
    severity: 'moderate',
    mechanism: ['Can cause haemolysis in G6PD deficiency.', 'G6PD缺乏者可发生溶血。'],
    management: [
      'Prefer an alternative; if used, monitor for haemolysis.',
      '首选替代药；如使用，监测溶血。',
    ],
    source: 'CPIC G6PD guideline 2022; sulfonamide and nitrofurantoin labels',
  },
  {
    id: 'g6pd_minor',
    drugs: ['g6pd_minor'],
    condition: ['g6pd_deficiency'],
    severity: 'minor',
    mechanism: ['Low risk of haemolysis at usual doses.', '常规剂量溶血风险低。'],
    management: [
      'Usual doses may be used; watch for dark urine or jaundice.',
      '常规剂量可用；注意深色尿或黄疸。',
    ],
    source: 'CPIC G6PD guideline 2022 (chloroquine, hydroxychloroquine: low/no risk)',
  },
  {
    id: 'estrogen_vte',
    drugs: ['estrogen'],
    condition: ['vte_history', 'stroke', 'migraine_aura'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Oestrogens raise clotting factors: recurrent VTE, ischaemic stroke.',
      '雌激素升高凝血因子：VTE复发、缺血性卒中。',
    ],
    management: [
      'Contraindicated: use a progestogen-only or non-hormonal method (IUD).',
      '禁用：改用单纯孕激素或非激素避孕（宫内节育器）。',
    ],
    alternatives: ['desogestrel'],
    source: 'WHO MEC and UKMEC category 4 (combined hormonal contraception); estradiol labels',
  },
  {
    id: 'serm_vte',
    drugs: ['vte_risk'],
    notDrugs: ['estrogen'],
    condition: ['vte_history'],
    severity: 'major',
    mechanism: ['Raises the risk of VTE.', '增加静脉血栓栓塞风险。'],
    management: [
      'Weigh benefit; consider an aromatase inhibitor.',
      '权衡获益；考虑芳香化酶抑制剂。',
    ],
    alternatives: ['letrozole'],
    source: 'Tamoxifen FDA label (boxed warning: thromboembolic events)',
  },
  {
    id: 'statin_liver',
    drugs: ['liver_active_ci'],
    condition: ['liver_disease'],
    severity: 'moderate',
    mechanism: [
      'Statins are contraindicated in active liver disease or unexplained persistent transaminase rises; stable chronic liver disease is not a contraindication.',
      '活动性肝病或不明原因持续转氨酶升高者禁用他汀；稳定的慢性肝病不是禁忌。',
    ],
    management: [
      'Check liver enzymes and disease activity before starting.',
      '开始前检查肝酶和疾病活动度。',
    ],
    source: 'Statin FDA labels; AASLD guidance on statins in chronic liver disease',
  },
  {
    id: 'hepatotoxic_liver',
    drugs: ['hepatotoxic', 'hepatotoxic_dose'],
    condition: ['liver_disease'],
    severity: 'moderate',
    mechanism: [
      'Hepatotoxic or hepatically cleared: risk of liver injury or accumulation.',
      '具肝毒性或经肝清除：有肝损伤或蓄积风险。',
    ],
    management: [
      'Use a lower dose (paracetamol ≤ 2 g/day) or an alternative; monitor liver tests.',
      '减量（对乙酰氨基酚每日≤2 g）或换药；监测肝功能。',
    ],
    source: 'Product labels (hepatic impairment); LiverTox (NIH)',
  },
  {
    id: 'steroid_diabetes',
    drugs: ['systemic_corticosteroid'],
    condition: ['diabetes'],
    severity: 'moderate',
    mechanism: ['Glucocorticoids cause hyperglycaemia.', '糖皮质激素引起高血糖。'],
    management: [
      'Monitor glucose (afternoon/evening) and adjust antidiabetic therapy.',
      '监测血糖（午后/傍晚），调整降糖治疗。',
    ],
    source: 'JBDS guideline on steroid-induced hyperglycaemia; corticosteroid labels',
  },
  {
    id: 'steroid_ulcer',
    drugs: ['systemic_corticosteroid'],
    condition: ['peptic_ulcer'],
    severity: 'minor',
    mechanism: [
      'Corticosteroids may delay ulcer healing (greater risk with NSAIDs).',
      '糖皮质激素可能延缓溃疡愈合（与NSAID合用时风险更高）。',
    ],
    management: ['Consider a PPI.', '考虑加用PPI。'],
    source: 'Corticosteroid labels; Narum et al. BMJ Open 2014',
  },
  {
    id: 'potassium_hyperkalaemia',
    drugs: ['k_sparing', 'k_supplement'],
    condition: ['hyperkalaemia'],
    severity: 'major',
    contraindicated: true,
    mechanism: ['Further raises serum potassium: arrhythmia.', '进一步升高血钾：心律失常。'],
    management: ['Contraindicated while hyperkalaemic.', '高钾血症时禁用。'],
    source: 'Spironolactone, eplerenone, amiloride and potassium chloride labels',
  },
  {
    id: 'raas_hyperkalaemia',
    drugs: ['raas', 'hyperk_other'],
    condition: ['hyperkalaemia'],
    severity: 'moderate',
    mechanism: ['Raises serum potassium.', '升高血钾。'],
    management: ['Correct potassium first and monitor closely.', '先纠正血钾并密切监测。'],
    source: 'ACE inhibitor and ARB labels; KDIGO 2012',
  },
  {
    id: 'ace_angioedema',
    drugs: ['angioedema_ace'],
    condition: ['angioedema'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Bradykinin-mediated angioedema can recur and obstruct the airway.',
      '缓激肽介导的血管性水肿可复发并阻塞气道。',
    ],
    management: [
      'Contraindicated; use a calcium-channel blocker or (with caution) an ARB.',
      '禁用；改用钙通道阻滞剂或（谨慎）ARB。',
    ],
    alternatives: ['amlodipine'],
    source: 'ACE inhibitor and Entresto FDA labels (contraindicated with history of angioedema)',
  },
  {
    id: 'amiodarone_thyroid',
    drugs: ['thyroid_worsen'],
    condition: ['hyperthyroidism'],
    severity: 'moderate',
    mechanism: [
      'Iodine-rich amiodarone can cause or worsen thyrotoxicosis.',
      '富含碘的胺碘酮可引起或加重甲状腺毒症。',
    ],
    management: [
      'Check thyroid function; consider an alternative antiarrhythmic.',
      '检查甲状腺功能；考虑换用其他抗心律失常药。',
    ],
    source: 'Amiodarone FDA label (thyroid abnormalities)',
  },
  {
    id: 'reserpine_depression',
    drugs: ['depression_worsen'],
    condition: ['depression'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Monoamine depletion causes severe depression and suicidality.',
      '单胺耗竭导致严重抑郁和自杀倾向。',
    ],
    management: [
      'Contraindicated (including reserpine-containing compounds such as 复方利血平氨苯蝶啶片); use another antihypertensive.',
      '禁用（包括含利血平的复方制剂如复方利血平氨苯蝶啶片）；换用其他降压药。',
    ],
    alternatives: ['amlodipine'],
    source: 'Reserpine label (contraindicated in mental depression)',
  },
  {
    id: 'triptan_vascular',
    drugs: ['vasoconstrictor'],
    condition: ['coronary_disease', 'stroke'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      '5-HT1B-mediated coronary and cerebral vasoconstriction: MI or stroke.',
      '5-HT1B介导冠状动脉和脑血管收缩：心肌梗死或卒中。',
    ],
    management: [
      'Contraindicated: use an NSAID or paracetamol-based acute treatment.',
      '禁用：改用NSAID或对乙酰氨基酚类急性期治疗。',
    ],
    alternatives: ['paracetamol'],
    source: 'Sumatriptan, rizatriptan and ergotamine labels (contraindications)',
  },
  {
    id: 'triptan_hypertension',
    drugs: ['vasoconstrictor'],
    condition: ['hypertension'],
    severity: 'moderate',
    mechanism: [
      'Transient blood-pressure rise; contraindicated if hypertension is uncontrolled.',
      '一过性血压升高；未控制的高血压禁用。',
    ],
    management: ['Use only when blood pressure is controlled.', '仅在血压控制良好时使用。'],
    source: 'Sumatriptan FDA label (uncontrolled hypertension contraindicated)',
  },
  {
    id: 'qt_long_qt',
    drugs: ['qt_known'],
    condition: ['long_qt'],
    severity: 'major',
    mechanism: [
      'Further QT prolongation: torsades de pointes.',
      '进一步延长QT间期：尖端扭转型室速。',
    ],
    management: [
      'Avoid; choose a drug without QT liability.',
      '避免使用；选择无QT延长风险的药物。',
    ],
    source: 'CredibleMeds QTdrugs list (avoid in congenital long QT); product labels',
  },
  {
    id: 'fq_aneurysm',
    drugs: ['aortic'],
    condition: ['aortic_aneurysm'],
    severity: 'moderate',
    mechanism: [
      'Fluoroquinolones are associated with aortic aneurysm rupture and dissection.',
      '氟喹诺酮类与主动脉瘤破裂和夹层相关。',
    ],
    management: [
      'Use another antibiotic unless no alternative exists.',
      '除非无替代药，否则换用其他抗菌药。',
    ],
    source: 'FDA Drug Safety Communication 2018 (fluoroquinolones and aortic aneurysm)',
  },
  {
    id: 'falls_cns',
    drugs: ['falls'],
    condition: ['falls'],
    severity: 'moderate',
    mechanism: [
      'Sedation, ataxia and orthostasis: further falls and fractures.',
      '镇静、共济失调和体位性低血压：再次跌倒和骨折。',
    ],
    management: [
      'Avoid unless safer alternatives are not possible; lowest dose.',
      '除非无更安全的替代药，否则避免；最低剂量。',
    ],
    source: 'AGS Beers Criteria 2023 (drug–disease: history of falls or fractures)',
  },
];
