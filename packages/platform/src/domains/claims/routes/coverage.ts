/** `POST /v1/coverage-checks` and `POST /v1/claim-estimates`: reads, nothing is written. */
import type { Schema } from '@apotheca/api-spec';
import { resolveItemCode } from '@apotheca/domain/claims';
import { ApiError } from '../../../http/problem';
import { requirePatient } from '../../patients/api';
import { defineRoute, type Route } from '../../types';
import { requirePolicy } from '../access';
import {
  adjudicate,
  issuesOf,
  linesOf,
  networkStatus,
  patientToday,
  policyStatus,
  termsFor,
  toContract,
} from '../decide';
import type { ClaimsReference } from '../reference';

const createCoverageCheck = (ref: ClaimsReference) =>
  defineRoute({
    operationId: 'createCoverageCheck',
    handle({ tx, body, auth }) {
      requirePatient(tx, auth, body.patient_id);
      const policy = requirePolicy(tx, ref, auth, body.policy_id, body.patient_id);
      const status = policyStatus(policy, body.service_date);
      const network = networkStatus(ref, policy, body.provider);
      const money = (amount: number) => ({ amount, currency: policy.currency });
      const check: Schema<'CoverageCheck'> = {
        object: 'coverage_check',
        patient_id: body.patient_id,
        policy_id: policy.id,
        insurer_id: policy.insurer_id,
        service_date: body.service_date,
        active: status === 'active',
        policy_status: status,
        currency: policy.currency,
        deductible: {
          annual: money(policy.deductible_annual),
          remaining: money(policy.deductible_remaining),
        },
        coinsurance_percent: policy.coinsurance_percent,
        out_of_network_coinsurance_percent: policy.out_of_network_coinsurance_percent,
        copay_per_claim: money(policy.copay_per_claim),
        annual_limit: {
          total: money(policy.annual_limit),
          remaining: money(policy.limit_remaining),
        },
        covered_categories: (
          [
            'consultation',
            'emergency',
            'medication',
            'laboratory',
            'imaging',
            'procedure',
            'inpatient',
            'physiotherapy',
            'vaccination',
            'dental',
            'vision',
            'cosmetic',
          ] as const
        ).filter((c) => !policy.excluded_categories.includes(c)),
        excluded_categories: [...policy.excluded_categories],
        network: {
          ...(body.provider !== undefined ? { provider: body.provider } : {}),
          status: network,
        },
      };
      if (body.items !== undefined) {
        check.items = body.items.map((item, i) => {
          const resolved = resolveItemCode(item.code_system, item.code);
          const base = { sequence: i + 1, code_system: item.code_system, code: item.code };
          if (resolved.status === 'unknown') return { ...base, covered: false };
          if (resolved.status === 'superseded') {
            return {
              ...base,
              category: resolved.category,
              covered: false,
              reason_code: 'superseded_code' as const,
            };
          }
          const excluded = policy.excluded_categories.includes(resolved.category);
          const covered =
            status === 'active' &&
            !excluded &&
            (network !== 'out_of_network' || policy.out_of_network_coinsurance_percent !== null);
          const reason =
            status !== 'active'
              ? 'policy_inactive'
              : excluded
                ? 'not_covered'
                : !covered
                  ? 'out_of_network'
                  : undefined;
          return {
            ...base,
            category: resolved.category,
            covered,
            ...(reason ? { reason_code: reason } : {}),
          };
        });
      }
      return { status: 200, body: check };
    },
  });

const createClaimEstimate = (ref: ClaimsReference) =>
  defineRoute({
    operationId: 'createClaimEstimate',
    handle({ tx, body, auth, now }) {
      requirePatient(tx, auth, body.patient_id);
      const policy = requirePolicy(tx, ref, auth, body.policy_id, body.patient_id);
      const issues = issuesOf(
        ref,
        { ...body, attachments: ['file_estimate'] },
        patientToday(tx, body.patient_id, now),
        policy.currency,
      );
      // Amounts in another currency cannot be added up: that one is refused, the rest listed.
      const mismatch = issues.find((i) => i.code === 'currency_mismatch');
      if (mismatch) {
        throw new ApiError(422, 'claim_invalid', 'Every item must be in the policy currency.', {
          errors: [
            { path: `/body${mismatch.path}`, code: mismatch.code, message: mismatch.message.en },
          ],
          extra: { issues },
        });
      }
      const result = adjudicate({
        terms: termsFor(ref, policy, body.provider, body.service_date),
        lines: linesOf(body.items),
      });
      const estimate = toContract(result);
      return { status: 200, body: { object: 'claim_estimate' as const, ...estimate, issues } };
    },
  });

/** Coverage checks and estimates over the domain's reference data. */
export function coverageRoutes(ref: ClaimsReference): Route[] {
  return [createCoverageCheck(ref), createClaimEstimate(ref)];
}
