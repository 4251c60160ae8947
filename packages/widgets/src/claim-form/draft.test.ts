import { describe, expect, it } from 'vitest';
import {
  emptyDraft,
  fieldErrors,
  fingerprint,
  parseDraft,
  toClaimParams,
  toMinorUnits,
} from './draft';

const complete = {
  ...emptyDraft('pol_test_wangfang_active'),
  provider: 'hosp_test_bj_capital',
  service_date: '2026-12-01',
  attachments: ['file_1'],
  items: [
    {
      code_system: 'service' as const,
      code: 'SVC-CONSULT-GP',
      label: 'GP',
      quantity: 1,
      unit_price: 5000,
    },
  ],
  diagnoses: ['J06.9'],
};

describe('claim draft', () => {
  it('finds every missing field, per step, in step order', () => {
    expect(fieldErrors(emptyDraft(), { today: '2026-12-04' }).map((e) => e.code)).toEqual([
      'policy_required',
      'provider_required',
      'date_required',
      'photos_required',
      'items_required',
      'diagnoses_required',
    ]);
    expect(
      fieldErrors(emptyDraft(), { today: '2026-12-04', step: 'visit' }).map((e) => e.field),
    ).toEqual(['provider', 'service-date']);
    expect(fieldErrors(complete, { today: '2026-12-04' })).toEqual([]);
  });

  it('refuses a future date, bad lines and photos still uploading', () => {
    const bad = {
      ...complete,
      service_date: '2026-12-05',
      items: [{ ...complete.items[0]!, quantity: 0, unit_price: Number.NaN }],
    };
    expect(fieldErrors(bad, { today: '2026-12-04', pendingPhotos: 1 }).map((e) => e.code)).toEqual([
      'date_in_future',
      'photos_pending',
      'quantity_invalid',
      'price_invalid',
    ]);
  });

  it('builds the claim params, with a fingerprint that changes with the content', () => {
    const params = toClaimParams(complete, 'pat_test_wangfang');
    expect(params.items[0]).toEqual({
      code_system: 'service',
      code: 'SVC-CONSULT-GP',
      quantity: 1,
      unit_price: { amount: 5000, currency: 'CNY' },
    });
    const other = toClaimParams({ ...complete, diagnoses: ['J06.0'] }, 'pat_test_wangfang');
    expect(fingerprint(params)).toBe(fingerprint(toClaimParams(complete, 'pat_test_wangfang')));
    expect(fingerprint(other)).not.toBe(fingerprint(params));
  });

  it('reads yuan as fen exactly and restores saved state', () => {
    expect(toMinorUnits('12.5')).toBe(1250);
    expect(toMinorUnits('0.07')).toBe(7);
    expect(toMinorUnits('1.234')).toBeNaN();
    expect(toMinorUnits('-3')).toBeNaN();
    expect(parseDraft(JSON.stringify(complete))).toEqual(complete);
    expect(parseDraft('{not json')).toBeUndefined();
    expect(parseDraft(undefined)).toBeUndefined();
  });
});
