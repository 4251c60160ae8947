import type { Severity } from '../types';

type Level = Severity | null;

/**
 * Pregnancy rules: severity per trimester (null = silent). An unknown trimester takes the worst;
 * `ci` lists the trimesters in which the drug is contraindicated.
 */
export interface PregnancyRule {
  drugs: string[];
  by: [t1: Level, t2: Level, t3: Level];
  ci: number[];
  text: [string, string];
  source: string;
}

const ALL = [1, 2, 3];
export const PREGNANCY_RULES: PregnancyRule[] = [
  p(
    [
      'preg_x_retinoid',
      'preg_x_mtx',
      'preg_valproate',
      'preg_abortifacient',
      'preg_x_antiviral',
      'preg_x_hormone',
      'preg_x_other',
      'preg_g6pd',
    ],
    ['major', 'major', 'major'],
    ALL,
    ['Teratogenic or fetotoxic: contraindicated in pregnancy.', '致畸或胎儿毒性：妊娠期禁用。'],
    'FDA/EMA labels (contraindicated in pregnancy); EMA valproate pregnancy prevention programme; isotretinoin iPLEDGE',
  ),
  p(
    ['preg_raas'],
    ['major', 'major', 'major'],
    ALL,
    [
      'Fetotoxic (renal failure, oligohydramnios, skull hypoplasia), mainly from the 2nd trimester: stop as soon as pregnancy is known.',
      '胎儿毒性（肾衰竭、羊水过少、颅骨发育不全），主要在妊娠中晚期：一经确认妊娠立即停用。',
    ],
    'ACE inhibitor and ARB FDA boxed warning (fetal toxicity)',
  ),
  p(
    ['warfarin'],
    ['major', 'major', 'major'],
    ALL,
    [
      'Warfarin embryopathy (weeks 6–12) and fetal bleeding: switch to low-molecular-weight heparin.',
      '华法林胚胎病（孕6–12周）及胎儿出血：改用低分子肝素。',
    ],
    'Warfarin FDA label (contraindicated in pregnancy except mechanical valves); RCOG Green-top 37a',
  ),
  p(
    ['doac'],
    ['major', 'major', 'major'],
    [],
    [
      'Crosses the placenta; no safety data: use low-molecular-weight heparin.',
      '可通过胎盘，缺乏安全性数据：改用低分子肝素。',
    ],
    'Rivaroxaban, apixaban, dabigatran labels; ISTH guidance',
  ),
  p(
    ['statin'],
    ['major', 'major', 'major'],
    [],
    [
      'Stop statins in pregnancy (no benefit during pregnancy, possible fetal harm).',
      '妊娠期停用他汀（妊娠期无获益，可能有胎儿危害）。',
    ],
    'FDA 2021 statin pregnancy labelling update',
  ),
  p(
    ['nsaid'],
    ['moderate', 'major', 'major'],
    [3],
    [
      'NSAIDs: miscarriage signal early; from 20 weeks fetal renal dysfunction/oligohydramnios; 3rd trimester premature ductus closure (contraindicated).',
      'NSAID：孕早期有流产信号；20周后可致胎儿肾功能不全/羊水过少；妊娠晚期可致动脉导管早闭（禁用）。',
    ],
    'FDA Drug Safety Communication 2020 (NSAIDs ≥ 20 weeks); NSAID labels (3rd trimester)',
  ),
  p(
    ['aspirin'],
    [null, null, 'moderate'],
    [],
    [
      'Analgesic-dose aspirin near term: ductus closure, bleeding (low-dose aspirin for pre-eclampsia prophylaxis is intended).',
      '近足月镇痛剂量阿司匹林：动脉导管早闭、出血（预防子痫前期的小剂量阿司匹林为预期用法）。',
    ],
    'USPSTF 2021 low-dose aspirin for pre-eclampsia; NICE NG133',
  ),
  p(
    ['preg_aed', 'preg_topiramate'],
    ['major', 'moderate', 'moderate'],
    [],
    [
      'Raised risk of major malformations (neural tube, cleft lip/palate): specialist review, high-dose folic acid.',
      '重大畸形风险增加（神经管缺陷、唇腭裂）：专科评估，补充大剂量叶酸。',
    ],
    'MHRA 2021 review of antiepileptics in pregnancy; topiramate labels',
  ),
  p(
    ['preg_lithium'],
    ['moderate', 'moderate', 'moderate'],
    [],
    [
      'Small cardiac malformation risk (Ebstein) and neonatal toxicity: specialist review and level monitoring.',
      '心脏畸形（Ebstein畸形）小幅风险及新生儿毒性：专科评估并监测血锂。',
    ],
    'Lithium labels; NICE CG192 antenatal mental health',
  ),
  p(
    ['preg_tetra'],
    ['moderate', 'major', 'major'],
    [],
    [
      'Tetracyclines stain teeth and affect bone growth after about 15 weeks.',
      '约15周后四环素类致牙齿着色并影响骨骼生长。',
    ],
    'Tetracycline class labelling; BNF (pregnancy)',
  ),
  p(
    ['preg_aminoglycoside'],
    ['major', 'major', 'major'],
    [],
    ['Fetal ototoxicity (streptomycin, gentamicin).', '胎儿耳毒性（链霉素、庆大霉素）。'],
    'Aminoglycoside FDA labels (pregnancy category D)',
  ),
  p(
    ['preg_fq'],
    ['moderate', 'moderate', 'moderate'],
    [],
    [
      'Fluoroquinolones are avoided in pregnancy (arthropathy in animal studies); safer alternatives exist.',
      '妊娠期避免使用氟喹诺酮类（动物研究致关节病）；有更安全的替代药。',
    ],
    'BNF (quinolones in pregnancy); China labels',
  ),
  p(
    ['preg_azole'],
    ['moderate', 'moderate', 'moderate'],
    [],
    [
      'Oral azoles: malformations with high-dose fluconazole and miscarriage signal; prefer topical treatment.',
      '口服唑类：大剂量氟康唑致畸及流产信号；首选局部治疗。',
    ],
    'FDA Drug Safety Communication 2016 (oral fluconazole in pregnancy)',
  ),
  p(
    ['preg_folate'],
    ['moderate', 'minor', 'minor'],
    [],
    [
      'Folate antagonist: neural-tube risk in the 1st trimester.',
      '叶酸拮抗剂：妊娠早期有神经管缺陷风险。',
    ],
    'BNF (trimethoprim in pregnancy); Hernández-Díaz NEJM 2000',
  ),
  p(
    ['preg_sulfa_term'],
    ['minor', 'minor', 'moderate'],
    [],
    [
      'Sulfonamides near term: neonatal jaundice/kernicterus.',
      '近足月使用磺胺类：新生儿黄疸/核黄疸。',
    ],
    'Sulfamethoxazole labels; BNF',
  ),
  p(
    ['preg_term_avoid'],
    [null, null, 'moderate'],
    [],
    ['Nitrofurantoin at term: neonatal haemolysis.', '足月时使用呋喃妥因：新生儿溶血。'],
    'Nitrofurantoin labels; BNF',
  ),
  p(
    ['preg_amiodarone'],
    ['major', 'major', 'major'],
    [],
    ['Fetal thyroid dysfunction and bradycardia.', '胎儿甲状腺功能异常和心动过缓。'],
    'Amiodarone FDA label',
  ),
  p(
    ['preg_paroxetine'],
    ['moderate', 'minor', 'minor'],
    [],
    ['Paroxetine in the 1st trimester: cardiac malformations.', '妊娠早期使用帕罗西汀：心脏畸形。'],
    'FDA 2005 paroxetine advisory; ACOG',
  ),
  p(
    ['preg_benzo'],
    ['minor', 'minor', 'moderate'],
    [],
    [
      'Benzodiazepines near term: neonatal sedation and withdrawal (floppy infant).',
      '近足月使用苯二氮䓬类：新生儿镇静和戒断（松软婴儿）。',
    ],
    'FDA 2020 benzodiazepine labelling; BNF',
  ),
  p(
    ['preg_methimazole'],
    ['moderate', null, null],
    [],
    [
      'Thiamazole embryopathy in the 1st trimester: propylthiouracil is preferred until 16 weeks.',
      '妊娠早期甲巯咪唑胚胎病：16周前首选丙硫氧嘧啶。',
    ],
    'ATA 2017 thyroid disease in pregnancy guideline',
  ),
  p(
    ['preg_atenolol'],
    ['minor', 'minor', 'minor'],
    [],
    [
      'Atenolol is linked to fetal growth restriction; labetalol or nifedipine preferred.',
      '阿替洛尔与胎儿生长受限相关；首选拉贝洛尔或硝苯地平。',
    ],
    'NICE NG133 hypertension in pregnancy',
  ),
];

