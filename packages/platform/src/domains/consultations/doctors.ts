/**
 * The seeded doctors: reference data the module is built with (a test can pass its own), never
 * stored, so every sandbox answers the same ids. Two or more per department; some practise from
 * London and New York, whose daylight-saving switches differ from each other and from China
 * (which has none). Documented in docs/testing/sandbox.md.
 */
import type { Schema } from '@apotheca/api-spec';

export type Doctor = Schema<'Doctor'>;
export type Department = Schema<'DoctorDepartment'>;
type Block = Schema<'WeeklyScheduleBlock'>;

const HOSPITALS = {
  beijing: { en: 'Apotheca Beijing Union Hospital', 'zh-CN': '安泰北京协和示范医院' },
  shanghai: { en: 'Apotheca Shanghai Ruijin Clinic', 'zh-CN': '安泰上海瑞金示范诊所' },
  guangzhou: { en: 'Apotheca Guangzhou Zhongshan Hospital', 'zh-CN': '安泰广州中山示范医院' },
  london: { en: 'Apotheca London Clinic', 'zh-CN': '安泰伦敦诊所' },
  newyork: { en: 'Apotheca New York Clinic', 'zh-CN': '安泰纽约诊所' },
} as const;
type HospitalKey = keyof typeof HOSPITALS;

const ZONES: Record<HospitalKey, string> = {
  beijing: 'Asia/Shanghai',
  shanghai: 'Asia/Shanghai',
  guangzhou: 'Asia/Shanghai',
  london: 'Europe/London',
  newyork: 'America/New_York',
};

const TITLES = {
  chief: { en: 'Chief Physician', 'zh-CN': '主任医师' },
  associate: { en: 'Associate Chief Physician', 'zh-CN': '副主任医师' },
  attending: { en: 'Attending Physician', 'zh-CN': '主治医师' },
  consultant: { en: 'Consultant', 'zh-CN': '顾问医师' },
} as const;

const weekdays = (days: number[], ...hours: Array<[string, string]>): Block[] =>
  days.flatMap((weekday) => hours.map(([start, end]) => ({ weekday, start, end })));

/** China's clinics: weekday mornings and afternoons. */
const CHINA_WEEK = weekdays([1, 2, 3, 4, 5], ['09:00', '12:00'], ['14:00', '17:00']);
/** Saturday mornings too. */
const CHINA_WEEK_SAT = [...CHINA_WEEK, ...weekdays([6], ['09:00', '12:00'])];
/** London and New York: mornings, Monday to Friday. */
const ABROAD_WEEK = weekdays([1, 2, 3, 4, 5], ['09:00', '12:00']);

type Row = [
  slug: string,
  department: Department,
  en: string,
  zh: string,
  title: keyof typeof TITLES,
  hospital: HospitalKey,
  languages: Array<'zh-CN' | 'en'>,
  types: Array<'text' | 'video'>,
  feeYuan: number,
];

