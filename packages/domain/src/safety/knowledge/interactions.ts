import type { Severity } from '../types';

/**
 * Drug–drug interaction rules written against ingredient tags (class, mechanism, CYP role), not
 * drug pairs: a rule fires for every pair of ingredients in two different products where one
 * side carries a tag of `a` and the other a tag of `b`.
 *
 * Within one `group` (one mechanism) only the first matching rule fires, so specific rules come
 * before general ones. `additive` rules describe the same effect twice (two QT drugs, two
 * serotonergic drugs) and stay silent when the pair is already a duplicate-therapy alert.
 */
export interface InteractionRule {
  id: string;
  group: string;
  a: string[];
  b: string[];
  /** Skip when the `b` side also carries one of these tags. */
  notB?: string[];
  severity: Severity;
  contraindicated?: boolean;
  additive?: boolean;
  mechanism: [en: string, zh: string];
  management: [en: string, zh: string];
  /** Ingredient slugs to suggest instead of the `b`-side drug. */
  alternatives?: string[];
  source: string;
}

export const INTERACTIONS: InteractionRule[] = [
  // ── Bleeding ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'anticoagulant_antiplatelet',
    group: 'bleeding',
    a: ['anticoagulant'],
    b: ['antiplatelet'],
    severity: 'major',
    mechanism: [
      'Anticoagulant plus antiplatelet: additive bleeding risk (aspirin also injures the GI mucosa).',
      '抗凝药联用抗血小板药：出血风险叠加（阿司匹林还损伤胃肠黏膜）。',
    ],
    management: [
      'Avoid unless specifically indicated (e.g. recent stent, mechanical valve); use the lowest dose and shortest duration, monitor for bleeding (INR for warfarin) and add a PPI.',
      '除非有明确指征（如近期支架、机械瓣）否则避免联用；如需联用，采用最低剂量和最短疗程，监测出血（华法林监测INR），并加用PPI。',
    ],
    source:
      'Warfarin (Coumadin) FDA label; DOAC SmPCs (concomitant antiplatelets); CHEST antithrombotic guideline',
  },
  {
    id: 'anticoagulant_nsaid',
    group: 'bleeding',
    a: ['anticoagulant'],
    b: ['nsaid'],
    severity: 'major',
    mechanism: [
      'NSAID antiplatelet effect and GI mucosal injury on top of anticoagulation: GI bleeding risk rises several-fold.',
      '非甾体抗炎药的抗血小板作用和胃肠黏膜损伤叠加于抗凝治疗之上：消化道出血风险成倍增加。',
    ],
    management: [
      'Avoid; prefer paracetamol at modest doses. If an NSAID is unavoidable, shortest course with a PPI and bleeding/INR monitoring.',
      '避免联用；首选小剂量对乙酰氨基酚。如必须使用NSAID，疗程尽量短并加用PPI，监测出血及INR。',
    ],
    alternatives: ['paracetamol'],
    source: 'Warfarin FDA label (NSAIDs); rivaroxaban/apixaban labels; NICE CKS anticoagulation',
  },
  {
    id: 'antiplatelet_nsaid',
    group: 'bleeding',
    a: ['antiplatelet'],
    b: ['nsaid'],
    severity: 'moderate',
    mechanism: [
      'Additive GI bleeding risk; ibuprofen and naproxen can also block low-dose aspirin’s irreversible antiplatelet effect.',
      '消化道出血风险叠加；布洛芬、萘普生还可能阻断小剂量阿司匹林的不可逆抗血小板作用。',
    ],
    management: [
      'Prefer paracetamol; if an NSAID is needed give it at least 2 h after aspirin (or 8 h before), short course, consider a PPI.',
      '首选对乙酰氨基酚；如需NSAID，在阿司匹林服用后至少2小时（或8小时前）服用，短疗程，考虑加用PPI。',
    ],
    alternatives: ['paracetamol'],
    source:
      'FDA Science Paper on ibuprofen–aspirin interaction (2006); BNF interactions (NSAIDs + aspirin)',
  },
  {
    id: 'antiplatelet_antiplatelet',
    group: 'bleeding',
    a: ['cox_antiplatelet'],
    b: ['p2y12_inhibitor', 'other_antiplatelet'],
    severity: 'moderate',
    mechanism: [
      'Dual antiplatelet therapy: additive bleeding risk.',
      '双联抗血小板治疗：出血风险叠加。',
    ],
    management: [
      'Intended after ACS or stenting for a defined period: confirm the indication and duration, add a PPI if GI risk.',
      '急性冠脉综合征或支架术后在限定疗程内为常规用法：确认指征和疗程，消化道高危者加用PPI。',
    ],
    source:
      'ACC/AHA and ESC guidelines on dual antiplatelet therapy; clopidogrel and ticagrelor labels',
  },
  {
    id: 'serotonergic_antidepressant_bleeding',
    group: 'bleeding',
    a: ['ser_bleed'],
    b: ['anticoagulant', 'antiplatelet', 'nsaid'],
    severity: 'moderate',
    mechanism: [
      'SSRIs/SNRIs deplete platelet serotonin; combined with anticoagulants, antiplatelets or NSAIDs the risk of (GI) bleeding rises.',
      'SSRI/SNRI耗竭血小板5-羟色胺，与抗凝药、抗血小板药或NSAID联用时（消化道）出血风险增加。',
    ],
    management: [
      'Monitor for bleeding; consider a PPI with NSAIDs or antiplatelets; avoid NSAIDs where possible.',
      '监测出血；与NSAID或抗血小板药联用时考虑加用PPI；尽量避免NSAID。',
    ],
    source:
      'SSRI labels (abnormal bleeding); NICE CG90 depression (SSRIs with NSAIDs/anticoagulants)',
  },
  // ── Warfarin pharmacokinetics ───────────────────────────────────────────────────────────────
  {
    id: 'warfarin_2c9_inhibitor',
    group: 'warfarin_pk',
    a: ['warfarin'],
    b: ['2c9_inh', '2c9_inh_topical'],
    severity: 'major',
    mechanism: [
      'CYP2C9 inhibition slows S-warfarin clearance: INR can double, with serious bleeding.',
      'CYP2C9抑制使S-华法林清除减慢：INR可升高一倍，导致严重出血。',
    ],
    management: [
      'Avoid, or reduce the warfarin dose (often by 25–50%) and check INR within 3–5 days and weekly during the course.',
      '避免联用，或将华法林减量（常减25%–50%），3–5天内及疗程中每周复查INR。',
    ],
    source:
      'Warfarin FDA label (CYP2C9 inhibitors: amiodarone, fluconazole, metronidazole, sulfamethoxazole); Stockley’s Drug Interactions',
  },
  {
    id: 'warfarin_inducer',
    group: 'warfarin_pk',
    a: ['warfarin'],
    b: ['3a4_inducer'],
    severity: 'major',
    mechanism: [
      'Enzyme induction (CYP2C9/3A4/1A2) accelerates warfarin clearance: loss of anticoagulation; INR rises again when the inducer stops.',
      '酶诱导（CYP2C9/3A4/1A2）加速华法林清除：抗凝作用丧失；停用诱导剂后INR会再次升高。',
    ],
    management: [
      'Avoid if possible; otherwise monitor INR closely for weeks when starting and stopping, adjusting the dose.',
      '尽量避免；否则在开始及停用时数周内密切监测INR并调整剂量。',
    ],
    source:
      'Warfarin FDA label (inducers); Stockley’s Drug Interactions (rifampicin, carbamazepine)',
  },
  {
    id: 'warfarin_moderate_potentiator',
    group: 'warfarin_pk',
    a: ['warfarin'],
    b: ['warf_mod'],
    severity: 'moderate',
    mechanism: [
      'Raises the INR (reduced warfarin metabolism and/or loss of vitamin-K-producing gut flora).',
      '升高INR（华法林代谢减少和/或产维生素K肠道菌群减少）。',
    ],
    management: [
      'Check INR 3–5 days after starting and after stopping.',
      '开始及停药后3–5天复查INR。',
    ],
    source: 'Warfarin FDA label; Stockley’s Drug Interactions (macrolides, quinolones, cimetidine)',
  },
  {
    id: 'warfarin_paracetamol',
    group: 'warfarin_pk',
    a: ['warfarin'],
    b: ['paracetamol'],
    severity: 'minor',
    mechanism: [
      'Regular paracetamol above about 2 g/day for several days can raise the INR.',
      '连续数日规律服用对乙酰氨基酚（约每日2 g以上）可使INR升高。',
    ],
    management: [
      'Occasional use is fine; with regular use check the INR.',
      '偶尔使用无妨；规律服用时复查INR。',
    ],
    source: 'Warfarin FDA label (acetaminophen); Stockley’s Drug Interactions',
  },
  // ── Serotonin syndrome and MAOIs ────────────────────────────────────────────────────────────
  {
    id: 'linezolid_serotonergic',
    group: 'serotonin',
    a: ['linezolid'],
    b: ['serotonergic', 'serotonergic_mao_ci', 'maoa_sub'],
    severity: 'major',
    mechanism: [
      'Linezolid is a reversible MAO inhibitor: serotonin syndrome with serotonergic drugs.',
      '利奈唑胺是可逆性单胺氧化酶抑制剂：与5-羟色胺能药物联用可致5-羟色胺综合征。',
    ],
    management: [
      'Avoid; if linezolid is essential, stop the serotonergic drug (washout) or monitor closely for serotonin toxicity.',
      '避免联用；如必须使用利奈唑胺，停用5-羟色胺能药物（洗脱）或密切监测5-羟色胺毒性。',
    ],
    source:
      'Zyvox (linezolid) FDA label; FDA Drug Safety Communication 2011 (linezolid with serotonergic drugs)',
  },
  {
    id: 'maoi_serotonergic',
    group: 'serotonin',
    a: ['maoi'],
    b: ['serotonergic', 'serotonergic_mao_ci', 'maoa_sub'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'MAO inhibition plus a serotonergic drug: serotonin syndrome (hyperthermia, rigidity, clonus), potentially fatal.',
      '单胺氧化酶抑制剂联用5-羟色胺能药物：可致5-羟色胺综合征（高热、强直、阵挛），可能致命。',
    ],
    management: [
      'Contraindicated: allow 14 days after stopping an MAOI (5 weeks after fluoxetine) before starting the other.',
      '禁止联用：停用MAOI后至少间隔14天（停用氟西汀后5周）方可换用。',
    ],
    source:
      'SSRI/SNRI/TCA FDA labels (contraindicated with MAOIs); Emsam/selegiline and triptan labels; ONC high-priority DDI list (Phansalkar, JAMIA 2012)',
  },
  {
    id: 'maoi_pressor',
    group: 'pressor',
    a: ['maoi'],
    b: ['pressor_mao'],
    notB: ['maoi'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Indirect sympathomimetics release noradrenaline that MAO cannot break down: hypertensive crisis.',
      '间接拟交感药促使去甲肾上腺素释放而MAO无法降解：可致高血压危象。',
    ],
    management: [
      'Contraindicated, including OTC cold remedies with pseudoephedrine/phenylephrine, for 14 days after an MAOI.',
      '禁止联用，停用MAOI后14天内也禁用含伪麻黄碱/去氧肾上腺素的感冒药。',
    ],
    source: 'Phenelzine and pseudoephedrine labels; BNF interactions (MAOIs + sympathomimetics)',
  },
  {
    id: 'serotonergic_additive',
    group: 'serotonin',
    a: ['serotonergic'],
    b: ['serotonergic', 'triptan'],
    severity: 'moderate',
    additive: true,
    mechanism: [
      'Two serotonergic drugs: additive risk of serotonin syndrome (agitation, tremor, clonus, hyperthermia).',
      '两种5-羟色胺能药物联用：5-羟色胺综合征风险叠加（激越、震颤、阵挛、高热）。',
    ],
    management: [
      'Use the lowest effective doses, tell the patient the warning signs and stop both if they appear.',
      '采用最低有效剂量，告知患者警示症状，一旦出现立即停用。',
    ],
    source:
      'FDA alert on triptans with SSRIs/SNRIs (2006); tramadol and SSRI FDA labels (serotonin syndrome)',
  },
  // ── CYP3A4 ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cyp3a4_strong_contraindicated',
    group: 'cyp3a4',
    a: ['3a4_strong'],
    b: ['3a4_ci'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Strong CYP3A4 inhibition raises exposure of a sensitive CYP3A4 substrate many-fold (myopathy/rhabdomyolysis for simvastatin and lovastatin; QT prolongation, bleeding, oversedation or ergotism for others).',
      '强效CYP3A4抑制使敏感底物暴露量成倍升高（辛伐他汀、洛伐他汀致肌病/横纹肌溶解；其他药物可致QT延长、出血、过度镇静或麦角中毒）。',
    ],
    management: [
      'Contraindicated: suspend the substrate during the course, or choose a non-interacting alternative (e.g. azithromycin instead of clarithromycin; pravastatin or rosuvastatin instead of simvastatin).',
      '禁止联用：疗程期间暂停该底物药物，或选择无相互作用的替代药（如以阿奇霉素替代克拉霉素；以普伐他汀或瑞舒伐他汀替代辛伐他汀）。',
    ],
    alternatives: ['azithromycin', 'pravastatin', 'rosuvastatin'],
    source:
      'Simvastatin (Zocor) and lovastatin FDA labels; clarithromycin, itraconazole, ritonavir labels (contraindicated CYP3A4 substrates); ONC high-priority DDI list',
  },
  {
    id: 'erythromycin_statin',
    group: 'cyp3a4',
    a: ['statin_ci_inh'],
    b: ['simvastatin', 'lovastatin'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Erythromycin inhibits CYP3A4 enough to raise simvastatin/lovastatin exposure several-fold: myopathy and rhabdomyolysis.',
      '红霉素抑制CYP3A4，使辛伐他汀/洛伐他汀暴露量升高数倍：肌病和横纹肌溶解。',
    ],
    management: [
      'Contraindicated: suspend the statin during the course or use azithromycin.',
      '禁止联用：疗程期间暂停他汀或换用阿奇霉素。',
    ],
    alternatives: ['azithromycin'],
    source: 'Simvastatin (Zocor) FDA label (contraindicated with erythromycin); lovastatin label',
  },
  {
    id: 'amlodipine_simvastatin',
    group: 'cyp3a4',
    a: ['amlodipine', 'levamlodipine'],
    b: ['simvastatin', 'lovastatin'],
    severity: 'moderate',
    mechanism: [
      'Amlodipine (weak CYP3A4 inhibitor) raises simvastatin exposure about 1.8-fold: myopathy at higher statin doses.',
      '氨氯地平（弱效CYP3A4抑制剂）使辛伐他汀暴露量升高约1.8倍：较大他汀剂量时可致肌病。',
    ],
    management: [
      'Do not exceed simvastatin 20 mg/day, or use another statin.',
      '辛伐他汀每日不超过20 mg，或换用其他他汀。',
    ],
    alternatives: ['atorvastatin', 'rosuvastatin'],
    source:
      'Simvastatin FDA label and FDA Drug Safety Communication 2011 (dose limit with amlodipine)',
  },
  {
    id: 'cyp3a4_strong_major',
    group: 'cyp3a4',
    a: ['3a4_strong'],
    b: ['3a4_major'],
    severity: 'major',
    mechanism: [
      'Strong CYP3A4 inhibition markedly raises exposure of this substrate (toxicity: myopathy, respiratory depression, nephrotoxicity or oversedation).',
      '强效CYP3A4抑制显著升高该底物暴露量（肌病、呼吸抑制、肾毒性或过度镇静等毒性）。',
    ],
    management: [
      'Avoid or reduce the substrate dose (e.g. atorvastatin ≤ 20 mg) with monitoring; prefer a non-interacting alternative.',
      '避免联用或减少底物剂量（如阿托伐他汀≤20 mg）并监测；首选无相互作用的替代药。',
    ],
    alternatives: ['azithromycin'],
    source:
      'Atorvastatin, colchicine, tacrolimus, fentanyl/oxycodone FDA labels (strong CYP3A4 inhibitors)',
  },
  {
    id: 'cyp3a4_moderate_inhibitor_ci_substrate',
    group: 'cyp3a4',
    a: ['3a4_mod'],
    b: ['3a4_ci'],
    notB: ['3a4_mod'],
    severity: 'major',
    mechanism: [
      'Moderate CYP3A4 inhibition raises exposure of a sensitive substrate several-fold.',
      '中效CYP3A4抑制使敏感底物暴露量升高数倍。',
    ],
    management: [
      'Use a dose cap or an alternative (e.g. simvastatin ≤ 10 mg with verapamil/diltiazem, ≤ 20 mg with amiodarone; or switch to a statin not metabolised by CYP3A4).',
      '限制剂量或换药（如与维拉帕米/地尔硫䓬合用时辛伐他汀≤10 mg，与胺碘酮合用时≤20 mg；或换用非CYP3A4代谢的他汀）。',
    ],
    alternatives: ['pravastatin', 'rosuvastatin'],
    source:
      'Simvastatin FDA label (dose limits with verapamil, diltiazem, amiodarone); ticagrelor, eplerenone labels',
  },
  {
    id: 'cyp3a4_strong_moderate_substrate',
    group: 'cyp3a4',
    a: ['3a4_strong'],
    b: ['3a4_sub', 'pde5'],
    severity: 'moderate',
    mechanism: [
      'CYP3A4 inhibition raises exposure of this substrate (hypotension, sedation or other dose-related effects).',
      'CYP3A4抑制使该底物暴露量升高（低血压、镇静等剂量相关不良反应）。',
    ],
    management: ['Start low or reduce the dose and monitor.', '从小剂量开始或减量，并监测。'],
    source: 'FDA Drug Development and Drug Interactions table of CYP3A4 inhibitors and substrates',
  },
  {
    id: 'cyp3a4_moderate_major_substrate',
    group: 'cyp3a4',
    a: ['3a4_mod'],
    b: ['3a4_major'],
    notB: ['3a4_mod'],
    severity: 'moderate',
    mechanism: [
      'Moderate CYP3A4 inhibition raises exposure of this substrate.',
      '中效CYP3A4抑制使该底物暴露量升高。',
    ],
    management: [
      'Reduce the substrate dose if needed and monitor for toxicity.',
      '必要时减少底物剂量并监测毒性。',
    ],
    source: 'FDA table of CYP3A4 inhibitors and substrates; substrate labels',
  },
  {
    id: 'cyp3a4_inducer',
    group: 'cyp3a4',
    a: ['3a4_inducer'],
    b: ['3a4_ci', '3a4_major', 'doac', 'hormonal_contraceptive'],
    notB: ['3a4_inducer'],
    severity: 'major',
    mechanism: [
      'Strong CYP3A4/P-gp induction lowers exposure of this drug by 50–90%: loss of effect (thrombosis, transplant rejection, contraceptive failure, pain).',
      '强效CYP3A4/P-gp诱导使该药暴露量降低50%–90%：疗效丧失（血栓、移植排斥、避孕失败、镇痛不足）。',
    ],
    management: [
      'Avoid; choose a non-inducing alternative, or (contraception) use an additional non-hormonal method during and for 28 days after.',
      '避免联用；选择无诱导作用的替代药，或（避孕）在联用期间及停药后28天加用非激素避孕。',
    ],
    source:
      'Rifampicin and carbamazepine SmPCs; DOAC labels (avoid strong inducers); FSRH guidance on drug interactions with hormonal contraception',
  },
  // ── Other CYP ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cyp1a2_tizanidine',
    group: 'cyp1a2',
    a: ['1a2_strong'],
    b: ['1a2_sub_ci'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Strong CYP1A2 inhibition raises tizanidine (or agomelatine) exposure about 10-fold: severe hypotension and sedation.',
      '强效CYP1A2抑制使替扎尼定（或阿戈美拉汀）暴露量升高约10倍：严重低血压和镇静。',
    ],
    management: [
      'Contraindicated: choose another antibiotic or antidepressant.',
      '禁止联用：换用其他抗菌药或抗抑郁药。',
    ],
    source:
      'Tizanidine (Zanaflex) FDA label; agomelatine SmPC (contraindicated with fluvoxamine, ciprofloxacin)',
  },
  {
    id: 'cyp1a2_narrow',
    group: 'cyp1a2',
    a: ['1a2_strong'],
    b: ['1a2_sub_major'],
    severity: 'major',
    mechanism: [
      'CYP1A2 inhibition raises theophylline, clozapine or duloxetine levels: seizures, arrhythmias, toxicity.',
      'CYP1A2抑制升高茶碱、氯氮平或度洛西汀浓度：可致癫痫、心律失常等毒性。',
    ],
    management: [
      'Avoid (fluvoxamine with duloxetine is contraindicated); otherwise reduce the dose and monitor levels.',
      '避免联用（氟伏沙明与度洛西汀禁止联用）；否则减量并监测血药浓度。',
    ],
    source: 'Theophylline, clozapine, duloxetine FDA labels; ciprofloxacin label (theophylline)',
  },
  {
    id: 'cyp2c19_clopidogrel',
    group: 'cyp2c19',
    a: ['2c19_inh'],
    b: ['2c19_prodrug'],
    severity: 'moderate',
    mechanism: [
      'Omeprazole/esomeprazole inhibit CYP2C19, reducing activation of clopidogrel and its antiplatelet effect.',
      '奥美拉唑/埃索美拉唑抑制CYP2C19，减少氯吡格雷活化，降低其抗血小板作用。',
    ],
    management: [
      'Use pantoprazole or rabeprazole if a PPI is needed.',
      '如需PPI，换用泮托拉唑或雷贝拉唑。',
    ],
    alternatives: ['pantoprazole', 'rabeprazole'],
    source: 'Plavix (clopidogrel) FDA label: avoid omeprazole and esomeprazole',
  },
  {
    id: 'cyp2d6_tamoxifen',
    group: 'cyp2d6',
    a: ['2d6_strong'],
    b: ['2d6_prodrug_major'],
    severity: 'major',
    mechanism: [
      'Strong CYP2D6 inhibition blocks conversion of tamoxifen to endoxifen: reduced efficacy against breast cancer.',
      '强效CYP2D6抑制阻断他莫昔芬转化为活性代谢物恩多昔芬：降低抗乳腺癌疗效。',
    ],
    management: [
      'Avoid; use an antidepressant with little CYP2D6 inhibition (e.g. venlafaxine, escitalopram).',
      '避免联用；选用CYP2D6抑制弱的抗抑郁药（如文拉法辛、艾司西酞普兰）。',
    ],
    alternatives: ['venlafaxine', 'escitalopram'],
    source: 'NCCN/ASCO guidance; MHRA Drug Safety Update (tamoxifen with CYP2D6 inhibitors)',
  },
  {
    id: 'cyp2d6_opioid_prodrug',
    group: 'cyp2d6',
    a: ['2d6_strong'],
    b: ['2d6_prodrug'],
    severity: 'moderate',
    mechanism: [
      'CYP2D6 inhibition reduces conversion of codeine/tramadol to their active opioid: poor pain control (and more parent drug).',
      'CYP2D6抑制减少可待因/曲马多向活性阿片物质转化：镇痛效果差（原形药物增多）。',
    ],
    management: [
      'Monitor analgesia; consider a non-prodrug analgesic.',
      '监测镇痛效果；考虑换用非前药类镇痛药。',
    ],
    source: 'Codeine and tramadol FDA labels (CYP2D6 inhibitors)',
  },
  // ── P-glycoprotein ──────────────────────────────────────────────────────────────────────────
  {
    id: 'pgp_narrow',
    group: 'pgp',
    a: ['pgp_inh'],
    b: ['pgp_sub'],
    severity: 'major',
    mechanism: [
      'P-glycoprotein inhibition raises digoxin or dabigatran levels: digoxin toxicity or bleeding.',
      'P-糖蛋白抑制升高地高辛或达比加群浓度：地高辛中毒或出血。',
    ],
    management: [
      'Halve the digoxin dose and check levels (amiodarone, clarithromycin, verapamil); avoid with dabigatran or reduce its dose as labelled.',
      '地高辛减半并监测血药浓度（胺碘酮、克拉霉素、维拉帕米）；与达比加群避免联用或按说明书减量。',
    ],
    source: 'Digoxin (Lanoxin) and dabigatran (Pradaxa) FDA labels; amiodarone label',
  },
  {
    id: 'pgp_inducer',
    group: 'pgp',
    a: ['pgp_inducer'],
    b: ['pgp_sub'],
    severity: 'major',
    mechanism: [
      'P-gp induction lowers digoxin/dabigatran exposure: loss of effect.',
      'P-gp诱导降低地高辛/达比加群暴露量：疗效丧失。',
    ],
    management: [
      'Avoid (dabigatran); monitor digoxin levels.',
      '避免与达比加群联用；监测地高辛浓度。',
    ],
    source: 'Dabigatran FDA label (avoid P-gp inducers); digoxin label',
  },
  // ── QT prolongation ─────────────────────────────────────────────────────────────────────────
  {
    id: 'qt_contraindicated',
    group: 'qt',
    a: ['qt_ci'],
    b: ['qt_known', 'qt_possible'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Two QT-prolonging drugs, one of them contraindicated with any other: torsades de pointes.',
      '两种延长QT间期的药物联用，其中一种禁止与其他QT延长药合用：可致尖端扭转型室速。',
    ],
    management: [
      'Contraindicated: choose a drug without QT liability.',
      '禁止联用：选择无QT延长风险的药物。',
    ],
    source: 'Pimozide, ziprasidone, dronedarone, sotalol labels; CredibleMeds QTdrugs list',
  },
  {
    id: 'qt_known_pair',
    group: 'qt',
    a: ['qt_known'],
    b: ['qt_known'],
    severity: 'major',
    additive: true,
    mechanism: [
      'Two drugs with known risk of QT prolongation: additive risk of torsades de pointes (more with low K/Mg, bradycardia, female sex, old age).',
      '两种已知延长QT间期的药物联用：尖端扭转型室速风险叠加（低钾/低镁、心动过缓、女性、高龄者更高）。',
    ],
    management: [
      'Avoid; if unavoidable, baseline and follow-up ECG, correct potassium and magnesium.',
      '避免联用；如无法避免，用药前后查心电图，纠正低钾低镁。',
    ],
    alternatives: ['amoxicillin', 'doxycycline'],
    source:
      'CredibleMeds QTdrugs (known risk of TdP); citalopram FDA safety communication 2011/2012; macrolide and fluoroquinolone labels',
  },
  // ── Potassium and the renin–angiotensin system ──────────────────────────────────────────────
  {
    id: 'raas_k_sparing',
    group: 'potassium',
    a: ['raas', 'raas_partner'],
    b: ['k_sparing'],
    severity: 'major',
    mechanism: [
      'RAAS blockade lowers aldosterone while the potassium-sparing diuretic retains K+: hyperkalaemia (worse in CKD, diabetes, old age).',
      'RAAS阻断降低醛固酮，保钾利尿药潴留钾：可致高钾血症（慢性肾病、糖尿病、老年人更重）。',
    ],
    management: [
      'Avoid routine combination; where intended (e.g. HFrEF with spironolactone) check K+ and creatinine within 1 week and regularly, stop if K+ > 5.5 mmol/L.',
      '避免常规联用；如有意联用（如射血分数降低心衰加螺内酯），1周内及定期复查血钾和肌酐，血钾>5.5 mmol/L时停用。',
    ],
    source:
      'Amiloride FDA boxed warning; spironolactone and eplerenone labels; Juurlink et al. NEJM 2004;351:543',
  },
  {
    id: 'raas_potassium',
    group: 'potassium',
    a: ['raas', 'raas_partner', 'k_sparing'],
    b: ['k_supplement'],
    severity: 'major',
    mechanism: [
      'Potassium supplement with a drug that retains potassium: hyperkalaemia.',
      '补钾药与保钾药物联用：可致高钾血症。',
    ],
    management: [
      'Avoid unless hypokalaemia is documented; monitor K+ closely (amiloride/triamterene with potassium is contraindicated).',
      '除非有明确低钾血症否则避免；密切监测血钾（阿米洛利/氨苯蝶啶与补钾药禁止联用）。',
    ],
    source: 'ACE inhibitor, ARB and amiloride FDA labels (potassium supplements)',
  },
  {
    id: 'raas_trimethoprim',
    group: 'potassium',
    a: ['raas', 'k_sparing'],
    b: ['hyperk_other'],
    severity: 'moderate',
    mechanism: [
      'Trimethoprim blocks ENaC like amiloride: hyperkalaemia (sudden death reported with co-trimoxazole in older patients on ACE inhibitors/ARBs).',
      '甲氧苄啶像阿米洛利一样阻断上皮钠通道：可致高钾血症（老年人在使用ACEI/ARB时联用复方磺胺甲噁唑有猝死报告）。',
    ],
    management: [
      'Prefer another antibiotic in the elderly or CKD; otherwise check K+ within a few days.',
      '老年或慢性肾病患者首选其他抗菌药；否则数日内复查血钾。',
    ],
    alternatives: ['nitrofurantoin', 'amoxicillin'],
    source: 'Fralick et al. BMJ 2014;349:g6196; Antoniou et al. CMAJ 2015; BNF interactions',
  },
  {
    id: 'ace_arni',
    group: 'dual_raas',
    a: ['ace_inhibitor'],
    b: ['arni'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'ACE inhibitor with a neprilysin inhibitor: both raise bradykinin, causing angioedema.',
      'ACEI与脑啡肽酶抑制剂联用：两者均升高缓激肽，可致血管性水肿。',
    ],
    management: [
      'Contraindicated: stop the ACE inhibitor at least 36 h before starting sacubitril/valsartan.',
      '禁止联用：停用ACEI至少36小时后方可开始沙库巴曲缬沙坦。',
    ],
    source: 'Entresto (sacubitril/valsartan) FDA label, contraindications',
  },
  {
    id: 'dual_raas',
    group: 'dual_raas',
    a: ['ace_inhibitor'],
    b: ['arb', 'renin_inhibitor', 'arni'],
    severity: 'major',
    mechanism: [
      'Dual RAAS blockade: hyperkalaemia, hypotension and acute kidney injury without outcome benefit; with sacubitril, angioedema.',
      '双重RAAS阻断：高钾血症、低血压和急性肾损伤，且无结局获益；与沙库巴曲联用可致血管性水肿。',
    ],
    management: [
      'Avoid (ACE inhibitor with sacubitril/valsartan is contraindicated: stop the ACE inhibitor 36 h before).',
      '避免联用（ACEI与沙库巴曲缬沙坦禁止联用：需停用ACEI 36小时后方可换用）。',
    ],
    source:
      'ONTARGET (NEJM 2008); VA NEPHRON-D (NEJM 2013); Entresto FDA label; EMA PRAC review of dual RAAS blockade 2014',
  },
  {
    id: 'arb_renin',
    group: 'dual_raas',
    a: ['arb'],
    b: ['renin_inhibitor'],
    severity: 'major',
    mechanism: [
      'Dual RAAS blockade: hyperkalaemia, hypotension, renal impairment.',
      '双重RAAS阻断：高钾血症、低血压、肾功能损害。',
    ],
    management: [
      'Avoid; contraindicated in diabetes or eGFR < 60.',
      '避免联用；糖尿病或eGFR<60者禁止联用。',
    ],
    source: 'Aliskiren (Tekturna) FDA label; ALTITUDE trial (NEJM 2012)',
  },
  {
    id: 'raas_nsaid',
    group: 'renal_nsaid',
    a: ['raas', 'k_sparing'],
    b: ['nsaid'],
    severity: 'moderate',
    mechanism: [
      'NSAIDs blunt the antihypertensive effect and, with RAAS blockade (especially with a diuretic: "triple whammy"), cause acute kidney injury and hyperkalaemia.',
      'NSAID减弱降压作用，并与RAAS阻断（尤其再加利尿剂的"三联打击"）共同导致急性肾损伤和高钾血症。',
    ],
    management: [
      'Prefer paracetamol; if needed, short course with blood pressure, creatinine and K+ checks.',
      '首选对乙酰氨基酚；如需使用，短疗程并监测血压、肌酐和血钾。',
    ],
    alternatives: ['paracetamol'],
    source: 'Lapi et al. BMJ 2013;346:e8525 (triple whammy); ACE inhibitor labels (NSAIDs)',
  },
  // ── Vasodilators ────────────────────────────────────────────────────────────────────────────
  {
    id: 'nitrate_pde5',
    group: 'hypotension',
    a: ['no_donor', 'sgc'],
    b: ['pde5'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Nitrates/NO donors raise cGMP and PDE5 inhibitors stop its breakdown: profound, potentially fatal hypotension.',
      '硝酸酯/NO供体升高cGMP，PDE5抑制剂阻止其降解：可致严重甚至致命的低血压。',
    ],
    management: [
      'Contraindicated: no nitrate within 24 h of sildenafil/vardenafil or 48 h of tadalafil.',
      '禁止联用：西地那非/伐地那非后24小时内、他达拉非后48小时内不得使用硝酸酯类。',
    ],
    source: 'Viagra, Cialis, Levitra FDA labels; riociguat label; ACC/AHA expert consensus',
  },
  {
    id: 'riociguat_nitrate',
    group: 'hypotension',
    a: ['sgc'],
    b: ['no_donor'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Additive cGMP-mediated vasodilation: severe hypotension.',
      'cGMP介导的血管扩张叠加：严重低血压。',
    ],
    management: ['Contraindicated.', '禁止联用。'],
    source: 'Adempas (riociguat) FDA label',
  },
  {
    id: 'pde5_alpha_blocker',
    group: 'hypotension',
    a: ['pde5'],
    b: ['alpha_blocker'],
    severity: 'moderate',
    mechanism: [
      'Additive vasodilation: symptomatic orthostatic hypotension.',
      '血管扩张叠加：症状性体位性低血压。',
    ],
    management: [
      'Be stable on the alpha-blocker first, start the PDE5 inhibitor at the lowest dose, separate dosing.',
      '先稳定使用α受体阻滞剂，PDE5抑制剂从最低剂量开始，错开服药时间。',
    ],
    source: 'Sildenafil, tadalafil, vardenafil FDA labels (alpha-blockers)',
  },
  // ── CNS and respiratory depression ──────────────────────────────────────────────────────────
  {
    id: 'opioid_benzodiazepine',
    group: 'cns',
    a: ['opioid'],
    b: ['benzo', 'z_drug'],
    severity: 'major',
    mechanism: [
      'Opioid plus benzodiazepine or Z-drug: additive CNS and respiratory depression, coma and death.',
      '阿片类联用苯二氮䓬类或Z类药物：中枢及呼吸抑制叠加，可致昏迷和死亡。',
    ],
    management: [
      'Avoid; if unavoidable, lowest doses, shortest duration, monitor sedation and breathing, naloxone available.',
      '避免联用；如无法避免，采用最低剂量和最短疗程，监测镇静和呼吸，备纳洛酮。',
    ],
    source:
      'FDA boxed warning on opioids with benzodiazepines (2016); CDC opioid prescribing guideline 2022',
  },
  {
    id: 'opioid_gabapentinoid',
    group: 'cns',
    a: ['opioid'],
    b: ['gabapentinoid'],
    severity: 'moderate',
    mechanism: [
      'Additive respiratory depression (gabapentin/pregabalin raise opioid-related death risk).',
      '呼吸抑制叠加（加巴喷丁/普瑞巴林增加阿片相关死亡风险）。',
    ],
    management: [
      'Start low, titrate slowly and monitor for sedation and breathing problems.',
      '小剂量起始，缓慢滴定，监测镇静和呼吸。',
    ],
    source:
      'FDA Drug Safety Communication 2019 (gabapentinoids and respiratory depression); Gomes et al. PLoS Med 2017',
  },
  {
    id: 'sedative_pair',
    group: 'cns',
    a: ['benzo', 'z_drug'],
    b: [
      'benzo',
      'z_drug',
      'sedating_antihistamine',
      'gabapentinoid',
      'antipsychotic',
      'muscle_relaxant',
    ],
    notB: ['opioid'],
    severity: 'moderate',
    additive: true,
    mechanism: [
      'Additive sedation and psychomotor impairment (falls, respiratory depression).',
      '镇静和精神运动损害叠加（跌倒、呼吸抑制）。',
    ],
    management: [
      'Avoid combining hypnotics; if needed use the lowest doses and warn about driving and falls.',
      '避免多种催眠镇静药联用；如需联用采用最低剂量，并告知驾驶和跌倒风险。',
    ],
    source: 'AGS Beers Criteria 2023 (≥ 3 CNS-active drugs); benzodiazepine and Z-drug labels',
  },
  // ── Narrow-therapeutic-index drugs ──────────────────────────────────────────────────────────
  {
    id: 'methotrexate_antifolate',
    group: 'methotrexate',
    a: ['mtx'],
    b: ['mtx_major', 'sulfamethoxazole'],
    severity: 'major',
    mechanism: [
      'Trimethoprim (antifolate) and sulfonamides/probenecid reduce methotrexate renal clearance and displace it: pancytopenia, mucositis, deaths reported even with low-dose methotrexate.',
      '甲氧苄啶（抗叶酸）及磺胺类/丙磺舒减少甲氨蝶呤肾清除并置换其蛋白结合：可致全血细胞减少、黏膜炎，低剂量甲氨蝶呤亦有死亡报告。',
    ],
    management: [
      'Avoid; choose another antibiotic (e.g. nitrofurantoin for cystitis).',
      '避免联用；换用其他抗菌药（如膀胱炎用呋喃妥因）。',
    ],
    alternatives: ['nitrofurantoin', 'amoxicillin'],
    source: 'Methotrexate FDA label; MHRA Drug Safety Update; Stockley’s Drug Interactions',
  },
  {
    id: 'methotrexate_nsaid',
    group: 'methotrexate',
    a: ['mtx'],
    b: ['nsaid', 'mtx_clearance'],
    severity: 'moderate',
    mechanism: [
      'Reduced renal (or, for PPIs, tubular) clearance of methotrexate: higher levels and toxicity, mainly with high-dose methotrexate.',
      '甲氨蝶呤肾（PPI为肾小管）清除减少：血药浓度升高和毒性，主要见于大剂量甲氨蝶呤。',
    ],
    management: [
      'Low-dose weekly methotrexate: monitor blood counts and renal function; avoid with high-dose regimens.',
      '每周小剂量甲氨蝶呤：监测血常规和肾功能；大剂量方案避免联用。',
    ],
    source: 'Methotrexate FDA label (NSAIDs, penicillins, PPIs)',
  },
  {
    id: 'lithium_thiazide',
    group: 'lithium',
    a: ['lithium'],
    b: ['lithium_raise_major'],
    severity: 'major',
    mechanism: [
      'Thiazides cut lithium clearance by 25–40%: lithium toxicity.',
      '噻嗪类使锂清除减少25%–40%：锂中毒。',
    ],
    management: [
      'Avoid; if needed reduce lithium and check levels within 5–7 days.',
      '避免联用；如需联用，减少锂剂量并在5–7天内监测血锂。',
    ],
    source: 'Lithium FDA label (diuretics); Stockley’s Drug Interactions',
  },
  {
    id: 'lithium_raas_nsaid',
    group: 'lithium',
    a: ['lithium'],
    b: ['raas', 'nsaid', 'loop_diuretic'],
    severity: 'moderate',
    mechanism: [
      'Reduced renal lithium clearance: levels rise, risk of toxicity.',
      '锂肾清除减少：血锂升高，有中毒风险。',
    ],
    management: [
      'Check lithium levels within a week of starting or changing the dose.',
      '开始或调整剂量后1周内监测血锂。',
    ],
    source: 'Lithium FDA label (ACE inhibitors, ARBs, NSAIDs)',
  },
  {
    id: 'thiopurine_xo',
    group: 'thiopurine',
    a: ['xo_inhibitor'],
    b: ['thiopurine'],
    severity: 'major',
    mechanism: [
      'Xanthine oxidase inhibition blocks azathioprine/mercaptopurine breakdown: life-threatening myelosuppression.',
      '黄嘌呤氧化酶抑制阻断硫唑嘌呤/巯嘌呤代谢：可致危及生命的骨髓抑制。',
    ],
    management: [
      'Avoid (febuxostat is contraindicated); with allopurinol reduce the thiopurine to 25% and monitor counts.',
      '避免联用（非布司他禁止联用）；与别嘌醇联用时硫嘌呤类减至25%并监测血常规。',
    ],
    source: 'Azathioprine (Imuran) and febuxostat (Uloric) FDA labels',
  },
  {
    id: 'valproate_carbapenem',
    group: 'valproate',
    a: ['valproate_lowering'],
    b: ['valproate'],
    severity: 'major',
    mechanism: [
      'Carbapenems cut valproate levels by 60–100% within a day: breakthrough seizures.',
      '碳青霉烯类在1天内使丙戊酸浓度降低60%–100%：可致癫痫发作。',
    ],
    management: [
      'Avoid; use a non-carbapenem antibiotic or an alternative antiepileptic.',
      '避免联用；换用非碳青霉烯类抗菌药或其他抗癫痫药。',
    ],
    source: 'Meropenem and valproate FDA labels; EMA SmPCs',
  },
  {
    id: 'valproate_lamotrigine',
    group: 'valproate',
    a: ['valproate'],
    b: ['lamotrigine'],
    severity: 'moderate',
    mechanism: [
      'Valproate doubles lamotrigine levels: serious rash (SJS/TEN) risk.',
      '丙戊酸使拉莫三嗪浓度翻倍：严重皮疹（SJS/TEN）风险。',
    ],
    management: [
      'Use the reduced lamotrigine titration schedule for patients on valproate.',
      '使用丙戊酸者按减量方案滴定拉莫三嗪。',
    ],
    source: 'Lamictal FDA label (boxed warning, dosing with valproate)',
  },
  {
    id: 'gemfibrozil_statin',
    group: 'statin_fibrate',
    a: ['gemfibrozil_statin'],
    b: ['statin', 'gemfibrozil_sensitive'],
    severity: 'major',
    mechanism: [
      'Gemfibrozil inhibits statin glucuronidation/OATP1B1 and CYP2C8 (repaglinide): rhabdomyolysis or hypoglycaemia.',
      '吉非罗齐抑制他汀葡萄糖醛酸化/OATP1B1及CYP2C8（瑞格列奈）：横纹肌溶解或低血糖。',
    ],
    management: [
      'Avoid; use fenofibrate if a fibrate is needed.',
      '避免联用；如需贝特类，换用非诺贝特。',
    ],
    alternatives: ['fenofibrate'],
    source: 'Simvastatin, rosuvastatin and repaglinide FDA labels (gemfibrozil)',
  },
  // ── Heart rate and rhythm ───────────────────────────────────────────────────────────────────
  {
    id: 'beta_blocker_verapamil',
    group: 'rate',
    a: ['beta_blocker'],
    b: ['verapamil'],
    severity: 'major',
    mechanism: [
      'Additive negative chronotropy/inotropy and AV block: bradycardia, heart block, heart failure.',
      '负性变时/变力作用及房室传导阻滞叠加：心动过缓、传导阻滞、心衰。',
    ],
    management: [
      'Avoid (never IV verapamil with a beta-blocker); if combined orally, monitor heart rate and ECG.',
      '避免联用（β受体阻滞剂患者禁止静注维拉帕米）；口服联用时监测心率和心电图。',
    ],
    alternatives: ['amlodipine'],
    source: 'Verapamil FDA label; BNF interactions',
  },
  {
    id: 'rate_lowering_pair',
    group: 'rate',
    a: ['beta_blocker', 'ivabradine'],
    b: ['diltiazem', 'amiodarone', 'dronedarone', 'ivabradine'],
    notB: ['beta_blocker'],
    severity: 'moderate',
    mechanism: [
      'Additive slowing of heart rate and AV conduction: bradycardia.',
      '减慢心率和房室传导作用叠加：心动过缓。',
    ],
    management: [
      'Monitor heart rate and ECG; reduce doses if bradycardic (ivabradine with diltiazem/verapamil is contraindicated).',
      '监测心率和心电图；心动过缓时减量（伊伐布雷定与地尔硫䓬/维拉帕米禁止联用）。',
    ],
    source: 'Diltiazem, amiodarone, ivabradine FDA labels',
  },
  {
    id: 'digoxin_hypokalaemia',
    group: 'digoxin',
    a: ['digoxin'],
    b: ['hypok'],
    severity: 'moderate',
    mechanism: [
      'Diuretic-induced hypokalaemia/hypomagnesaemia sensitises the heart to digoxin toxicity.',
      '利尿剂引起的低钾/低镁使心脏对地高辛毒性更敏感。',
    ],
    management: [
      'Monitor potassium, magnesium and digoxin levels.',
      '监测血钾、血镁和地高辛浓度。',
    ],
    source: 'Digoxin (Lanoxin) FDA label',
  },
  // ── Absorption ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'chelation',
    group: 'absorption',
    a: ['cation'],
    b: ['chelates'],
    severity: 'moderate',
    mechanism: [
      'Polyvalent cations (Al, Mg, Ca, Fe, Zn) chelate fluoroquinolones/tetracyclines: absorption falls by up to 90%, treatment failure.',
      '多价阳离子（铝、镁、钙、铁、锌）与喹诺酮/四环素类螯合：吸收减少可达90%，治疗失败。',
    ],
    management: [
      'Take the antibiotic 2 h before or 4–6 h after the antacid, calcium or iron.',
      '抗菌药在抗酸药、钙剂或铁剂前2小时或后4–6小时服用。',
    ],
    source: 'Ciprofloxacin, levofloxacin, doxycycline FDA labels',
  },
  {
    id: 'chelation_minor',
    group: 'absorption',
    a: ['cation'],
    b: ['chelated_minor'],
    severity: 'minor',
    mechanism: [
      'Calcium, iron or antacids reduce absorption of levothyroxine/bisphosphonates.',
      '钙剂、铁剂或抗酸药减少左甲状腺素/双膦酸盐吸收。',
    ],
    management: [
      'Separate doses by at least 4 h (bisphosphonate: 30 min before anything else).',
      '间隔至少4小时服用（双膦酸盐需在其他药物前30分钟空腹服用）。',
    ],
    source: 'Levothyroxine and alendronate FDA labels',
  },
  // ── Migraine ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'triptan_ergot',
    group: 'vasoconstriction',
    a: ['triptan'],
    b: ['ergot'],
    severity: 'major',
    contraindicated: true,
    mechanism: [
      'Additive vasoconstriction: coronary vasospasm.',
      '血管收缩作用叠加：冠状动脉痉挛。',
    ],
    management: ['Contraindicated within 24 h of each other.', '24小时内禁止联用。'],
    source: 'Sumatriptan (Imitrex) FDA label; ergotamine label',
  },
  // ── Other ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'methotrexate_ppi',
    group: 'methotrexate',
    a: ['mtx'],
    b: ['ppi'],
    severity: 'minor',
    mechanism: [
      'PPIs may delay methotrexate elimination, mainly with high-dose methotrexate.',
      'PPI可能延缓甲氨蝶呤排泄，主要见于大剂量甲氨蝶呤。',
    ],
    management: [
      'With high-dose methotrexate consider an H2 antagonist or stopping the PPI.',
      '大剂量甲氨蝶呤时考虑换用H2受体拮抗剂或暂停PPI。',
    ],
    source: 'Methotrexate FDA label (proton pump inhibitors)',
  },
  {
    id: 'sulfonylurea_2c9',
    group: 'hypoglycaemia',
    a: ['2c9_inh', '3a4_strong'],
    b: ['sulfonylurea', 'glinide'],
    severity: 'moderate',
    mechanism: [
      'Inhibited metabolism of the sulfonylurea/glinide: hypoglycaemia.',
      '磺脲类/格列奈类代谢受抑制：低血糖。',
    ],
    management: [
      'Monitor blood glucose closely; reduce the secretagogue dose if needed.',
      '密切监测血糖，必要时减少促泌剂剂量。',
    ],
    source:
      'Glimepiride, glipizide and repaglinide FDA labels; Schelleman et al. Clin Pharmacol Ther 2010',
  },
  {
    id: 'nsaid_corticosteroid',
    group: 'gi',
    a: ['nsaid'],
    b: ['systemic_corticosteroid'],
    severity: 'moderate',
    mechanism: [
      'Additive risk of peptic ulcer and GI bleeding.',
      '消化性溃疡和消化道出血风险叠加。',
    ],
    management: ['Avoid if possible; otherwise add a PPI.', '尽量避免；否则加用PPI。'],
    source: 'NSAID FDA class labelling (GI risk with corticosteroids); NICE CKS NSAIDs',
  },
  {
    id: 'quinolone_corticosteroid',
    group: 'tendon',
    a: ['tendon'],
    b: ['systemic_corticosteroid'],
    severity: 'moderate',
    mechanism: [
      'Fluoroquinolone plus corticosteroid: higher risk of tendinitis and tendon rupture, especially over 60.',
      '氟喹诺酮联用糖皮质激素：肌腱炎和肌腱断裂风险增加，60岁以上尤甚。',
    ],
    management: [
      'Avoid where possible; stop at the first tendon pain.',
      '尽量避免；出现肌腱疼痛立即停药。',
    ],
    source: 'Fluoroquinolone FDA boxed warning (tendon rupture with corticosteroids); MHRA 2019',
  },
  {
    id: 'nonselective_bb_beta2',
    group: 'bronchospasm',
    a: ['bb_nonselective'],
    b: ['beta2'],
    severity: 'moderate',
    mechanism: [
      'Non-selective beta-blockade antagonises beta-2 agonists and can provoke bronchospasm.',
      '非选择性β受体阻滞剂拮抗β2激动剂，可诱发支气管痉挛。',
    ],
    management: [
      'Use a cardioselective beta-blocker (bisoprolol, metoprolol) in patients who need bronchodilators.',
      '需要支气管扩张剂者选用心脏选择性β受体阻滞剂（比索洛尔、美托洛尔）。',
    ],
    alternatives: ['bisoprolol', 'metoprolol'],
    source: 'Propranolol FDA label; GINA/GOLD reports',
  },
  {
    id: 'dopamine_antagonist_levodopa',
    group: 'dopamine',
    a: ['dopaminergic'],
    b: ['parkinson_worsen'],
    severity: 'moderate',
    mechanism: [
      'Dopamine-D2 antagonists oppose levodopa and dopamine agonists: worsening parkinsonism.',
      '多巴胺D2受体拮抗剂对抗左旋多巴和多巴胺激动剂：帕金森症状加重。',
    ],
    management: [
      'Avoid; use domperidone for nausea and quetiapine or clozapine if an antipsychotic is needed.',
      '避免联用；止吐用多潘立酮，需抗精神病药时用喹硫平或氯氮平。',
    ],
    alternatives: ['domperidone', 'quetiapine'],
    source: 'NICE NG71 Parkinson’s disease; levodopa labels',
  },
  {
    id: 'nephrotoxic_pair',
    group: 'nephrotoxicity',
    a: ['aminoglycoside'],
    b: ['glycopeptide', 'loop_diuretic', 'polymyxin_b', 'colistin', 'ciclosporin', 'tacrolimus'],
    severity: 'moderate',
    mechanism: [
      'Additive nephrotoxicity (and ototoxicity with loop diuretics).',
      '肾毒性叠加（与袢利尿剂联用还有耳毒性叠加）。',
    ],
    management: [
      'Monitor renal function and drug levels; avoid high-dose loop diuretics.',
      '监测肾功能和血药浓度；避免大剂量袢利尿剂。',
    ],
    source: 'Gentamicin and vancomycin FDA labels',
  },
  {
    id: 'disulfiram_like',
    group: 'disulfiram',
    a: ['disulfiram_like'],
    b: ['disulfiram_like'],
    severity: 'minor',
    additive: true,
    mechanism: [
      'Both cause disulfiram-like reactions with alcohol.',
      '两者均可与酒精产生双硫仑样反应。',
    ],
    management: ['No alcohol during and for 72 h after.', '用药期间及停药后72小时内禁酒。'],
    source: 'Metronidazole and cefoperazone labels',
  },
];