function p(
  drugs: string[],
  by: [Level, Level, Level],
  ci: number[],
  text: [string, string],
  source: string,
): PregnancyRule {
  return { drugs, by, ci, text, source };
}

/** Renal rules: the first threshold the eGFR falls below applies (`below` in ml/min/1.73 m²). */
export interface RenalRule {
  drugs: string[];
  notDrugs?: string[];
  steps: { below: number; severity: Severity; ci?: boolean; text: [string, string] }[];
  source: string;
}

export const RENAL_RULES: RenalRule[] = [
  r(
    ['renal_metformin'],
    [
      [
        30,
        'major',
        true,
        'Contraindicated below eGFR 30 (lactic acidosis).',
        'eGFR<30禁用（乳酸酸中毒）。',
      ],
      [
        45,
        'moderate',
        false,
        'eGFR 30–44: do not start; if continuing, max 1000 mg/day and review.',
        'eGFR 30–44：不宜起始；如继续使用，每日最多1000 mg并复查。',
      ],
    ],
    'Metformin FDA label (2016 eGFR labelling); KDIGO 2022 diabetes in CKD',
  ),
  r(
    ['nsaid'],
    [
      [
        30,
        'major',
        false,
        'Avoid NSAIDs below eGFR 30 (acute kidney injury, hyperkalaemia).',
        'eGFR<30避免使用NSAID（急性肾损伤、高钾血症）。',
      ],
      [
        60,
        'moderate',
        false,
        'eGFR 30–59: avoid long-term use; lowest dose, monitor creatinine.',
        'eGFR 30–59：避免长期使用；最低剂量，监测肌酐。',
      ],
    ],
    'KDIGO 2012; AGS Beers Criteria 2023 (CrCl < 30); BNF',
  ),
  r(
    ['dabigatran'],
    [
      [
        30,
        'major',
        true,
        'Dabigatran is contraindicated below CrCl 30.',
        '肌酐清除率<30禁用达比加群。',
      ],
      [
        50,
        'moderate',
        false,
        'CrCl 30–50: consider 110 mg twice daily.',
        '肌酐清除率30–50：考虑110 mg每日两次。',
      ],
    ],
    'Pradaxa SmPC',
  ),
  r(
    ['rivaroxaban', 'edoxaban'],
    [
      [15, 'major', true, 'Not recommended below CrCl 15.', '肌酐清除率<15不推荐使用。'],
      [
        50,
        'moderate',
        false,
        'CrCl 15–50: reduced dose (rivaroxaban 15 mg, edoxaban 30 mg daily for AF).',
        '肌酐清除率15–50：减量（房颤时利伐沙班15 mg、依度沙班30 mg每日一次）。',
      ],
    ],
    'Xarelto and Lixiana SmPCs',
  ),
  r(
    ['apixaban'],
    [
      [15, 'major', true, 'Not recommended below CrCl 15.', '肌酐清除率<15不推荐使用。'],
      [
        30,
        'moderate',
        false,
        'CrCl 15–29: 2.5 mg twice daily for AF.',
        '肌酐清除率15–29：房颤时2.5 mg每日两次。',
      ],
    ],
    'Eliquis SmPC',
  ),
  r(
    ['lmwh'],
    [
      [
        30,
        'moderate',
        false,
        'CrCl < 30: reduce to once-daily dosing or use unfractionated heparin; monitor anti-Xa.',
        '肌酐清除率<30：减为每日一次或改用普通肝素；监测抗Xa活性。',
      ],
    ],
    'Enoxaparin FDA label',
  ),
  r(
    ['renal_k_sparing'],
    [
      [
        30,
        'major',
        true,
        'Contraindicated below eGFR 30 (hyperkalaemia).',
        'eGFR<30禁用（高钾血症）。',
      ],
      [
        45,
        'moderate',
        false,
        'eGFR 30–44: lower dose, check K+ within a week.',
        'eGFR 30–44：减量，1周内复查血钾。',
      ],
    ],
    'Eplerenone and amiloride labels; spironolactone label; RALES',
  ),
  r(
    ['renal_k_supplement'],
    [
      [
        30,
        'moderate',
        false,
        'Potassium supplements below eGFR 30: hyperkalaemia risk; monitor K+.',
        'eGFR<30补钾：高钾血症风险；监测血钾。',
      ],
    ],
    'Potassium chloride labels',
  ),
  r(
    ['renal_nitrofurantoin'],
    [
      [
        30,
        'major',
        false,
        'Avoid below eGFR 30: ineffective and toxic (neuropathy).',
        'eGFR<30避免使用：无效且有毒性（周围神经病变）。',
      ],
      [
        45,
        'moderate',
        false,
        'eGFR 30–44: only a short course (3–7 days) if no alternative.',
        'eGFR 30–44：仅在无替代药时短疗程（3–7天）使用。',
      ],
    ],
    'MHRA Drug Safety Update 2014; AGS Beers Criteria 2023',
  ),
  r(
    ['renal_gabapentinoid'],
    [
      [
        60,
        'moderate',
        false,
        'Reduce the dose for CrCl < 60 (sedation, falls).',
        '肌酐清除率<60需减量（镇静、跌倒）。',
      ],
    ],
    'Gabapentin and pregabalin labels; Beers Criteria 2023',
  ),
  r(
    ['renal_lithium'],
    [
      [
        30,
        'major',
        false,
        'Avoid lithium in severe renal impairment.',
        '严重肾功能不全避免使用锂盐。',
      ],
      [
        60,
        'moderate',
        false,
        'Reduce the dose and monitor levels closely.',
        '减量并密切监测血锂。',
      ],
    ],
    'Lithium labels; NICE CG185',
  ),
  r(
    ['renal_mtx'],
    [
      [
        30,
        'major',
        true,
        'Methotrexate is contraindicated below eGFR 30.',
        'eGFR<30禁用甲氨蝶呤。',
      ],
      [
        60,
        'moderate',
        false,
        'eGFR 30–59: reduce the dose (by about 50%).',
        'eGFR 30–59：减量（约50%）。',
      ],
    ],
    'Methotrexate labels; EULAR recommendations',
  ),
  r(
    ['renal_colchicine'],
    [
      [
        30,
        'moderate',
        false,
        'CrCl < 30: reduce dose, do not repeat courses within 14 days.',
        '肌酐清除率<30：减量，14天内不可重复疗程。',
      ],
    ],
    'Colcrys FDA label',
  ),
  r(
    ['renal_digoxin'],
    [
      [
        50,
        'moderate',
        false,
        'Reduce the dose and monitor digoxin levels.',
        '减量并监测地高辛浓度。',
      ],
    ],
    'Lanoxin FDA label',
  ),
  r(
    ['renal_aminoglycoside', 'renal_vanco'],
    [
      [
        60,
        'moderate',
        false,
        'Dose by renal function and levels (nephrotoxic).',
        '按肾功能和血药浓度给药（肾毒性）。',
      ],
    ],
    'Gentamicin and vancomycin labels; IDSA vancomycin guideline 2020',
  ),
  r(
    ['renal_fq'],
    [
      [
        50,
        'moderate',
        false,
        'Adjust the fluoroquinolone dose for CrCl < 50.',
        '肌酐清除率<50调整氟喹诺酮剂量。',
      ],
    ],
    'Levofloxacin and ciprofloxacin FDA labels',
    ['moxifloxacin'],
  ),
  r(
    ['renal_antiviral'],
    [
      [
        50,
        'moderate',
        false,
        'Reduce the dose for CrCl < 50 (neurotoxicity, nephrotoxicity).',
        '肌酐清除率<50需减量（神经毒性、肾毒性）。',
      ],
    ],
    'Aciclovir, valaciclovir and ganciclovir labels',
  ),
  r(
    ['tenofovir'],
    [
      [
        50,
        'moderate',
        false,
        'Tenofovir disoproxil: extend the dosing interval for CrCl < 50.',
        '替诺福韦酯：肌酐清除率<50需延长给药间隔。',
      ],
    ],
    'Viread FDA label',
  ),
  r(
    ['renal_sglt2'],
    [
      [
        25,
        'moderate',
        false,
        'Do not start below eGFR 25 (20 for empagliflozin); glucose lowering is minimal.',
        'eGFR<25（恩格列净<20）不宜起始；降糖作用很小。',
      ],
    ],
    'Dapagliflozin and empagliflozin labels; KDIGO 2022',
  ),
  r(
    ['renal_dpp4'],
    [
      [
        45,
        'moderate',
        false,
        'Reduce the DPP-4 inhibitor dose (linagliptin needs none).',
        'DPP-4抑制剂需减量（利格列汀无需调整）。',
      ],
    ],
    'Sitagliptin, saxagliptin, vildagliptin, alogliptin labels',
  ),
  r(
    ['renal_glibenclamide'],
    [
      [
        60,
        'major',
        false,
        'Avoid glibenclamide in renal impairment (prolonged hypoglycaemia).',
        '肾功能不全避免使用格列本脲（持续低血糖）。',
      ],
    ],
    'AGS Beers Criteria 2023; KDIGO 2022',
  ),
  r(
    ['renal_su'],
    [
      [
        30,
        'moderate',
        false,
        'Hypoglycaemia risk: start low or prefer gliclazide/glipizide.',
        '低血糖风险：小剂量起始或首选格列齐特/格列吡嗪。',
      ],
    ],
    'Glimepiride labels; KDIGO 2022',
  ),
  r(
    ['renal_opioid'],
    [
      [
        30,
        'moderate',
        false,
        'Active metabolites accumulate: reduce dose and frequency (avoid pethidine).',
        '活性代谢物蓄积：减少剂量和频次（避免哌替啶）。',
      ],
    ],
    'Morphine, codeine, tramadol labels; Beers Criteria 2023 (tramadol CrCl < 30)',
  ),
  r(
    ['renal_h2'],
    [
      [
        50,
        'minor',
        false,
        'Reduce the H2-antagonist dose (confusion in older people).',
        'H2受体拮抗剂需减量（老年人意识模糊）。',
      ],
    ],
    'AGS Beers Criteria 2023 (famotidine CrCl < 50)',
  ),
  r(
    ['renal_levetiracetam'],
    [
      [
        50,
        'moderate',
        false,
        'Reduce the levetiracetam dose for CrCl < 50.',
        '肌酐清除率<50减少左乙拉西坦剂量。',
      ],
    ],
    'Keppra FDA label',
  ),
  r(
    ['renal_baclofen'],
    [
      [
        60,
        'moderate',
        false,
        'Baclofen accumulates (encephalopathy): avoid or use a much lower dose.',
        '巴氯芬蓄积（脑病）：避免使用或大幅减量。',
      ],
    ],
    'AGS Beers Criteria 2023 (baclofen eGFR < 60)',
  ),
  r(
    ['renal_allopurinol'],
    [
      [
        30,
        'moderate',
        false,
        'Start allopurinol at 50 mg/day and titrate slowly (hypersensitivity risk).',
        '别嘌醇从每日50 mg起始并缓慢加量（超敏反应风险）。',
      ],
    ],
    'ACR 2020 gout guideline',
  ),
  r(
    ['renal_rosuva'],
    [
      [
        30,
        'moderate',
        false,
        'Rosuvastatin: start 5 mg, do not exceed 10 mg.',
        '瑞舒伐他汀：5 mg起始，不超过10 mg。',
      ],
    ],
    'Crestor FDA label',
  ),
  r(
    ['renal_sotalol'],
    [
      [
        40,
        'major',
        false,
        'Sotalol accumulates (torsades): extend the interval; contraindicated for AF if CrCl < 40.',
        '索他洛尔蓄积（尖端扭转）：延长给药间隔；房颤患者肌酐清除率<40禁用。',
      ],
    ],
    'Betapace AF FDA label',
  ),
  r(
    ['renal_pramipexole', 'renal_amantadine', 'renal_memantine'],
    [[30, 'moderate', false, 'Reduce the dose in renal impairment.', '肾功能不全需减量。']],
    'Pramipexole, amantadine and memantine labels',
  ),
  r(
    ['trimethoprim'],
    [
      [
        15,
        'major',
        false,
        'Avoid co-trimoxazole/trimethoprim below CrCl 15.',
        '肌酐清除率<15避免使用复方磺胺甲噁唑/甲氧苄啶。',
      ],
      [
        30,
        'moderate',
        false,
        'CrCl 15–30: halve the dose; hyperkalaemia risk.',
        '肌酐清除率15–30：剂量减半；高钾血症风险。',
      ],
    ],
    'Bactrim FDA label',
  ),
  r(
    ['alendronate'],
    [
      [
        35,
        'moderate',
        false,
        'Bisphosphonates are not recommended for CrCl < 35.',
        '肌酐清除率<35不推荐使用双膦酸盐。',
      ],
    ],
    'Fosamax FDA label',
  ),
  r(
    ['renal_minor30'],
    [
      [
        30,
        'minor',
        false,
        'Reduce the dose or extend the interval for eGFR < 30.',
        'eGFR<30时减量或延长给药间隔。',
      ],
    ],
    'Amoxicillin and cetirizine labels; BNF',
  ),
];

