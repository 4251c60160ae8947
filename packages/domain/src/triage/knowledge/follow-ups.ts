/**
 * What to ask when a complaint is thin. `screen` lists red-flag concepts always asked for that
 * complaint (NHS 111-style pathways ask these first); `follow` lists the follow-up groups asked
 * next ("where exactly", "how it started", swelling/redness, injury, fever …) before any
 * department is named.
 */
export interface FollowUpGroup {
  en: string;
  zh: string;
  /** The patient picks one (location-style questions). */
  single?: boolean;
  items: string[];
}

export interface ComplaintPathway {
  when: string[];
  screen: string[];
  follow?: FollowUpGroup[];
  source: string;
}

const ONSET: FollowUpGroup = {
  en: 'How did it start?',
  zh: '是怎么开始的？',
  items: ['sudden_onset', 'trauma', 'muscle_strain_activity', 'symptoms_2_weeks'],
};

/** The follow-up question pathway of each chief complaint. */
export const PATHWAYS: readonly ComplaintPathway[] = [
  {
    when: ['chest_pain', 'chest_tightness'],
    screen: [
      'pain_radiating_arm_jaw',
      'sweating',
      'breathlessness',
      'fainting',
      'tearing_pain',
      'nausea_vomiting',
      'onset_within_hours',
    ],
    follow: [
      {
        en: 'What is the chest pain like?',
        zh: '胸痛是什么样的？',
        items: [
          'exertional_chest_pain',
          'chest_wall_tender',
          'pleuritic_chest_pain',
          'heartburn',
          'palpitations',
        ],
      },
    ],
    source: 'NICE CG95 chest pain; AHA warning signs',
  },
  {
    when: ['palpitations', 'irregular_pulse'],
    screen: ['chest_pain', 'chest_tightness', 'fainting', 'breathlessness'],
    follow: [
      {
        en: 'Tell us more about the heartbeat',
        zh: '再说说心跳的情况',
        items: [
          'irregular_pulse',
          'fast_pulse',
          'known_hypertension',
          'anxiety',
          'heat_intolerance_weight_loss',
        ],
      },
    ],
    source: 'NICE CKS palpitations; NICE NG196',
  },
  {
    when: ['headache'],
    screen: [
      'thunderclap_headache',
      'neck_stiffness',
      'fever',
      'sudden_confusion',
      'head_injury',
      'slurred_speech',
      'arm_weakness',
      'pregnant',
    ],
    follow: [
      {
        en: 'What is the headache like?',
        zh: '头痛是什么样的？',
        items: [
          'one_sided_throbbing_headache',
          'band_like_headache',
          'recurrent_headaches',
          'nausea_vomiting',
          'temporal_headache_jaw',
        ],
      },
    ],
    source: 'NICE CG150 headaches; NICE CKS headache red flags',
  },
  {
    when: ['abdominal_pain', 'upper_abdominal_pain'],
    screen: [
      'vomiting_blood',
      'black_stool',
      'rigid_abdomen',
      'right_lower_abdominal_pain',
      'fever',
      'pregnant',
      'missed_period',
    ],
    follow: [
      {
        en: 'Where exactly is the pain?',
        zh: '具体哪里痛？',
        single: true,
        items: [
          'upper_abdominal_pain',
          'right_upper_abdominal_pain',
          'right_lower_abdominal_pain',
          'one_sided_pelvic_pain',
          'flank_pain',
        ],
      },
      {
        en: 'What else is going on?',
        zh: '还有哪些情况？',
        items: [
          'diarrhoea',
          'nausea_vomiting',
          'heartburn',
          'dysuria',
          'period_pain',
          'constipation',
        ],
      },
    ],
    source: 'NICE CKS acute abdominal pain; Manchester Triage System abdominal pain',
  },
  {
    when: ['back_pain'],
    screen: [
      'saddle_numbness',
      'bladder_bowel_loss',
      'bilateral_leg_weakness',
      'fever',
      'cancer_history',
    ],
    follow: [
      {
        en: 'How did the back pain start?',
        zh: '腰背痛是怎么开始的？',
        items: [
          'muscle_strain_activity',
          'trauma',
          'pain_eases_rest',
          'inflammatory_back_pain',
          'flank_pain',
          'leg_pain',
        ],
      },
    ],
    source: 'NICE NG59 low back pain and sciatica',
  },
  {
    when: [
      'leg_pain',
      'unable_to_bear_weight',
      'joint_pain',
      'joint_swelling',
      'knee_pain',
      'ankle_pain',
      'hip_pain',
      'big_toe_pain',
    ],
    screen: ['calf_swelling', 'cold_pale_limb', 'fever', 'deformity_open_wound'],
    follow: [
      {
        en: 'Where exactly is the pain?',
        zh: '具体哪里疼？',
        single: true,
        items: [
          'big_toe_pain',
          'knee_pain',
          'ankle_pain',
          'hip_pain',
          'calf_swelling',
          'back_pain',
        ],
      },
      { ...ONSET },
      {
        en: 'What does the painful area look like?',
        zh: '疼的地方看起来怎样？',
        items: [
          'hot_swollen_joint',
          'joint_swelling',
          'exquisite_tenderness',
          'bone_tenderness',
          'small_joints_both_hands',
          'morning_stiffness',
        ],
      },
    ],
    source: 'NICE CKS gout / septic arthritis / knee pain; Ottawa rules',
  },
  {
    when: ['fever', 'high_fever'],
    screen: [
      'neck_stiffness',
      'non_blanching_rash',
      'sudden_confusion',
      'fast_breathing',
      'mottled_skin',
      'floppy_infant',
      'no_urine',
      'chemotherapy',
      'malaria_travel',
    ],
    follow: [
      {
        en: 'Any of these with the fever?',
        zh: '发烧时还有这些吗？',
        items: [
          'cough',
          'sore_throat',
          'ear_pain',
          'dysuria',
          'diarrhoea',
          'rash',
          'drinking_fluids',
          'alert_playing',
        ],
      },
    ],
    source: 'NICE NG143 fever in under 5s; NICE NG51 sepsis',
  },
  {
    when: ['cough', 'breathlessness', 'wheeze', 'productive_cough'],
    screen: [
      'cyanosis',
      'severe_breathing_difficulty',
      'cannot_complete_sentences',
      'stridor',
      'chest_recession',
      'coughing_blood',
      'chest_pain',
    ],
    follow: [
      {
        en: 'Tell us more about the cough or breathing',
        zh: '再说说咳嗽或呼吸的情况',
        items: [
          'fever',
          'productive_cough',
          'wheeze',
          'cough_3_weeks',
          'runny_nose',
          'known_asthma',
        ],
      },
    ],
    source: 'NICE NG120 cough; BTS/SIGN 158; NICE NG138',
  },
  {
    when: ['sore_throat'],
    screen: ['drooling', 'trismus', 'stridor', 'severe_breathing_difficulty'],
    follow: [
      {
        en: 'Any of these with the sore throat?',
        zh: '嗓子疼时还有这些吗？',
        items: ['fever', 'tonsil_exudate', 'swollen_neck_glands', 'cough', 'runny_nose'],
      },
    ],
    source: 'NICE NG84 sore throat (FeverPAIN / Centor)',
  },
  {
    when: ['rash', 'hives', 'itchy_skin', 'blisters'],
    screen: ['non_blanching_rash', 'fever', 'lip_swelling', 'breathlessness'],
    follow: [
      {
        en: 'What is the rash like?',
        zh: '皮疹是什么样的？',
        items: [
          'itchy_skin',
          'blisters',
          'band_rash_one_side',
          'spreading_red_skin',
          'dry_scaly_skin',
          'insect_bite',
        ],
      },
    ],
    source: 'NICE NG240 (non-blanching rash); NICE CKS urticaria',
  },
  {
    when: ['lip_swelling', 'allergen_exposure'],
    screen: [
      'tongue_throat_swelling',
      'wheeze',
      'breathlessness',
      'hoarse_voice',
      'fainting',
      'hives',
    ],
    source: 'Resuscitation Council UK 2021 anaphylaxis',
  },
  {
    when: ['dizziness', 'vertigo', 'fainting'],
    screen: [
      'chest_pain',
      'palpitations',
      'slurred_speech',
      'arm_weakness',
      'facial_droop',
      'severe_dizziness_balance',
      'exertional',
    ],
    follow: [
      {
        en: 'What is the dizziness like?',
        zh: '头晕是什么样的？',
        items: ['vertigo', 'positional_trigger', 'hearing_loss', 'tinnitus'],
      },
    ],
    source: 'NICE CKS vertigo; NICE CG109',
  },
  {
    when: ['eye_pain', 'red_eye', 'visual_disturbance', 'sticky_eye_discharge', 'gritty_eye'],
    screen: [
      'sudden_vision_loss',
      'eye_chemical_injury',
      'visual_disturbance',
      'eye_pain',
      'photophobia',
    ],
    follow: [
      {
        en: 'Tell us more about the eye',
        zh: '再说说眼睛的情况',
        items: [
          'sticky_eye_discharge',
          'contact_lens',
          'foreign_body_eye',
          'itchy_eyes',
          'gritty_eye',
        ],
      },
    ],
    source: 'NICE CKS red eye',
  },
  {
    when: ['low_mood', 'anxiety', 'sleep_problem'],
    screen: ['suicidal_thoughts', 'harm_others', 'hallucinations'],
    follow: [
      {
        en: 'How long and how much is this affecting you?',
        zh: '持续多久、影响有多大？',
        items: ['symptoms_2_weeks', 'sleep_problem', 'loss_of_appetite', 'postnatal'],
      },
    ],
    source: 'NICE NG222 depression; NICE CG113 anxiety',
  },
  {
    when: ['diarrhoea', 'nausea_vomiting', 'repeated_vomiting'],
    screen: [
      'vomiting_blood',
      'black_stool',
      'no_urine',
      'dehydration_signs',
      'repeated_vomiting',
      'rectal_bleeding',
    ],
    follow: [
      {
        en: 'Any of these?',
        zh: '有以下情况吗？',
        items: ['food_poisoning_exposure', 'abdominal_pain', 'fever', 'drinking_fluids'],
      },
    ],
    source: 'NICE CKS gastroenteritis; NICE CG84',
  },
  {
    when: ['weight_loss'],
    screen: ['vomiting_blood', 'black_stool', 'coughing_blood'],
    follow: [
      {
        en: 'Any of these with the weight loss?',
        zh: '体重下降时还有这些吗？',
        items: [
          'eating_disorder',
          'heat_intolerance_weight_loss',
          'excessive_thirst',
          'night_sweats',
          'swallowing_difficulty',
          'cough_3_weeks',
        ],
      },
    ],
    source:
      'NICE NG12 suspected cancer (unexplained weight loss); NICE NG69 eating disorders; NICE NG145 thyroid disease',
  },
  {
    when: ['testicular_pain', 'scrotal_swelling_gradual'],
    screen: ['sudden_onset', 'nausea_vomiting'],
    source: 'NICE CKS scrotal pain and swelling',
  },
  {
    when: ['pregnant'],
    screen: [
      'vaginal_bleeding',
      'abdominal_pain',
      'headache',
      'visual_disturbance',
      'face_hand_swelling',
      'reduced_fetal_movement',
      'waters_broken',
    ],
    source: 'NICE NG126; NICE NG133; RCOG GTG 57',
  },
  {
    when: ['missed_period', 'vaginal_bleeding'],
    screen: [
      'abdominal_pain',
      'one_sided_pelvic_pain',
      'shoulder_tip_pain',
      'fainting',
      'pregnant',
    ],
    source: 'NICE NG126 ectopic pregnancy',
  },
  {
    when: ['head_injury'],
    screen: [
      'fainting',
      'repeated_vomiting',
      'anticoagulant',
      'sudden_confusion',
      'seizure',
      'headache',
    ],
    source: 'NICE NG232 head injury',
  },
  {
    when: ['dysuria', 'urinary_frequency'],
    screen: ['fever', 'flank_pain', 'pregnant', 'haematuria'],
    follow: [
      {
        en: 'Any of these?',
        zh: '有以下情况吗？',
        items: [
          'vaginal_discharge',
          'penile_discharge',
          'weak_stream_nocturia',
          'excessive_thirst',
        ],
      },
    ],
    source: 'NICE NG109 / NG111 UTI',
  },
  {
    when: ['ear_pain'],
    screen: ['fever', 'neck_stiffness'],
    follow: [
      {
        en: 'Tell us more about the ear',
        zh: '再说说耳朵的情况',
        items: ['ear_discharge', 'hearing_loss', 'swimming_or_itchy_ear', 'runny_nose'],
      },
    ],
    source: 'NICE NG91 otitis media',
  },
];

/** Extra screen for babies and young children whatever the complaint (RCPCH traffic light). */
export const INFANT_SCREEN = [
  'floppy_infant',
  'no_urine',
  'fever',
  'chest_recession',
  'stridor',
  'non_blanching_rash',
];

/**
 * Manchester Triage System general discriminators (life threat, haemorrhage, conscious level),
 * asked once before any result that is not an emergency.
 */
export const GENERAL_DISCRIMINATORS = [
  'severe_breathing_difficulty',
  'heavy_bleeding',
  'sudden_confusion',
  'fainting',
  'cyanosis',
];

/** Asked when the complaint maps to nothing we know: rule out emergencies before anything else. */
export const UNMAPPED_SCREEN = [
  'chest_pain',
  'severe_breathing_difficulty',
  'arm_weakness',
  'slurred_speech',
  'sudden_confusion',
  'fainting',
  'heavy_bleeding',
  'suicidal_thoughts',
];
