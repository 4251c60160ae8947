import { explainOutcome, explainReason, type ReasonDetails } from './explain';
import { percentOf, splitLargestRemainder } from './money';
import type {
  AdjudicatedLine,
  AdjudicationAmounts,
  AdjudicationOutcome,
  ClaimReason,
  ServiceCategory,
} from './types';

/** A policy's terms on the service date, as adjudication needs them. */
export interface BenefitTerms {
  currency: string;
  /** Whether the policy was in force on the service date. */
  active: boolean;
  /** Deductible still to pay this policy year (minor units). */
  deductibleRemaining: number;
  /** The patient's share (%) after the deductible, in network. */
  coinsurancePercent: number;
  /** The same out of network; `null` when care out of network is not covered at all. */
  outOfNetworkCoinsurancePercent: number | null;
  /** A fixed amount the patient pays per claim (after the deductible). */
  copayPerClaim: number;
  /** Benefit still available under the annual limit. */
  annualLimitRemaining: number;
  excludedCategories: readonly ServiceCategory[];
  /** Whether the provider is in the insurer's network. */
  inNetwork: boolean;
}

/** One claim line to adjudicate. */
export interface AdjudicationLineInput {
  sequence: number;
  category: ServiceCategory;
  /** `quantity × unit_price`, minor units. */
  submitted: number;
  /** A line-level denial decided by the caller (e.g. a superseded code). */
  denial?: { code: 'superseded_code'; details?: ReasonDetails };
}

/** What adjudication decides on: the benefit terms, the claim lines and any claim-level denial. */
export interface AdjudicationInput {
  terms: BenefitTerms;
  lines: readonly AdjudicationLineInput[];
  /** A claim-level denial decided by the caller (duplicate, missing invoice …). */
  denial?: { code: 'duplicate' | 'missing_information'; details?: ReasonDetails };
}

