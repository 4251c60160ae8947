// A clean in-network claim draft for the tests: Wang Fang at Beijing Capital, two lines.
import type { ClaimCreateParams } from './types';

export const START = '2026-11-20T08:00:00Z';

export function draft(over: Partial<ClaimCreateParams> = {}): ClaimCreateParams {
  return {
    patient_id: 'pat_test_wangfang',
    policy_id: 'pol_test_wangfang_active',
    provider: 'hosp_test_bj_capital',
    service_date: '2026-11-19',
    diagnoses: ['J06.9'],
    items: [
      {
        code_system: 'service',
        code: 'SVC-CONSULT-GP',
        quantity: 1,
        unit_price: { amount: 5000, currency: 'CNY' },
      },
      {
        code_system: 'service',
        code: 'SVC-LAB-CBC',
        quantity: 1,
        unit_price: { amount: 3333, currency: 'CNY' },
      },
    ],
    attachments: ['file_invoice_001'],
    ...over,
  };
}
