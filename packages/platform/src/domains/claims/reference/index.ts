/**
 * The claims domain's reference data: insurers (with the OAuth clients that act for them),
 * hospitals and their networks, and the seeded policies' terms. Built per platform by the module
 * (`createClaimsDomain({ reference })`), never a module singleton. Documented in
 * docs/testing/sandbox.md ("Claims").
 */
import type { ServiceCategory } from '@apotheca/domain/claims';

export interface Insurer {
  id: string;
  name: { en: string; 'zh-CN': string };
  kind: 'domestic' | 'international';
  /** OAuth client ids whose tokens act for this insurer (and see only its policies' claims). */
  oauthClients: readonly string[];
}

export interface Hospital {
  id: string;
  name: { en: string; 'zh-CN': string };
  city: string;
  /** Insurers in whose network (partner hospitals) this hospital is. */
  networks: readonly string[];
}

/** A policy as seeded; its running amounts (deductible and limit left) live in storage. */
export interface PolicyTerms {
  id: string;
  patient_id: string;
  insurer_id: string;
  currency: string;
  /** First and last day of cover (`YYYY-MM-DD`, inclusive). */
  period_start: string;
  period_end: string;
  /** Fast path: a clean claim is adjudicated and paid the moment it is submitted. */
  fast_path: boolean;
  deductible_annual: number;
  deductible_remaining: number;
  coinsurance_percent: number;
  out_of_network_coinsurance_percent: number | null;
  copay_per_claim: number;
  annual_limit: number;
  limit_remaining: number;
  excluded_categories: readonly ServiceCategory[];
}

export interface ClaimsReference {
  insurers: ReadonlyMap<string, Insurer>;
  hospitals: ReadonlyMap<string, Hospital>;
  policies: readonly PolicyTerms[];
}

const INSURERS: Insurer[] = [
  {
    id: 'ins_test_huaxia',
    name: { en: 'Huaxia Health Insurance (sandbox)', 'zh-CN': '华夏健康保险（沙箱）' },
    kind: 'domestic',
    oauthClients: ['client_test_insurer'],
  },
  {
    id: 'ins_test_meridian',
    name: { en: 'Meridian Global Health (sandbox)', 'zh-CN': '子午环球健康保险（沙箱）' },
    kind: 'international',
    oauthClients: ['client_test_insurer_global'],
  },
];

const HOSPITALS: Hospital[] = [
  {
    id: 'hosp_test_bj_capital',
    name: { en: 'Beijing Capital Hospital (sandbox)', 'zh-CN': '北京首都医院（沙箱）' },
    city: 'Beijing',
    networks: ['ins_test_huaxia', 'ins_test_meridian'],
  },
  {
    id: 'hosp_test_sh_intl',
    name: {
      en: 'Shanghai International Medical Centre (sandbox)',
      'zh-CN': '上海国际医疗中心（沙箱）',
    },
    city: 'Shanghai',
    networks: ['ins_test_huaxia', 'ins_test_meridian'],
  },
  {
    id: 'hosp_test_gz_city',
    name: { en: 'Guangzhou City Hospital (sandbox)', 'zh-CN': '广州市民医院（沙箱）' },
    city: 'Guangzhou',
    networks: ['ins_test_huaxia'],
  },
  {
    id: 'hosp_test_cd_clinic',
    name: { en: 'Chengdu Riverside Clinic (sandbox)', 'zh-CN': '成都滨江诊所（沙箱）' },
    city: 'Chengdu',
    networks: [],
  },
];

const base = {
  currency: 'CNY',
  period_start: '2026-01-01',
  period_end: '2030-12-31',
  fast_path: false,
  deductible_annual: 0,
  deductible_remaining: 0,
  coinsurance_percent: 10,
  out_of_network_coinsurance_percent: null,
  copay_per_claim: 0,
  annual_limit: 50_000_000,
  limit_remaining: 50_000_000,
  excluded_categories: [],
} satisfies Partial<PolicyTerms>;

const POLICIES: PolicyTerms[] = [
  // Active, deductible already met, 10% co-insurance: a clean in-network claim is paid in 30 min.
  {
    ...base,
    id: 'pol_test_wangfang_active',
    patient_id: 'pat_test_wangfang',
    insurer_id: 'ins_test_huaxia',
    deductible_annual: 20_000,
  },
  // The same cover on the fast path: adjudicated and paid at submission.
  {
    ...base,
    id: 'pol_test_wangfang_fastpath',
    patient_id: 'pat_test_wangfang',
    insurer_id: 'ins_test_huaxia',
    fast_path: true,
  },
  // Deductible left (CNY 600 of 1,000), 20% co-insurance, CNY 20 co-pay per claim.
  {
    ...base,
    id: 'pol_test_liqiang_deductible',
    patient_id: 'pat_test_liqiang',
    insurer_id: 'ins_test_huaxia',
    deductible_annual: 100_000,
    deductible_remaining: 60_000,
    coinsurance_percent: 20,
    copay_per_claim: 2_000,
  },
  // Annual limit used up.
  {
    ...base,
    id: 'pol_test_zhangxiaoming_limit',
    patient_id: 'pat_test_zhangxiaoming',
    insurer_id: 'ins_test_huaxia',
    annual_limit: 2_000_000,
    limit_remaining: 0,
  },
  // Excludes dental, vision and cosmetic care.
  {
    ...base,
    id: 'pol_test_davidchen_exclusions',
    patient_id: 'pat_test_davidchen',
    insurer_id: 'ins_test_huaxia',
    excluded_categories: ['dental', 'vision', 'cosmetic'],
  },
  // International cover for a traveller: nothing to pay in the partner network, 30% outside.
  {
    ...base,
    id: 'pol_test_mariagarcia_global',
    patient_id: 'pat_test_mariagarcia',
    insurer_id: 'ins_test_meridian',
    coinsurance_percent: 0,
    out_of_network_coinsurance_percent: 30,
    annual_limit: 100_000_000,
    limit_remaining: 100_000_000,
    excluded_categories: ['cosmetic'],
  },
  // Lapsed on 2026-03-31.
  {
    ...base,
    id: 'pol_test_mariagarcia_lapsed',
    patient_id: 'pat_test_mariagarcia',
    insurer_id: 'ins_test_meridian',
    period_start: '2025-04-01',
    period_end: '2026-03-31',
  },
];

/** The seeded reference data (a fresh copy per platform). */
export function seededClaimsReference(): ClaimsReference {
  return {
    insurers: new Map(INSURERS.map((i) => [i.id, i])),
    hospitals: new Map(HOSPITALS.map((h) => [h.id, h])),
    policies: POLICIES.map((p) => ({ ...p })),
  };
}

/** The insurer an OAuth client acts for, if any. */
export function insurerForClient(ref: ClaimsReference, clientId: string): Insurer | undefined {
  for (const insurer of ref.insurers.values())
    if (insurer.oauthClients.includes(clientId)) return insurer;
  return undefined;
}