const ROWS: Row[] = [
  [
    'chenjing',
    'emergency',
    'Chen Jing',
    '陈静',
    'chief',
    'beijing',
    ['zh-CN', 'en'],
    ['text', 'video'],
    80,
  ],
  ['zhaolei', 'emergency', 'Zhao Lei', '赵磊', 'attending', 'guangzhou', ['zh-CN'], ['video'], 50],
  [
    'liuyang',
    'cardiology',
    'Liu Yang',
    '刘洋',
    'chief',
    'beijing',
    ['zh-CN'],
    ['text', 'video'],
    120,
  ],
  [
    'sarahpatel',
    'cardiology',
    'Sarah Patel',
    '莎拉·帕特尔',
    'consultant',
    'london',
    ['en'],
    ['video'],
    35,
  ],
  [
    'wanghui',
    'respiratory',
    'Wang Hui',
    '王慧',
    'associate',
    'shanghai',
    ['zh-CN', 'en'],
    ['text', 'video'],
    90,
  ],
  [
    'sunqiang',
    'respiratory',
    'Sun Qiang',
    '孙强',
    'attending',
    'guangzhou',
    ['zh-CN'],
    ['text'],
    40,
  ],
  [
    'huangmin',
    'gastroenterology',
    'Huang Min',
    '黄敏',
    'chief',
    'shanghai',
    ['zh-CN'],
    ['text', 'video'],
    100,
  ],
  [
    'zhouping',
    'gastroenterology',
    'Zhou Ping',
    '周平',
    'attending',
    'beijing',
    ['zh-CN', 'en'],
    ['text'],
    50,
  ],
  ['wuxin', 'neurology', 'Wu Xin', '吴欣', 'chief', 'beijing', ['zh-CN'], ['video'], 150],
  [
    'jamesmiller',
    'neurology',
    'James Miller',
    '詹姆斯·米勒',
    'consultant',
    'newyork',
    ['en'],
    ['text', 'video'],
    40,
  ],
  [
    'xugang',
    'orthopedics',
    'Xu Gang',
    '徐刚',
    'associate',
    'guangzhou',
    ['zh-CN'],
    ['text', 'video'],
    80,
  ],
  [
    'majun',
    'orthopedics',
    'Ma Jun',
    '马军',
    'attending',
    'shanghai',
    ['zh-CN', 'en'],
    ['text'],
    45,
  ],
  [
    'heli',
    'rheumatology',
    'He Li',
    '何丽',
    'chief',
    'shanghai',
    ['zh-CN', 'en'],
    ['text', 'video'],
    110,
  ],
  ['guoyan', 'rheumatology', 'Guo Yan', '郭燕', 'attending', 'beijing', ['zh-CN'], ['text'], 50],
  [
    'linna',
    'dermatology',
    'Lin Na',
    '林娜',
    'associate',
    'guangzhou',
    ['zh-CN'],
    ['text', 'video'],
    70,
  ],
  [
    'emilyclark',
    'dermatology',
    'Emily Clark',
    '艾米莉·克拉克',
    'consultant',
    'london',
    ['en'],
    ['text', 'video'],
    30,
  ],
  ['luotao', 'ENT', 'Luo Tao', '罗涛', 'associate', 'beijing', ['zh-CN'], ['text', 'video'], 70],
  ['songyu', 'ENT', 'Song Yu', '宋雨', 'attending', 'guangzhou', ['zh-CN', 'en'], ['text'], 40],
  [
    'zhengkai',
    'ophthalmology',
    'Zheng Kai',
    '郑凯',
    'chief',
    'shanghai',
    ['zh-CN'],
    ['video'],
    120,
  ],
  [
    'fengxue',
    'ophthalmology',
    'Feng Xue',
    '冯雪',
    'attending',
    'beijing',
    ['zh-CN', 'en'],
    ['text', 'video'],
    50,
  ],
  [
    'caiwen',
    'pediatrics',
    'Cai Wen',
    '蔡雯',
    'chief',
    'beijing',
    ['zh-CN', 'en'],
    ['text', 'video'],
    100,
  ],
  [
    'dengfang',
    'pediatrics',
    'Deng Fang',
    '邓芳',
    'attending',
    'guangzhou',
    ['zh-CN'],
    ['text', 'video'],
    45,
  ],
  [
    'yeqing',
    'obstetrics_gynecology',
    'Ye Qing',
    '叶青',
    'chief',
    'shanghai',
    ['zh-CN'],
    ['text', 'video'],
    110,
  ],
  [
    'annagarcia',
    'obstetrics_gynecology',
    'Anna Garcia',
    '安娜·加西亚',
    'consultant',
    'newyork',
    ['en', 'zh-CN'],
    ['video'],
    45,
  ],
  [
    'panbo',
    'urology',
    'Pan Bo',
    '潘博',
    'associate',
    'guangzhou',
    ['zh-CN'],
    ['text', 'video'],
    70,
  ],
  ['dujian', 'urology', 'Du Jian', '杜建', 'attending', 'beijing', ['zh-CN', 'en'], ['text'], 45],
  [
    'jianghong',
    'endocrinology',
    'Jiang Hong',
    '蒋红',
    'chief',
    'beijing',
    ['zh-CN', 'en'],
    ['text', 'video'],
    120,
  ],
  ['yuanli', 'endocrinology', 'Yuan Li', '袁莉', 'attending', 'shanghai', ['zh-CN'], ['text'], 50],
  [
    'tangning',
    'psychiatry',
    'Tang Ning',
    '唐宁',
    'associate',
    'shanghai',
    ['zh-CN'],
    ['text', 'video'],
    150,
  ],
  [
    'davidbrown',
    'psychiatry',
    'David Brown',
    '大卫·布朗',
    'consultant',
    'london',
    ['en'],
    ['video'],
    50,
  ],
  [
    'gaoyuan',
    'general_internal_medicine',
    'Gao Yuan',
    '高远',
    'associate',
    'beijing',
    ['zh-CN', 'en'],
    ['text', 'video'],
    60,
  ],
  [
    'hanmei',
    'general_internal_medicine',
    'Han Mei',
    '韩梅',
    'attending',
    'guangzhou',
    ['zh-CN'],
    ['text', 'video'],
    35,
  ],
];

/** The seeded doctors, in a stable order (the order `GET /v1/doctors` lists them). */
export function seededDoctors(): Doctor[] {
  return ROWS.map(([slug, department, en, zh, title, hospital, languages, types, fee], i) => {
    const abroad = hospital === 'london' || hospital === 'newyork';
    return {
      id: `doc_test_${slug}`,
      object: 'doctor',
      name: { en: `Dr ${en}`, 'zh-CN': `${zh}医生` },
      title: TITLES[title],
      department,
      hospital: HOSPITALS[hospital],
      languages,
      time_zone: ZONES[hospital],
      consultation_types: types,
      // Abroad in the local currency's minor units (pence, cents); China in fen.
      fee: {
        amount: fee * 100,
        currency: hospital === 'london' ? 'GBP' : hospital === 'newyork' ? 'USD' : 'CNY',
      },
      slot_minutes: abroad ? 30 : i % 2 === 0 ? 20 : 30,
      weekly_schedule: abroad ? ABROAD_WEEK : i % 3 === 0 ? CHINA_WEEK_SAT : CHINA_WEEK,
    } satisfies Doctor;
  });
}

/** The doctors a domain module serves, by id and in order. */
export class DoctorDirectory {
  private readonly byId: Map<string, Doctor>;
  constructor(readonly doctors: readonly Doctor[]) {
    this.byId = new Map(doctors.map((d) => [d.id, d]));
  }
  get(id: string): Doctor | undefined {
    return this.byId.get(id);
  }
}
