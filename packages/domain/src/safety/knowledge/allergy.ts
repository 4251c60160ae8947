/**
 * Allergy classes and cross-sensitivity, written so that a history only alerts where the
 * evidence says cross-reactivity is real:
 * - penicillin ↔ cephalosporin cross-reactivity follows the R1 side chain (cefalexin, cefaclor,
 *   cefadroxil share amoxicillin's); dissimilar cephalosporins after a non-severe reaction are a
 *   minor note, not a contraindication (AAAAI/ACAAI drug allergy practice parameter 2022);
 * - carbapenems cross-react in < 1% (minor; moderate after anaphylaxis); aztreonam only with
 *   ceftazidime (shared side chain);
 * - sulfonamide-antibiotic allergy does not extend to non-antibiotic sulfonamides (furosemide,
 *   thiazides, celecoxib, sulfonylureas): Strom et al. NEJM 2003;349:1628;
 * - NSAID hypersensitivity extends to other COX-1 inhibitors, rarely to COX-2-selective drugs
 *   (EAACI/ENDA NSAID hypersensitivity position paper 2019); paracetamol stays silent;
 * - food, latex and contrast allergies do not cross-react with catalogue drugs (egg/soy and
 *   propofol: Asserhøj et al. BJA 2016).
 */
export interface AllergyClassDef {
  id: string;
  en: string;
  zh: string;
  /** Phrases (lower-case English, Chinese) that name the class in free text. */
  terms: string[];
  /** Ingredient tags that are members of the class. */
  members: string[];
}

export const ALLERGY_CLASSES: AllergyClassDef[] = [
  {
    id: 'beta_lactam',
    en: 'Beta-lactams',
    zh: 'β-内酰胺类',
    terms: ['beta-lactam', 'beta lactam', 'β-lactam', 'β-内酰胺', '内酰胺'],
    members: ['penicillin', 'cephalosporin', 'carbapenem'],
  },
  {
    id: 'penicillin',
    en: 'Penicillins',
    zh: '青霉素类',
    terms: ['penicillin', 'pcn', '青霉素', '西林'],
    members: ['penicillin'],
  },
  {
    id: 'cephalosporin',
    en: 'Cephalosporins',
    zh: '头孢菌素类',
    terms: ['cephalosporin', 'cephalosporins', '头孢'],
    members: ['cephalosporin'],
  },
  {
    id: 'carbapenem',
    en: 'Carbapenems',
    zh: '碳青霉烯类',
    terms: ['carbapenem', '碳青霉烯', '培南'],
    members: ['carbapenem'],
  },
  {
    id: 'sulfonamide_antibiotic',
    en: 'Sulfonamide antibiotics',
    zh: '磺胺类抗菌药',
    terms: ['sulfonamide', 'sulphonamide', 'sulfa', 'sulpha', 'co-trimoxazole', 'bactrim', '磺胺'],
    members: ['sulfa_arylamine'],
  },
  {
    id: 'nsaid',
    en: 'NSAIDs (incl. aspirin)',
    zh: '非甾体抗炎药（含阿司匹林）',
    terms: ['nsaid', 'non-steroidal', 'anti-inflammator', '非甾体', '解热镇痛'],
    members: ['nsaid', 'salicylate_like'],
  },
  {
    id: 'macrolide',
    en: 'Macrolides',
    zh: '大环内酯类',
    terms: ['macrolide', '大环内酯', '霉素类'],
    members: ['macrolide'],
  },
  {
    id: 'fluoroquinolone',
    en: 'Fluoroquinolones',
    zh: '氟喹诺酮类',
    terms: ['quinolone', '喹诺酮', '沙星'],
    members: ['fluoroquinolone'],
  },
  {
    id: 'tetracycline',
    en: 'Tetracyclines',
    zh: '四环素类',
    terms: ['tetracyclines', '四环素类'],
    members: ['tetracycline'],
  },
  {
    id: 'aminoglycoside',
    en: 'Aminoglycosides',
    zh: '氨基糖苷类',
    terms: ['aminoglycoside', '氨基糖苷'],
    members: ['aminoglycoside'],
  },
  {
    id: 'opioid',
    en: 'Opioids',
    zh: '阿片类',
    terms: ['opioid', 'opiate', '阿片'],
    members: ['opioid'],
  },
  {
    id: 'ace_inhibitor',
    en: 'ACE inhibitors',
    zh: 'ACE抑制剂（普利类）',
    terms: ['ace inhibitor', 'acei', 'ace-i', '普利', '血管紧张素转换酶'],
    members: ['ace_inhibitor', 'arni'],
  },
  { id: 'statin', en: 'Statins', zh: '他汀类', terms: ['statin', '他汀'], members: ['statin'] },
  {
    id: 'aromatic_anticonvulsant',
    en: 'Aromatic anticonvulsants',
    zh: '芳香族抗癫痫药',
    terms: ['aromatic anticonvulsant', 'anticonvulsant', '抗癫痫药'],
    members: ['aromatic_aed'],
  },
  {
    id: 'non_drug',
    en: 'Non-drug allergen (food, latex, contrast, environment)',
    zh: '非药物过敏原（食物、乳胶、造影剂、环境）',
    terms: [
      'egg',
      'peanut',
      'nut',
      'soy',
      'shellfish',
      'seafood',
      'fish',
      'milk',
      'lactose',
      'gluten',
      'latex',
      'pollen',
      'dust',
      'mite',
      'cat',
      'dog',
      'bee',
      'wasp',
      'nickel',
      'contrast',
      'iodine',
      'adhesive',
      'plaster',
      '鸡蛋',
      '蛋',
      '花生',
      '坚果',
      '大豆',
      '海鲜',
      '虾',
      '蟹',
      '鱼',
      '牛奶',
      '乳胶',
      '花粉',
      '尘螨',
      '螨',
      '猫',
      '狗',
      '蜂',
      '镍',
      '造影剂',
      '碘',
      '胶布',
    ],
    members: [],
  },
];

