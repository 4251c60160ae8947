import type { Dispensation, TraceStatus, TraceVerification } from '../trace-verifier/api/trace-api';

/** A well-formed code the offline parser accepts. */
export const VALID_CODE = '(01)09506000134352(17)291231(10)ABC123(21)SN0001';
/** The same code with the GTIN's check digit mistyped (2 → 3). */
export const BAD_CHECK_DIGIT_CODE = '(01)09506000134353(17)291231(10)ABC123(21)SN0001';

const journey: TraceVerification['journey'] = [
  {
    type: 'received',
    occurred_at: '2026-03-02T09:30:00Z',
    party: { name: { en: 'Riverside Pharmacy', 'zh-CN': '江畔药房' }, role: 'pharmacy' },
    place: { name: { en: 'Shanghai', 'zh-CN': '上海' }, country: 'CN' },
  },
  {
    type: 'manufactured',
    occurred_at: '2026-01-10T08:00:00Z',
    party: { name: { en: 'Huaxin Pharma', 'zh-CN': '华信制药' }, role: 'manufacturer' },
    place: { name: { en: 'Suzhou', 'zh-CN': '苏州' }, country: 'CN' },
  },
  {
    type: 'shipped',
    occurred_at: '2026-02-20T07:15:00Z',
    party: { name: { en: 'ColdLink Logistics', 'zh-CN': '冷链物流' }, role: 'logistics' },
    place: { name: { en: 'Suzhou', 'zh-CN': '苏州' }, country: 'CN' },
    temperature: {
      min_c: 2.4,
      max_c: 9.1,
      allowed_min_c: 2,
      allowed_max_c: 8,
      readings: 96,
      excursion: true,
    },
  },
];

/** A verification in `status`, with product, pack, journey and alerts filled in. */
export function verification(
  status: TraceStatus,
  overrides: Partial<TraceVerification> = {},
): TraceVerification {
  const known = status !== 'not_found';
  return {
    id: `tv_${status.replaceAll('_', '')}`,
    object: 'trace_verification',
    status,
    context: 'inspect',
    dispensable: status === 'verified',
    code: {
      format: 'gs1',
      gtin: '09506000134352',
      lot: 'ABC123',
      serial: 'SN0001',
      expiry: '2029-12-31',
    },
    product: known
      ? {
          id: 'prod_amlodipine5',
          gtin: '09506000134352',
          name: { en: 'Amlodipine 5 mg tablets', 'zh-CN': '苯磺酸氨氯地平片 5 mg' },
          generic_name: { en: 'Amlodipine', 'zh-CN': '氨氯地平' },
          manufacturer: { en: 'Huaxin Pharma', 'zh-CN': '华信制药' },
          strength: '5 mg',
          form: { en: 'Tablet', 'zh-CN': '片剂' },
          pack_size: '28',
          storage: 'cold_chain',
          prescription_only: true,
        }
      : null,
    pack: known
      ? {
          id: 'pack_sn0001',
          lot: 'ABC123',
          serial: 'SN0001',
          expiry: status === 'expired' ? '2024-06-30' : '2029-12-31',
          state: status === 'already_dispensed' ? 'dispensed' : 'active',
        }
      : null,
    journey: known ? journey : [],
    alerts:
      status === 'recalled'
        ? [
            {
              code: 'recalled',
              severity: 'critical',
              message: {
                en: 'Batch ABC123 was recalled on 2026-04-01.',
                'zh-CN': '批次 ABC123 已于 2026-04-01 召回。',
              },
            },
          ]
        : known
          ? [
              {
                code: 'temperature_excursion',
                severity: 'warning',
                message: {
                  en: 'The pack was above 8 °C during transport.',
                  'zh-CN': '运输途中温度曾高于 8 °C。',
                },
              },
            ]
          : [],
    created_at: '2026-05-01T10:00:00Z',
    ...overrides,
  };
}

/** A completed dispensation of the pack above. */
export function dispensation(overrides: Partial<Dispensation> = {}): Dispensation {
  return {
    id: 'disp_0001',
    object: 'dispensation',
    status: 'completed',
    pack_id: 'pack_sn0001',
    product_id: 'prod_amlodipine5',
    location_id: 'loc_riverside',
    dispensed_at: '2026-05-01T10:01:00Z',
    reversible_until: '2026-05-11T10:01:00Z',
    created_at: '2026-05-01T10:01:00Z',
    ...overrides,
  };
}
