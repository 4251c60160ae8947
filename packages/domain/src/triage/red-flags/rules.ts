/**
 * Red-flag rules: any one that holds ends the interview as `emergency`. Never weighed against
 * other evidence. `when` is a list of clauses; every clause needs one of its concepts present.
 */
export interface RedFlagRule {
  id: string;
  en: string;
  zh: string;
  when: readonly (readonly string[])[];
  /** Only for patients in this age range (months, inclusive min, exclusive max). */
  ageMonths?: readonly [min: number, max: number];
  sex?: 'male' | 'female';
  source: string;
}

const CHEST = ['chest_pain', 'chest_tightness'];

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  { id: 'rf_acs', en: 'Chest pain with heart-attack warning signs', zh: '胸痛伴心梗警示症状', when: [CHEST, ['pain_radiating_arm_jaw', 'sweating', 'breathlessness', 'fainting', 'nausea_vomiting', 'repeated_vomiting', 'onset_within_hours']], source: 'NICE CG95 chest pain of recent onset; AHA heart attack warning signs' },
  { id: 'rf_chest_pressure', en: 'Crushing or pressing central chest pain', zh: '压榨样胸痛', when: [['chest_pain'], ['chest_tightness']], source: 'NICE CG95; AHA heart attack warning signs' },
  { id: 'rf_palpitations_unstable', en: 'Palpitations with chest pain, fainting or breathlessness', zh: '心慌伴胸痛、晕厥或气短', when: [['palpitations', 'fast_pulse', 'irregular_pulse'], [...CHEST, 'fainting', 'breathlessness', 'severe_breathing_difficulty']], source: 'NICE CKS palpitations (red flags); NICE NG196 atrial fibrillation (haemodynamic instability); ESC 2024 AF' },
  { id: 'rf_exertional_syncope', en: 'Fainting during exertion or with chest pain', zh: '活动中晕厥或晕厥伴胸痛', when: [['fainting'], ['exertional', ...CHEST, 'palpitations']], source: 'NICE CG109 transient loss of consciousness; ESC 2018 syncope' },
  { id: 'rf_aortic', en: 'Sudden tearing chest or back pain', zh: '突发撕裂样胸背痛', when: [['tearing_pain']], source: 'ESC 2014 aortic diseases; NICE CKS chest pain' },
  { id: 'rf_pe', en: 'Breathlessness or chest pain with clot risk or coughing blood', zh: '气短或胸痛伴血栓风险或咳血', when: [['breathlessness', 'pleuritic_chest_pain', ...CHEST], ['calf_swelling', 'recent_surgery_travel', 'coughing_blood']], source: 'NICE NG158 venous thromboembolic diseases (suspected PE)' },
  { id: 'rf_stroke_face', en: 'Face drooping on one side (FAST)', zh: '一侧口角歪斜（FAST）', when: [['facial_droop']], source: 'NICE NG128 stroke (FAST); AHA/ASA BE-FAST' },
  { id: 'rf_stroke_arm', en: 'One-sided arm or leg weakness or numbness (FAST)', zh: '一侧肢体无力或麻木（FAST）', when: [['arm_weakness']], source: 'NICE NG128 stroke (FAST); AHA/ASA BE-FAST' },
  { id: 'rf_stroke_speech', en: 'Slurred or lost speech (FAST)', zh: '说话含糊或说不出话（FAST）', when: [['slurred_speech']], source: 'NICE NG128 stroke (FAST); AHA/ASA BE-FAST' },
  { id: 'rf_vision_loss', en: 'Sudden loss of vision', zh: '突然视力丧失', when: [['sudden_vision_loss']], source: 'AHA/ASA BE-FAST; NICE CKS red eye / sudden visual loss' },
  { id: 'rf_balance', en: 'Sudden loss of balance with headache, vision or speech change', zh: '突然失衡伴头痛、视力或言语改变', when: [['severe_dizziness_balance'], ['headache', 'visual_disturbance', 'slurred_speech', 'sudden_onset', 'repeated_vomiting']], source: 'AHA/ASA BE-FAST; NICE CKS vertigo (central causes)' },
  { id: 'rf_confusion', en: 'New confusion or hard to wake', zh: '新出现的意识混乱或难以唤醒', when: [['sudden_confusion']], source: 'NICE NG51 sepsis; Manchester Triage System (altered conscious level)' },
  { id: 'rf_shock', en: 'Very low blood pressure or signs of shock', zh: '血压极低或休克征象', when: [['low_blood_pressure']], source: 'NICE NG51 sepsis (systolic BP ≤ 90 mmHg is high risk); Manchester Triage System (shock)' },
  { id: 'rf_unconscious', en: 'Unconscious, not breathing normally', zh: '昏迷或呼吸异常', when: [['unconscious']], source: 'Resuscitation Council UK 2021 basic life support' },
  { id: 'rf_seizure', en: 'A fit or seizure', zh: '抽搐发作', when: [['seizure']], source: 'NICE NG217 epilepsies (first seizure / status); NICE CKS febrile seizure' },
  { id: 'rf_thunderclap', en: 'Sudden, worst-ever headache', zh: '突发一生中最剧烈的头痛', when: [['thunderclap_headache']], source: 'NICE CKS headache assessment (thunderclap headache: subarachnoid haemorrhage)' },
  { id: 'rf_meningitis', en: 'Fever or headache with stiff neck, light sensitivity or a non-blanching rash', zh: '发烧或头痛伴颈项强直、怕光或压之不褪色皮疹', when: [['fever', 'high_fever'], ['neck_stiffness', 'non_blanching_rash', 'photophobia']], source: 'NICE NG240 bacterial meningitis and meningococcal disease' },
  { id: 'rf_headache_neck', en: 'Headache with a stiff neck', zh: '头痛伴颈项强直', when: [['headache'], ['neck_stiffness']], source: 'NICE CKS headache assessment (red flags: subarachnoid haemorrhage, meningitis)' },
  { id: 'rf_petechial_rash', en: 'Rash that does not fade under a glass', zh: '压之不褪色的皮疹', when: [['non_blanching_rash']], source: 'NICE NG240; NICE NG143 fever in under 5s (red features)' },
  { id: 'rf_head_injury', en: 'Head injury with warning signs', zh: '头部外伤伴警示症状', when: [['head_injury'], ['fainting', 'repeated_vomiting', 'anticoagulant', 'sudden_confusion', 'seizure', 'headache', 'unconscious', 'visual_disturbance']], source: 'NICE NG232 head injury (2023)' },
  { id: 'rf_anaphylaxis_airway', en: 'Swelling of tongue or throat, or noisy breathing in', zh: '舌头或喉咙肿胀，或吸气喘鸣', when: [['tongue_throat_swelling', 'stridor']], source: 'Resuscitation Council UK 2021 anaphylaxis; NICE CG134' },
  { id: 'rf_anaphylaxis', en: 'Allergic swelling or hives with breathing trouble or faintness', zh: '过敏性肿胀或荨麻疹伴呼吸困难或头晕', when: [['lip_swelling', 'hives', 'allergen_exposure'], ['wheeze', 'breathlessness', 'hoarse_voice', 'fainting', 'severe_breathing_difficulty', 'tongue_throat_swelling']], source: 'Resuscitation Council UK 2021 anaphylaxis; NICE CG134' },
  { id: 'rf_allergen_swelling', en: 'Face or lip swelling after an allergen', zh: '接触过敏原后面部或嘴唇肿胀', when: [['allergen_exposure'], ['lip_swelling']], source: 'Resuscitation Council UK 2021 anaphylaxis' },
  { id: 'rf_severe_asthma', en: 'Too breathless to speak in sentences', zh: '喘得说不成句', when: [['cannot_complete_sentences']], source: 'BTS/SIGN 158 asthma (acute severe asthma)' },
  { id: 'rf_asthma_reliever', en: 'Asthma or wheeze not relieved by the inhaler', zh: '哮喘或喘息吸入药无效', when: [['reliever_not_working']], source: 'BTS/SIGN 158 asthma; NHS asthma attack advice' },
  { id: 'rf_cyanosis', en: 'Blue or grey lips or skin', zh: '嘴唇或皮肤发紫', when: [['cyanosis']], source: 'BTS/SIGN 158 (life-threatening features); RCPCH/NICE NG143 traffic light (red)' },
  { id: 'rf_low_oxygen', en: 'Oxygen saturation below 92%', zh: '血氧低于92%', when: [['low_oxygen']], source: 'BTS/SIGN 158; NICE NG143 (SpO2 < 92% is red)' },
  { id: 'rf_severe_breathing', en: 'Severe difficulty breathing at rest', zh: '静息时严重呼吸困难', when: [['severe_breathing_difficulty']], source: 'Manchester Triage System (airway/breathing discriminators); NHS 111 breathing problems' },
  { id: 'rf_child_breathing', en: 'Child breathing fast with the ribs sucking in or grunting', zh: '孩子呼吸快伴三凹征或呻吟', when: [['chest_recession']], source: 'RCPCH / NICE NG143 traffic light (red: grunting, moderate or severe chest indrawing)' },
  { id: 'rf_stridor_child', en: 'Child breathing fast with wheeze and fever', zh: '孩子呼吸急促伴喘息和发烧', when: [['fast_breathing'], ['wheeze', 'stridor', 'breathlessness']], ageMonths: [0, 60], source: 'RCPCH / NICE NG143 traffic light (respiratory rate)' },
  { id: 'rf_infant_fever', en: 'Fever in a baby under 3 months', zh: '3个月以下婴儿发烧', when: [['fever', 'high_fever']], ageMonths: [0, 3], source: 'NICE NG143 fever in under 5s (age < 3 months with temperature ≥ 38 °C is red); RCPCH traffic light' },
  { id: 'rf_child_red_features', en: 'Child floppy, hard to wake or with a weak high-pitched cry', zh: '孩子软绵无力、难以唤醒或哭声微弱尖厉', when: [['floppy_infant']], ageMonths: [0, 144], source: 'RCPCH / NICE NG143 traffic light (red: no response to social cues, weak high-pitched cry, bulging fontanelle)' },
  { id: 'rf_dehydration_child', en: 'Child passing no urine with vomiting or diarrhoea', zh: '孩子呕吐腹泻且无尿', when: [['no_urine']], ageMonths: [0, 144], source: 'NICE CG84 diarrhoea and vomiting in children (clinical dehydration / shock)' },
  { id: 'rf_sepsis', en: 'Fever with signs of sepsis', zh: '发烧伴脓毒症征象', when: [['fever', 'high_fever'], ['mottled_skin', 'sudden_confusion', 'no_urine', 'very_unwell', 'fast_breathing', 'cyanosis']], source: 'NICE NG51 sepsis (high-risk criteria); UK Sepsis Trust' },
  { id: 'rf_neutropenic', en: 'Fever during chemotherapy or with a weak immune system', zh: '化疗期间或免疫低下时发烧', when: [['fever', 'high_fever'], ['chemotherapy']], source: 'NICE NG151 neutropenic sepsis' },
  { id: 'rf_epiglottitis', en: 'Sore throat with drooling, cannot swallow or open the mouth', zh: '咽痛伴流口水、无法吞咽或张口', when: [['drooling', 'trismus']], source: 'NICE NG84 sore throat (severe systemic illness, epiglottitis, quinsy: admit)' },
  { id: 'rf_gi_bleed', en: 'Vomiting blood or black, tarry stools', zh: '呕血或柏油样黑便', when: [['vomiting_blood', 'black_stool']], source: 'NICE CG141 acute upper gastrointestinal bleeding' },
  { id: 'rf_heavy_bleeding', en: 'Heavy bleeding that will not stop', zh: '大量出血止不住', when: [['heavy_bleeding']], source: 'Manchester Triage System (exsanguinating / uncontrollable haemorrhage)' },
  { id: 'rf_rectal_bleed_faint', en: 'Bleeding from the back passage with dizziness or fainting', zh: '便血伴头晕或晕厥', when: [['rectal_bleeding'], ['fainting', 'fast_pulse', 'mottled_skin']], source: 'NICE CG141; BSG lower GI bleeding guideline' },
  { id: 'rf_appendicitis', en: 'Right lower abdominal pain with fever, vomiting or pain on moving', zh: '右下腹痛伴发烧、呕吐或活动加重', when: [['right_lower_abdominal_pain'], ['fever', 'nausea_vomiting', 'repeated_vomiting', 'pain_worse_moving', 'loss_of_appetite']], source: 'NICE CKS appendicitis (suspected: same-day surgical assessment)' },
  { id: 'rf_peritonitis', en: 'Abdomen rigid, or severe pain worse on any movement', zh: '腹部僵硬或活动时剧痛', when: [['rigid_abdomen']], source: 'NICE CKS acute abdominal pain; Manchester Triage System abdominal pain' },
  { id: 'rf_obstruction', en: 'Swollen belly, vomiting and no stool or wind', zh: '腹胀、呕吐且停止排便排气', when: [['distension_no_stool'], ['nausea_vomiting', 'repeated_vomiting', 'abdominal_pain']], source: 'NICE CKS acute abdomen (intestinal obstruction)' },
  { id: 'rf_ectopic', en: 'Pregnant or period missed, with abdominal pain, bleeding or fainting', zh: '怀孕或停经伴腹痛、出血或晕厥', when: [['pregnant', 'missed_period'], ['abdominal_pain', 'one_sided_pelvic_pain', 'shoulder_tip_pain', 'vaginal_bleeding', 'fainting']], sex: 'female', source: 'NICE NG126 ectopic pregnancy and miscarriage' },
  { id: 'rf_preeclampsia', en: 'Pregnant with severe headache, vision change or sudden swelling', zh: '孕期剧烈头痛、视物异常或突然水肿', when: [['pregnant'], ['headache', 'visual_disturbance', 'face_hand_swelling']], sex: 'female', source: 'NICE NG133 hypertension in pregnancy (pre-eclampsia symptoms)' },
  { id: 'rf_fetal_movement', en: 'Pregnant and the baby is moving less, or waters broken', zh: '孕期胎动减少或破水', when: [['reduced_fetal_movement', 'waters_broken']], sex: 'female', source: 'RCOG Green-top 57 reduced fetal movements; NICE NG235 intrapartum care' },
  { id: 'rf_torsion', en: 'Sudden testicular pain', zh: '突发睾丸疼痛', when: [['testicular_pain'], ['sudden_onset', 'nausea_vomiting', 'repeated_vomiting', 'abdominal_pain']], sex: 'male', source: 'NICE CKS scrotal pain and swelling (suspected torsion: immediate referral); EAU paediatric urology' },
  { id: 'rf_ovarian_torsion', en: 'Sudden one-sided pelvic pain with vomiting', zh: '突发一侧下腹痛伴呕吐', when: [['one_sided_pelvic_pain'], ['sudden_onset'], ['nausea_vomiting', 'repeated_vomiting']], sex: 'female', source: 'NICE CKS acute pelvic pain (ovarian torsion)' },
  { id: 'rf_retention', en: 'Cannot pass urine at all', zh: '完全排不出尿', when: [['urinary_retention']], source: 'NICE CKS LUTS in men (acute urinary retention: same-day referral)' },
  { id: 'rf_cauda_equina', en: 'Back pain with saddle numbness, bladder or bowel change, or both legs weak', zh: '腰痛伴会阴麻木、大小便异常或双腿无力', when: [['saddle_numbness', 'bladder_bowel_loss', 'bilateral_leg_weakness']], source: 'NICE NG59 low back pain and sciatica; GIRFT cauda equina pathway' },
  { id: 'rf_septic_joint', en: 'Hot swollen joint with fever', zh: '关节红肿热痛伴发烧', when: [['hot_swollen_joint', 'joint_swelling'], ['fever', 'high_fever']], source: 'NICE CKS septic arthritis; BSR/BOA septic arthritis guideline' },
  { id: 'rf_limb_ischaemia', en: 'Cold, pale, painful limb', zh: '肢体冰冷苍白疼痛', when: [['cold_pale_limb']], source: 'NICE CG147 peripheral arterial disease (acute limb ischaemia)' },
  { id: 'rf_open_fracture', en: 'Obvious deformity or bone through the skin', zh: '明显畸形或骨头刺出皮肤', when: [['deformity_open_wound']], source: 'NICE NG38 fractures (complex); Manchester Triage System limb problems' },
  { id: 'rf_hip_fracture', en: 'Cannot bear weight after a fall or injury in an older adult', zh: '老年人跌倒或受伤后无法负重', when: [['trauma'], ['unable_to_bear_weight'], ['hip_pain', 'leg_pain']], ageMonths: [780, 1800], source: 'NICE CG124 hip fracture' },
  { id: 'rf_eye_injury', en: 'Chemical or penetrating eye injury', zh: '眼部化学伤或穿通伤', when: [['eye_chemical_injury']], source: 'Royal College of Ophthalmologists; Manchester Triage System eye problems' },
  { id: 'rf_acute_glaucoma', en: 'Painful eye with blurred vision, halos or vomiting', zh: '眼痛伴视物模糊、光晕或呕吐', when: [['eye_pain'], ['visual_disturbance', 'nausea_vomiting', 'repeated_vomiting']], source: 'NICE CKS glaucoma (acute angle-closure: immediate referral)' },
  { id: 'rf_retinal_detachment', en: 'Flashes or floaters with a shadow over the vision', zh: '闪光或飞蚊伴视野遮挡', when: [['flashes_floaters'], ['sudden_vision_loss', 'visual_disturbance']], source: 'NICE CKS retinal detachment (same-day assessment)' },
  { id: 'rf_suicide', en: 'Thoughts of suicide or self-harm', zh: '有自杀或自伤念头', when: [['suicidal_thoughts']], source: 'NICE NG225 self-harm; NICE CG136 service user experience (crisis)' },
  { id: 'rf_overdose', en: 'Overdose or poisoning', zh: '药物过量或中毒', when: [['overdose_poisoning']], source: 'NICE CKS poisoning or overdose; TOXBASE' },
  { id: 'rf_harm_others', en: 'Risk of harming others', zh: '有伤害他人的风险', when: [['harm_others']], source: 'NICE CG178 psychosis (crisis); Manchester Triage System mental illness' },
  { id: 'rf_burn', en: 'Large, deep, facial, chemical or electrical burn', zh: '大面积、深度、面部、化学或电烧伤', when: [['severe_burn']], source: 'NICE CKS burns and scalds (refer to emergency care)' },
  { id: 'rf_heat_stroke', en: 'Heat stroke', zh: '中暑（热射病）', when: [['heat_stroke']], source: 'NHS heat exhaustion and heatstroke' },
  { id: 'rf_dka', en: 'Thirst and passing much urine, with vomiting, deep breathing or drowsiness', zh: '口渴多尿伴呕吐、深大呼吸或嗜睡', when: [['known_diabetes', 'excessive_thirst'], ['repeated_vomiting', 'deep_sighing_breath', 'sudden_confusion', 'abdominal_pain']], source: 'NICE NG17/NG18 diabetes (DKA); NICE NG12' },
  { id: 'rf_hypoglycaemia', en: 'Diabetes with sweating, shaking and confusion', zh: '糖尿病伴出汗、发抖和意识模糊', when: [['known_diabetes'], ['sudden_confusion', 'fainting', 'seizure']], source: 'NICE NG17/NG28 diabetes (severe hypoglycaemia)' },
  { id: 'rf_severe_hypertension', en: 'Very high blood pressure with symptoms', zh: '血压极高伴症状', when: [['severe_hypertension'], ['headache', 'visual_disturbance', 'chest_pain', 'breathlessness', 'sudden_confusion']], source: 'NICE NG136 hypertension (accelerated hypertension: same-day referral)' },
];
