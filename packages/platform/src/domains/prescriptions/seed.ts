/**
 * The prescriptions domain's seed: two dispensed chronic prescriptions (documented in
 * docs/testing/sandbox.md) so refill status, refill requests and adherence have data at once.
 * Fixed ids, dates and addresses: deterministic.
 */
import type { Schema } from '@apotheca/api-spec';
import type { SeedContext } from '../types';
import { SEEDED_PRESCRIBERS } from './prescribers';
import { savePrescription } from './reminders';
import { rememberAddress } from './routes/delivery';
import type { PrescriptionDoc } from './store';

const doctor = SEEDED_PRESCRIBERS[0]!;

/** The address the seeded patients' refills have gone to. */
export const SEEDED_ADDRESSES: Readonly<Record<string, Schema<'DeliveryAddress'>>> = {
  pat_test_wangfang: {
    line1: '朝阳区建国路88号3单元501',
    city: '北京',
    province: '北京',
    postal_code: '100022',
    country: 'CN',
  },
  pat_test_davidchen: {
    line1: '1288 Lujiazui Ring Road, Apt 12B',
    city: 'Shanghai',
    postal_code: '200120',
    country: 'CN',
  },
};

function chronic(
  id: string,
  patientId: string,
  medication: PrescriptionDoc['medication'],
  diagnosis: { icd10: string; text: string },
  fills: string[],
  text: string,
): PrescriptionDoc {
  const signed = `${fills[0]}T01:00:00Z`;
  const filled = fills.map((date) => ({
    dispensed_on: date,
    days_supply: 28,
    quantity: { value: 28, unit: 'tablet' },
    via: 'pharmacy' as const,
  }));
  return {
    id,
    object: 'prescription',
    status: 'dispensed',
    patient_id: patientId,
    medication,
    dosage_instructions: [{ text, dose: { value: 1, unit: 'tablet' }, times_per_day: 1 }],
    quantity: { value: 28, unit: 'tablet' },
    days_supply: 28,
    repeats_allowed: 2,
    repeats_remaining: 3 - fills.length,
    validity_days: 1,
    valid_until: `${fills[0]}T15:59:59Z`,
    visit_type: 'follow_up',
    prior_diagnosis: diagnosis,
    extended_supply: { reason: 'Stable chronic condition, follow-up visit' },
    prescriber: { ...doctor.prescriber, credential: doctor.credentialId },
    signed_at: signed,
    safety_check: { id: `sc_test_${id.slice(8)}`, outcome: 'ready', alerts: [] },
    review: { decision: 'approved', at: `${fills[0]}T01:30:00Z` },
    identity_check: {
      status: 'verified',
      document_type: 'resident_id',
      number_last4: patientId === 'pat_test_wangfang' ? '0025' : '0016',
      checked_at: `${fills[0]}T02:00:00Z`,
    },
    fills: filled,
    created_at: `${fills[0]}T00:30:00Z`,
    updated_at: `${fills[fills.length - 1]}T02:00:00Z`,
  };
}

/** The seeded prescriptions. */
export const SEEDED_PRESCRIPTIONS: readonly PrescriptionDoc[] = [
  chronic(
    'rx_test_wangfang_amlodipine',
    'pat_test_wangfang',
    {
      id: 'med_amlodipine',
      name: { en: 'Amlodipine tablets', 'zh-CN': '氨氯地平片' },
      essential: true,
    },
    { icd10: 'I10', text: 'Hypertension' },
    ['2026-09-01', '2026-09-29'],
    '1 tablet once daily in the morning / 每日一次，每次1片，早晨服用',
  ),
  chronic(
    'rx_test_davidchen_atorvastatin',
    'pat_test_davidchen',
    {
      id: 'med_atorvastatin',
      name: { en: 'Atorvastatin tablets', 'zh-CN': '阿托伐他汀片' },
      essential: true,
    },
    { icd10: 'E78.0', text: 'Pure hypercholesterolaemia' },
    ['2026-09-10'],
    '1 tablet once daily in the evening',
  ),
];

/** Writes the seeded prescriptions and their delivery addresses. */
export function seedPrescriptions({ tx }: SeedContext): void {
  for (const rx of SEEDED_PRESCRIPTIONS) {
    savePrescription(tx, rx);
    const address = SEEDED_ADDRESSES[rx.patient_id];
    if (address) rememberAddress(tx, rx.patient_id, address, new Date(rx.created_at));
  }
}
