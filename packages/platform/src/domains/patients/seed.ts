import type { SeedContext } from '../types';
import { PATIENTS, type PatientDoc } from './patient-docs';

const SEEDED_AT = '2026-01-05T08:00:00Z';

function patient({
  id,
  ...fields
}: Omit<PatientDoc, 'object' | 'created_at' | 'updated_at'>): PatientDoc {
  return { id, object: 'patient', ...fields, created_at: SEEDED_AT, updated_at: SEEDED_AT };
}

/** The seeded test patients, oldest first (so the first two are the newest in lists). */
export const SEEDED_PATIENTS: readonly PatientDoc[] = [
  patient({
    id: 'pat_test_zhangxiaoming',
    name: '张小明',
    birth_date: '2019-09-01',
    sex: 'male',
    allergies: [],
    conditions: [{ code: 'J45', name: 'Asthma' }],
    preferred_locale: 'zh-CN',
    time_zone: 'Asia/Shanghai',
    metadata: { persona: 'pediatric' },
  }),
  patient({
    id: 'pat_test_mariagarcia',
    name: 'Maria Garcia',
    birth_date: '1994-05-21',
    sex: 'female',
    allergies: [{ substance: 'sulfonamide antibiotics', reaction: 'rash', severity: 'moderate' }],
    conditions: [],
    preferred_locale: 'en',
    time_zone: 'America/New_York',
    metadata: { persona: 'sulfa-allergy' },
  }),
  patient({
    id: 'pat_test_liqiang',
    name: '李强',
    birth_date: '1949-12-08',
    sex: 'male',
    allergies: [],
    conditions: [
      { code: 'E11', name: 'Type 2 diabetes mellitus' },
      { code: 'I48', name: 'Atrial fibrillation' },
    ],
    preferred_locale: 'zh-CN',
    time_zone: 'Asia/Shanghai',
    metadata: { persona: 'elderly-chronic' },
  }),
  patient({
    id: 'pat_test_davidchen',
    name: 'David Chen',
    birth_date: '1988-07-02',
    sex: 'male',
    allergies: [],
    conditions: [],
    preferred_locale: 'en',
    time_zone: 'Asia/Shanghai',
    metadata: {},
  }),
  patient({
    id: 'pat_test_wangfang',
    name: '王芳',
    birth_date: '1956-03-14',
    sex: 'female',
    allergies: [{ substance: 'penicillin', reaction: 'hives', severity: 'severe' }],
    conditions: [{ code: 'I10', name: 'Hypertension' }],
    preferred_locale: 'zh-CN',
    time_zone: 'Asia/Shanghai',
    metadata: {},
  }),
];

/** Writes the seeded patients. */
export function seedPatients({ tx }: SeedContext): void {
  const patients = tx.collection<PatientDoc>(PATIENTS);
  for (const doc of SEEDED_PATIENTS) patients.put(doc);
}
