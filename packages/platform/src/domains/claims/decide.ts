/**
 * From a request to the pure logic of `@apotheca/domain/claims` and back: benefit terms of a
 * policy on a date, claim lines from items, the adjudication in the contract's shape, and the
 * content fingerprint that exact duplicates share.
 */
import type { Schema } from '@apotheca/api-spec';
import {
  type Adjudication,
  type AdjudicationLineInput,
  adjudicate,
  type BenefitTerms,
  type ClaimIssue,
  resolveItemCode,
  validateClaimDraft,
} from '@apotheca/domain/claims';
import type { Transaction } from '../../storage/types';
import { patientTime } from '../patients/api';
import type { ClaimsReference } from './reference';
import type { ClaimAdjudication, PolicyDoc } from './store';

type ItemInput = Schema<'ClaimItemInput'>;

/** `YYYY-MM-DD` of a time (UTC). */
export function dateOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The day it is for a patient (their test clock, or the platform's). */
export function patientToday(tx: Transaction, patientId: string, now: Date): string {
  return dateOf(patientTime(tx, patientId, now));
}

export function policyStatus(policy: PolicyDoc, date: string): 'active' | 'lapsed' | 'not_started' {
  if (date < policy.period_start) return 'not_started';
  return date > policy.period_end ? 'lapsed' : 'active';
}

export function networkStatus(
  ref: ClaimsReference,
  policy: PolicyDoc,
  provider: string | undefined,
): Schema<'NetworkStatus'> {
  if (provider === undefined) return 'unknown';
  const hospital = ref.hospitals.get(provider);
  if (!hospital) return 'unknown';
  return hospital.networks.includes(policy.insurer_id) ? 'in_network' : 'out_of_network';
}

export function termsFor(
  ref: ClaimsReference,
  policy: PolicyDoc,
  provider: string,
  serviceDate: string,
): BenefitTerms {
  return {
    currency: policy.currency,
    active: policyStatus(policy, serviceDate) === 'active',
    deductibleRemaining: policy.deductible_remaining,
    coinsurancePercent: policy.coinsurance_percent,
    outOfNetworkCoinsurancePercent: policy.out_of_network_coinsurance_percent,
    copayPerClaim: policy.copay_per_claim,
    annualLimitRemaining: policy.limit_remaining,
    excludedCategories: policy.excluded_categories,
    inNetwork: networkStatus(ref, policy, provider) === 'in_network',
  };
}

/** Claim lines from items (validated first, so every code resolves). */
export function linesOf(items: readonly ItemInput[]): AdjudicationLineInput[] {
  return items.map((item, i) => {
    const resolved = resolveItemCode(item.code_system, item.code);
    const line: AdjudicationLineInput = {
      sequence: i + 1,
      category: resolved.status === 'unknown' ? 'procedure' : resolved.category,
      submitted: item.quantity * item.unit_price.amount,
    };
    if (resolved.status === 'superseded') {
      line.denial = {
        code: 'superseded_code',
        details: {
          code: item.code,
          replacementCode: resolved.replacement,
          changedOn: resolved.changedOn,
        },
      };
    }
    return line;
  });
}

const money = (amount: number, currency: string) => ({ amount, currency });

function amounts(a: Adjudication['totals'], currency: string): Schema<'AdjudicationAmounts'> {
  return {
    submitted: money(a.submitted, currency),
    eligible: money(a.eligible, currency),
    deductible: money(a.deductible, currency),
    copay: money(a.copay, currency),
    over_limit: money(a.over_limit, currency),
    benefit: money(a.benefit, currency),
    patient_share: money(a.patient_share, currency),
  };
}

/** An adjudication in the contract's shape (Money amounts). */
export function toContract(a: Adjudication): Omit<ClaimAdjudication, 'adjudicated_at'> {
  return {
    outcome: a.outcome,
    lines: a.lines.map((l) => ({ sequence: l.sequence, ...amounts(l, a.currency) })),
    totals: amounts(a.totals, a.currency),
    reasons: a.reasons,
    explanation: a.explanation,
  };
}

export { adjudicate };

/** Validation issues of a draft at the patient's today, with the policy's currency. */
export function issuesOf(
  ref: ClaimsReference,
  draft: Schema<'ClaimDraft'>,
  today: string,
  currency: string | undefined,
): ClaimIssue[] {
  return validateClaimDraft(draft, {
    today,
    ...(currency !== undefined ? { currency } : {}),
    isKnownProvider: (id) => ref.hospitals.has(id),
  });
}

/**
 * The canonical content of a claim: patient, policy, provider, date, diagnoses and items (in any
 * order), so the same claim sent twice is recognised whatever its key or ordering.
 */
export function canonicalContent(body: Schema<'ClaimCreate'>): string {
  const diagnoses = body.diagnoses.map((d) => d.trim().toUpperCase().replace('.', '')).sort();
  const items = body.items
    .map((i) =>
      [
        i.code_system,
        i.code.trim().toUpperCase(),
        i.quantity,
        i.unit_price.amount,
        i.unit_price.currency,
      ].join(':'),
    )
    .sort();
  return JSON.stringify([
    body.patient_id,
    body.policy_id,
    body.provider,
    body.service_date,
    diagnoses,
    items,
  ]);
}

/** A short stable hash (two FNV-1a passes) used as the fingerprint document id. */
export function fingerprintId(canonical: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ canonical.length;
  for (let i = 0; i < canonical.length; i++) {
    const c = canonical.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `fp_${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}