/** How bad the recorded reaction was. */
export type ReactionSeverity = 'severe' | 'non_severe' | 'intolerance' | 'unknown';

const SEVERE =
  /anaphyla|shock|angio-?o?edema|swelling of (the )?(face|lips|tongue|throat)|throat swelling|laryn|bronchospasm|wheez|difficulty breathing|short(ness)? of breath|stevens|sjs|\bten\b|toxic epidermal|dress|exfoliat|blister|severe|hospital|icu|过敏性休克|休克|血管(神经)?性水肿|喉头水肿|喉头|呼吸困难|喘|窒息|剥脱|大疱|重症|严重|抢救|住院/i;
const INTOLERANCE =
  /nausea|vomit|diarrh|stomach|gastric|gi upset|upset|dyspepsia|headache|dizz|drows|myalgia|muscle (pain|ache)|cough|intoleran|side effect|恶心|呕吐|腹泻|胃|头痛|头晕|嗜睡|肌痛|肌肉痛|咳嗽|不耐受|副作用/i;
const NON_SEVERE =
  /rash|hives|urticaria|itch|prurit|exanthem|maculopapular|mild|child|redness|flush|皮疹|荨麻疹|瘙痒|痒|红疹|轻度|轻微|儿时|小时候|幼时|发红/i;

/** Classifies a reaction description (English or Chinese). */
export function reactionSeverity(text: string | undefined): ReactionSeverity {
  if (!text) return 'unknown';
  // "non-severe rash" must not read as severe.
  text = text.replace(/non-?\s?severe|not severe|非严重|不严重/gi, 'mild');
  if (SEVERE.test(text)) return 'severe';
  if (NON_SEVERE.test(text)) return 'non_severe';
  if (INTOLERANCE.test(text)) return 'intolerance';
  return 'unknown';
}

export const ALLERGY_SOURCE = {
  sameClass: 'Product labels (contraindicated with hypersensitivity to the drug or its class)',
  betaLactam:
    'AAAAI/ACAAI Drug allergy practice parameter update 2022 (Khan et al., JACI 2022;150:1333); Zagursky & Pichichero, J Allergy Clin Immunol Pract 2018 (R1 side chains)',
  carbapenem: 'AAAAI/ACAAI practice parameter 2022 (carbapenem cross-reactivity < 1%)',
  aztreonam: 'Aztreonam label; AAAAI/ACAAI practice parameter 2022 (ceftazidime side chain)',
  nsaid: 'EAACI/ENDA position paper on NSAID hypersensitivity (Kowalski et al., Allergy 2019)',
  opioid:
    'AAAAI/ACAAI practice parameter 2022 (opioid hypersensitivity; phenanthrene cross-reactivity)',
  aed: 'Carbamazepine, oxcarbazepine and lamotrigine labels (cross-hypersensitivity of aromatic antiepileptics)',
  ace: 'Entresto and ARB labels; ESH guidance on ARBs after ACE-inhibitor angioedema',
  statin: 'NLA Statin Intolerance statement 2022',
};