function r(
  drugs: string[],
  steps: [number, Severity, boolean, string, string][],
  source: string,
  notDrugs?: string[],
): RenalRule {
  return {
    drugs,
    ...(notDrugs ? { notDrugs } : {}),
    steps: steps.map(([below, severity, ci, en, zh]) => ({ below, severity, ci, text: [en, zh] })),
    source,
  };
}

/** Age rules: Beers Criteria 2023 for older adults and paediatric label restrictions. */
export interface AgeRule {
  drugs: string[];
  /** Applies when age ≥ min (older adults) … */
  min?: number;
  /** … or when age < max (children). */
  max?: number;
  severity: Severity;
  ci?: boolean;
  text: [string, string];
  source: string;
}

const BEERS = 'AGS Beers Criteria 2023 (J Am Geriatr Soc 2023;71:2052)';
export const AGE_RULES: AgeRule[] = [
  a(
    ['paed_codeine'],
    undefined,
    12,
    'major',
    true,
    [
      'Codeine/tramadol are contraindicated under 12 (ultra-rapid CYP2D6 metabolism: fatal respiratory depression).',
      '12岁以下禁用可待因/曲马多（CYP2D6超快代谢：致命性呼吸抑制）。',
    ],
    'FDA Drug Safety Communication 2017; NMPA label revisions',
  ),
  a(
    ['reye'],
    undefined,
    16,
    'major',
    false,
    [
      'Aspirin under 16: Reye’s syndrome (except specialist use such as Kawasaki disease).',
      '16岁以下使用阿司匹林：瑞氏综合征（川崎病等专科用途除外）。',
    ],
    'MHRA/CHM advice on aspirin in children',
  ),
  a(
    ['doxycycline'],
    undefined,
    8,
    'moderate',
    false,
    [
      'Doxycycline under 8: short courses only (tooth staining less than with other tetracyclines).',
      '8岁以下使用多西环素：仅限短疗程（牙齿着色少于其他四环素类）。',
    ],
    'AAP Red Book 2021',
  ),
  a(
    ['paed_teeth'],
    undefined,
    8,
    'major',
    false,
    ['Tetracyclines under 8 stain developing teeth.', '8岁以下使用四环素类可致牙齿着色。'],
    'Tetracycline class labelling',
  ),
  a(
    ['paed_promethazine'],
    undefined,
    2,
    'major',
    true,
    [
      'Promethazine under 2: fatal respiratory depression (boxed warning).',
      '2岁以下使用异丙嗪：致命性呼吸抑制（黑框警告）。',
    ],
    'Promethazine FDA boxed warning',
  ),
  a(
    ['paed_loperamide'],
    undefined,
    2,
    'major',
    true,
    ['Loperamide under 2: ileus and CNS toxicity.', '2岁以下使用洛哌丁胺：肠梗阻和中枢毒性。'],
    'Loperamide labels (contraindicated under 2)',
  ),
  a(
    ['paed_nimesulide'],
    undefined,
    12,
    'major',
    true,
    [
      'Nimesulide oral preparations are contraindicated under 12 in China (hepatotoxicity).',
      '中国规定12岁以下儿童禁用尼美舒利口服制剂（肝毒性）。',
    ],
    'NMPA 2011 nimesulide label revision',
  ),
  a(
    ['sympathomimetic', 'dextromethorphan'],
    undefined,
    2,
    'major',
    false,
    [
      'OTC cough and cold medicines under 2: serious adverse events and deaths.',
      '2岁以下使用非处方止咳感冒药：严重不良事件及死亡。',
    ],
    'FDA 2008 public health advisory; MHRA 2009',
  ),
  a(
    ['paed_avoid'],
    undefined,
    18,
    'moderate',
    false,
    [
      'Fluoroquinolones in children: arthropathy; use only without alternatives.',
      '儿童使用氟喹诺酮类：关节病；仅在无替代药时使用。',
    ],
    'Fluoroquinolone FDA labels; China labels (18岁以下禁用)',
  ),
  a(
    ['beers_antihistamine', 'beers_tca', 'anticholinergic_strong', 'paroxetine'],
    65,
    undefined,
    'moderate',
    false,
    [
      'Strongly anticholinergic: confusion, constipation, urinary retention, falls in older adults.',
      '强抗胆碱作用：老年人易致意识模糊、便秘、尿潴留、跌倒。',
    ],
    BEERS,
  ),
  a(
    ['beers_benzo'],
    65,
    undefined,
    'moderate',
    false,
    [
      'Benzodiazepines/Z-drugs in older adults: cognitive impairment, delirium, falls, fractures, crashes.',
      '老年人使用苯二氮䓬类/Z类药物：认知损害、谵妄、跌倒、骨折、交通事故。',
    ],
    BEERS,
  ),
  a(
    ['beers_su'],
    65,
    undefined,
    'moderate',
    false,
    [
      'Sulfonylureas in older adults: prolonged hypoglycaemia (worst with glibenclamide); prefer other classes.',
      '老年人使用磺脲类：持续低血糖（格列本脲最甚）；首选其他类别。',
    ],
    BEERS,
  ),
  a(
    ['beers_antipsychotic'],
    65,
    undefined,
    'moderate',
    false,
    [
      'Antipsychotics in older adults: stroke, cognitive decline and mortality; avoid except for psychosis.',
      '老年人使用抗精神病药：卒中、认知下降和死亡；除精神病外避免使用。',
    ],
    BEERS,
  ),
  a(
    ['beers_metoclopramide'],
    65,
    undefined,
    'moderate',
    false,
    [
      'Metoclopramide in older adults: extrapyramidal effects, tardive dyskinesia.',
      '老年人使用甲氧氯普胺：锥体外系反应、迟发性运动障碍。',
    ],
    BEERS,
  ),
  a(
    ['beers_muscle_relaxant'],
    65,
    undefined,
    'moderate',
    false,
    [
      'Muscle relaxants in older adults: sedation, anticholinergic effects, falls; poor efficacy.',
      '老年人使用肌松药：镇静、抗胆碱作用、跌倒；疗效差。',
    ],
    BEERS,
  ),
  a(
    ['beers_alpha', 'beers_central'],
    65,
    undefined,
    'moderate',
    false,
    [
      'Orthostatic hypotension and CNS effects: avoid as routine antihypertensives in older adults.',
      '体位性低血压和中枢不良反应：老年人避免作为常规降压药。',
    ],
    BEERS,
  ),
  a(
    ['beers_pethidine'],
    65,
    undefined,
    'moderate',
    false,
    [
      'Pethidine in older adults: neurotoxic metabolite, delirium.',
      '老年人使用哌替啶：神经毒性代谢物、谵妄。',
    ],
    BEERS,
  ),
  a(
    ['beers_estrogen'],
    65,
    undefined,
    'moderate',
    false,
    [
      'Systemic oestrogen in older women: breast cancer and VTE risk without cardioprotection.',
      '老年女性全身用雌激素：乳腺癌和VTE风险且无心脏保护作用。',
    ],
    BEERS,
  ),
  a(
    ['beers_dipyridamole'],
    65,
    undefined,
    'moderate',
    false,
    [
      'Oral short-acting dipyridamole: orthostatic hypotension; not effective.',
      '口服短效双嘧达莫：体位性低血压；无效。',
    ],
    BEERS,
  ),
  a(
    ['nsaid'],
    65,
    undefined,
    'moderate',
    false,
    [
      'NSAIDs in older adults: GI bleeding, renal injury, heart failure; avoid chronic use (or add a PPI).',
      '老年人使用NSAID：消化道出血、肾损伤、心衰；避免长期使用（或加用PPI）。',
    ],
    BEERS,
  ),
  a(
    ['aspirin'],
    70,
    undefined,
    'minor',
    false,
    [
      'Aspirin for primary prevention in older adults: bleeding outweighs benefit (fine for secondary prevention).',
      '老年人用于一级预防的阿司匹林：出血风险大于获益（二级预防无妨）。',
    ],
    BEERS,
  ),
  a(
    ['warfarin', 'rivaroxaban'],
    65,
    undefined,
    'minor',
    false,
    [
      'Older adults: prefer apixaban for AF/VTE (less major and GI bleeding).',
      '老年人房颤/VTE首选阿哌沙班（大出血和消化道出血更少）。',
    ],
    BEERS,
  ),
];

function a(
  drugs: string[],
  min: number | undefined,
  max: number | undefined,
  severity: Severity,
  ci: boolean,
  text: [string, string],
  source: string,
): AgeRule {
  return {
    drugs,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    severity,
    ci,
    text,
    source,
  };
}
