import { describe, expect, it } from 'vitest';
import { listMedications } from '../medications';
import { MEDICATION_RECODING_DATE, resolveItemCode } from './items';
import { blocksSubmission, type ClaimDraft, validateClaimDraft } from './validate';

const superseded = listMedications()
  .flatMap((m) => m.insurance_codes)
  .find((c) => c.status === 'superseded')!;
const current = listMedications()[0]!.insurance_codes[0]!.code;

const clean: ClaimDraft = {
  patient_id: 'pat_test_wangfang',
  policy_id: 'pol_test_wangfang_active',
  provider: 'hosp_test_bj_union',
  service_date: '2026-11-01',
  diagnoses: ['J06.9'],
  items: [
    {
      code_system: 'service',
      code: 'SVC-CONSULT-GP',
      quantity: 1,
      unit_price: { amount: 5000, currency: 'CNY' },
    },
    {
      code_system: 'medication_insurance',
      code: current,
      quantity: 2,
      unit_price: { amount: 1250, currency: 'CNY' },
    },
  ],
  attachments: ['file_invoice1'],
};
const ctx = {
  today: '2026-11-20',
  currency: 'CNY',
  isKnownProvider: (id: string) => id.startsWith('hosp_test_'),
};

describe('validateClaimDraft', () => {
  it('finds nothing wrong with a clean claim', () => {
    expect(validateClaimDraft(clean, ctx)).toEqual([]);
  });

  it('names every missing field by its JSON pointer, in both languages', () => {
    const issues = validateClaimDraft({ items: [{}] }, ctx);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['required', '/patient_id'],
      ['required', '/policy_id'],
      ['required', '/provider'],
      ['required', '/service_date'],
      ['required', '/diagnoses'],
      ['required', '/items/0/code_system'],
      ['required', '/items/0/code'],
      ['required', '/items/0/quantity'],
      ['required', '/items/0/unit_price/amount'],
      ['required', '/items/0/unit_price/currency'],
      ['no_attachments', '/attachments'],
    ]);
    expect(issues[2]!.message).toEqual({
      en: 'The hospital is required.',
      'zh-CN': '请填写医院。',
    });
    expect(issues.filter(blocksSubmission)).toHaveLength(10);
  });

  it('suggests the current code for a superseded medication code, with the date it changed', () => {
    const issues = validateClaimDraft(
      { ...clean, items: [{ ...clean.items![1]!, code: superseded.code.toLowerCase() }] },
      ctx,
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'superseded_code',
        severity: 'error',
        path: '/items/0/code',
        suggestion: {
          replacement_code: superseded.replaced_by,
          changed_on: MEDICATION_RECODING_DATE,
        },
      }),
    ]);
    // Accepted for submission (then denied on its line), never silently paid.
    expect(issues.some(blocksSubmission)).toBe(false);
    expect(resolveItemCode('medication_insurance', superseded.code)).toMatchObject({
      status: 'superseded',
      category: 'medication',
    });
  });

  it('suggests close ICD-10 matches and flags repeated diagnoses', () => {
    const issues = validateClaimDraft({ ...clean, diagnoses: ['J06.8', 'J06.9', 'j069'] }, ctx);
    expect(issues[0]).toMatchObject({ code: 'unknown_diagnosis_code', path: '/diagnoses/0' });
    expect(issues[0]!.suggestion?.matches?.[0]?.code).toBe('J06.9');
    expect(issues[1]).toMatchObject({
      code: 'duplicate_diagnosis',
      path: '/diagnoses/2',
      severity: 'warning',
    });
  });

  it('checks codes, amounts, currency, date and provider', () => {
    const issues = validateClaimDraft(
      {
        ...clean,
        provider: 'hosp_elsewhere',
        service_date: '2026-11-21',
        items: [
          {
            code_system: 'service',
            code: 'SVC-NOPE',
            quantity: 0,
            unit_price: { amount: -1, currency: 'USD' },
          },
        ],
      },
      ctx,
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_provider', '/provider'],
      ['service_date_in_future', '/service_date'],
      ['unknown_item_code', '/items/0/code'],
      ['invalid_quantity', '/items/0/quantity'],
      ['invalid_amount', '/items/0/unit_price/amount'],
      ['currency_mismatch', '/items/0/unit_price/currency'],
    ]);
  });
});