/** The decision on a claim: the outcome, the amounts per line and in total, and the reasons. */
export interface Adjudication {
  outcome: AdjudicationOutcome;
  currency: string;
  lines: AdjudicatedLine[];
  totals: AdjudicationAmounts;
  reasons: ClaimReason[];
  explanation: { en: string; 'zh-CN': string };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Adjudicates a claim in integer minor units: eligibility per line (exclusions, denials), then
 * the deductible, the per-claim co-pay plus co-insurance, then the annual limit, each split over
 * the lines by the largest-remainder rule. On every line `benefit + patient_share = eligible`
 * and `patient_share = deductible + copay + over_limit`; totals are the sums of the lines.
 *
 * @example
 * ```ts
 * const result = adjudicate({
 *   terms: { currency: 'CNY', active: true, deductibleRemaining: 10000, coinsurancePercent: 10,
 *     outOfNetworkCoinsurancePercent: null, copayPerClaim: 0, annualLimitRemaining: 5_000_000,
 *     excludedCategories: [], inNetwork: true },
 *   lines: [{ sequence: 1, category: 'consultation', submitted: 30000 }],
 * });
 * result.totals.benefit; // 18000 (30000 − 10000 deductible − 10% of 20000)
 * ```
 */
export function adjudicate(input: AdjudicationInput): Adjudication {
  const { terms, lines } = input;
  for (const line of lines) {
    if (!Number.isSafeInteger(line.submitted) || line.submitted < 0) {
      throw new RangeError(`line ${line.sequence}: submitted must be a non-negative integer`);
    }
  }
  const reasons: ClaimReason[] = [];
  let claimDenied = false;
  if (!terms.active) {
    reasons.push(explainReason('policy_inactive'));
    claimDenied = true;
  } else if (input.denial) {
    reasons.push(explainReason(input.denial.code, input.denial.details));
    claimDenied = true;
  } else if (!terms.inNetwork && terms.outOfNetworkCoinsurancePercent === null) {
    reasons.push(explainReason('out_of_network', { partlyCovered: false }));
    claimDenied = true;
  } else if (!terms.inNetwork) {
    reasons.push(explainReason('out_of_network', { partlyCovered: true }));
  }

  const eligible = lines.map((line) => {
    if (claimDenied) return 0;
    if (line.denial) {
      reasons.push(
        explainReason(line.denial.code, { ...line.denial.details, sequence: line.sequence }),
      );
      return 0;
    }
    if (terms.excludedCategories.includes(line.category)) {
      reasons.push(
        explainReason('not_covered', { sequence: line.sequence, category: line.category }),
      );
      return 0;
    }
    return line.submitted;
  });
  const eligibleTotal = sum(eligible);

  const deductibleTotal = Math.min(Math.max(terms.deductibleRemaining, 0), eligibleTotal);
  const deductible = split(deductibleTotal, eligible);
  const afterDeductible = eligible.map((e, i) => e - deductible[i]!);
  const restTotal = sum(afterDeductible);
  const fixedCopay = Math.min(Math.max(terms.copayPerClaim, 0), restTotal);
  const percent = terms.inNetwork
    ? terms.coinsurancePercent
    : (terms.outOfNetworkCoinsurancePercent ?? 100);
  const copayTotal = fixedCopay + percentOf(restTotal - fixedCopay, percent);
  const copay = split(copayTotal, afterDeductible);
  const beforeLimit = afterDeductible.map((a, i) => a - copay[i]!);
  const beforeLimitTotal = sum(beforeLimit);
  const allowed = Math.min(beforeLimitTotal, Math.max(terms.annualLimitRemaining, 0));
  const benefit = split(allowed, beforeLimit);
  if (allowed < beforeLimitTotal) reasons.push(explainReason('limit_exceeded'));

  const adjudicated: AdjudicatedLine[] = lines.map((line, i) => {
    const overLimit = beforeLimit[i]! - benefit[i]!;
    return {
      sequence: line.sequence,
      submitted: line.submitted,
      eligible: eligible[i]!,
      deductible: deductible[i]!,
      copay: copay[i]!,
      over_limit: overLimit,
      benefit: benefit[i]!,
      patient_share: deductible[i]! + copay[i]! + overLimit,
    };
  });
  const totals = totalsOf(adjudicated);
  const reduced = adjudicated.some((l) => l.eligible < l.submitted || l.over_limit > 0);
  const outcome: AdjudicationOutcome =
    eligibleTotal === 0 || (totals.benefit === 0 && totals.over_limit > 0)
      ? 'denied'
      : reduced
        ? 'partially_approved'
        : 'approved';
  return {
    outcome,
    currency: terms.currency,
    lines: adjudicated,
    totals,
    reasons,
    explanation: explainOutcome(outcome, totals.benefit, totals.patient_share, terms.currency),
  };
}

function split(total: number, weights: readonly number[]): number[] {
  return total === 0 ? weights.map(() => 0) : splitLargestRemainder(total, weights);
}

/** The sums of the lines' amounts (a claim's totals). */
export function totalsOf(lines: readonly AdjudicationAmounts[]): AdjudicationAmounts {
  const t: AdjudicationAmounts = {
    submitted: 0,
    eligible: 0,
    deductible: 0,
    copay: 0,
    over_limit: 0,
    benefit: 0,
    patient_share: 0,
  };
  for (const l of lines) {
    for (const k of Object.keys(t) as (keyof AdjudicationAmounts)[]) t[k] += l[k];
  }
  return t;
}

/**
 * The invariants every adjudication must satisfy, as a list of violations (empty when it holds):
 * per line `benefit + patient_share = eligible`, `patient_share = deductible + copay +
 * over_limit`, no negative amount, `eligible ≤ submitted`; totals equal the sums of the lines.
 *
 * @example
 * ```ts
 * expect(adjudicationViolations(claim.adjudication)).toEqual([]);
 * ```
 */
export function adjudicationViolations(a: {
  lines: readonly AdjudicatedLine[];
  totals: AdjudicationAmounts;
}): string[] {
  const out: string[] = [];
  for (const l of a.lines) {
    const at = `line ${l.sequence}`;
    if (l.benefit + l.patient_share !== l.eligible)
      out.push(`${at}: benefit + patient_share ≠ eligible`);
    if (l.deductible + l.copay + l.over_limit !== l.patient_share)
      out.push(`${at}: patient_share ≠ deductible + copay + over_limit`);
    if (l.eligible > l.submitted) out.push(`${at}: eligible > submitted`);
    for (const [k, v] of Object.entries(l)) {
      if (typeof v === 'number' && (!Number.isSafeInteger(v) || v < 0))
        out.push(`${at}: ${k} is not a non-negative integer`);
    }
  }
  const sums = totalsOf(a.lines);
  for (const k of Object.keys(sums) as (keyof AdjudicationAmounts)[]) {
    if (sums[k] !== a.totals[k]) out.push(`totals.${k} ≠ Σ lines`);
  }
  return out;
}
