/**
 * `POST /v1/claims`, `GET /v1/claims`, `GET /v1/claims/{id}`, `POST /v1/claims/{id}/cancel` and
 * `POST /v1/claims/validate`.
 */
import type { Schema } from '@apotheca/api-spec';
import { blocksSubmission, type ClaimIssue, explainReason } from '@apotheca/domain/claims';
import { ApiError } from '../../../http/problem';
import type { Transaction } from '../../../storage/types';
import { isoSeconds } from '../../../util/clock';
import { patientTime, requirePatient } from '../../patients/api';
import { defineRoute, type Route } from '../../types';
import { requireClaim, requirePolicy, visibleClaim } from '../access';
import {
  adjudicate,
  canonicalContent,
  dateOf,
  fingerprintId,
  issuesOf,
  linesOf,
  termsFor,
  toContract,
} from '../decide';
import { advanceClaim, advanceToNow, eventObject, scheduleFor } from '../lifecycle';
import type { ClaimsReference } from '../reference';
import {
  CLAIMS,
  CLAIMS_FINGERPRINTS,
  CLAIMS_POLICIES,
  CLAIMS_VISITS,
  type Claim,
  type ClaimDoc,
  type FingerprintDoc,
  type PolicyDoc,
  saveClaim,
  type VisitDoc,
  visitKey,
} from '../store';

/** Statuses after which a claim no longer counts (for duplicates, replacement, reservations). */
const GONE = new Set<Claim['status']>(['cancelled', 'replaced']);

function invalid(issues: ClaimIssue[]): ApiError {
  const blocking = issues.filter(blocksSubmission);
  return new ApiError(
    422,
    'claim_invalid',
    `The claim has ${blocking.length} error(s); see issues.`,
    {
      errors: blocking.map((i) => ({
        path: `/body${i.path}`,
        code: i.code,
        message: i.message.en,
      })),
      extra: { issues },
    },
  );
}

/** Gives back what a claim took from its policy. */
function release(tx: Transaction, doc: ClaimDoc): void {
  const policies = tx.collection<PolicyDoc>(CLAIMS_POLICIES);
  const policy = policies.get(doc.claim.policy_id);
  if (!policy) return;
  policies.put({
    ...policy,
    deductible_remaining: policy.deductible_remaining + doc.reserved.deductible,
    limit_remaining: policy.limit_remaining + doc.reserved.benefit,
  });
}

/** Ends a claim (cancelled or replaced): history, reservation, duplicate index. */
function retire(
  tx: Transaction,
  doc: ClaimDoc,
  status: 'cancelled' | 'replaced',
  at: string,
  replacedBy?: string,
): ClaimDoc {
  release(tx, doc);
  const fingerprints = tx.collection<FingerprintDoc>(CLAIMS_FINGERPRINTS);
  if (fingerprints.get(doc.fingerprint)?.claim_id === doc.id) fingerprints.delete(doc.fingerprint);
  const next: ClaimDoc = {
    ...doc,
    reserved: { deductible: 0, benefit: 0 },
    claim: {
      ...doc.claim,
      status,
      status_history: [...doc.claim.status_history, { status, at }],
      ...(replacedBy ? { replaced_by_claim_id: replacedBy } : {}),
      updated_at: at,
    },
  };
  saveClaim(tx, next);
  return next;
}

/** A likely duplicate: same patient, provider and date with an overlapping item code. */
function likelyDuplicate(
  tx: Transaction,
  body: Schema<'ClaimCreate'>,
  except: string | undefined,
): boolean {
  const codes = new Set(body.items.map((i) => i.code.trim().toUpperCase()));
  const claims = tx.collection<ClaimDoc>(CLAIMS);
  const visit = tx.collection<VisitDoc>(CLAIMS_VISITS).get(visitKey(body));
  return (visit?.claim_ids ?? []).some((id) => {
    const d = id === except ? undefined : claims.get(id);
    return (
      d !== undefined &&
      !GONE.has(d.claim.status) &&
      d.claim.duplicate_of === null &&
      d.claim.items.some((i) => codes.has(i.code.toUpperCase()))
    );
  });
}

const createClaim = (ref: ClaimsReference) =>
  defineRoute({
    operationId: 'createClaim',
    handle({ tx, body, auth, now, newId, emit }) {
      requirePatient(tx, auth, body.patient_id);
      const policy = requirePolicy(tx, ref, auth, body.policy_id, body.patient_id);
      const at = patientTime(tx, body.patient_id, now);
      const atIso = isoSeconds(at);
      const issues = issuesOf(ref, body, dateOf(at), policy.currency);
      if (issues.some(blocksSubmission)) throw invalid(issues);
      const id = newId('clm');
      const claims = tx.collection<ClaimDoc>(CLAIMS);

      if (body.related_claim_id !== undefined) {
        const related = advanceToNow(
          tx,
          requireClaim(tx, ref, auth, body.related_claim_id),
          now,
          emit,
        );
        const status = related.claim.status;
        if (
          GONE.has(status) ||
          status === 'paid' ||
          related.claim.patient_id !== body.patient_id ||
          related.claim.policy_id !== body.policy_id
        ) {
          throw new ApiError(
            409,
            'related_claim_not_replaceable',
            `Claim ${related.id} is ${status} and cannot be replaced by a correction.`,
            { extra: { claim_status: status } },
          );
        }
        retire(tx, related, 'replaced', atIso, id);
      }

      const canonical = canonicalContent(body);
      const fingerprint = fingerprintId(canonical);
      const fingerprints = tx.collection<FingerprintDoc>(CLAIMS_FINGERPRINTS);
      const known = fingerprints.get(fingerprint);
      const original =
        known && known.canonical === canonical ? claims.get(known.claim_id) : undefined;
      const duplicateOf = original && !GONE.has(original.claim.status) ? original.id : null;
      // The policy as it is now (a correction's original has just given back what it took).
      const livePolicy = tx.collection<PolicyDoc>(CLAIMS_POLICIES).get(policy.id)!;
      const held = duplicateOf === null && likelyDuplicate(tx, body, body.related_claim_id);
      const result = adjudicate({
        terms: termsFor(ref, livePolicy, body.provider, body.service_date),
        lines: linesOf(body.items),
        ...(duplicateOf !== null
          ? { denial: { code: 'duplicate' as const, details: { duplicateOf } } }
          : (body.attachments ?? []).length === 0
            ? { denial: { code: 'missing_information' as const } }
            : {}),
      });
      const decision = toContract(result);
      if (held) decision.reasons = [explainReason('possible_duplicate'), ...decision.reasons];
      const pays = result.outcome !== 'denied' && result.totals.benefit > 0;

      const claim: Claim = {
        id,
        object: 'claim',
        patient_id: body.patient_id,
        policy_id: body.policy_id,
        insurer_id: policy.insurer_id,
        provider: body.provider,
        service_date: body.service_date,
        diagnoses: [...body.diagnoses],
        items: body.items.map((item, i) => ({
          sequence: i + 1,
          code_system: item.code_system,
          code: item.code.trim().toUpperCase(),
          ...(item.description !== undefined ? { description: item.description } : {}),
          category: linesOf([item])[0]!.category,
          quantity: item.quantity,
          unit_price: { ...item.unit_price },
          submitted: {
            amount: item.quantity * item.unit_price.amount,
            currency: item.unit_price.currency,
          },
        })),
        attachments: [...(body.attachments ?? [])],
        status: 'submitted',
        status_history: [{ status: 'submitted', at: atIso }],
        adjudication: null,
        payment: null,
        related_claim_id: body.related_claim_id ?? null,
        replaced_by_claim_id: null,
        duplicate_of: duplicateOf,
        ...(body.metadata !== undefined ? { metadata: body.metadata } : {}),
        created_at: atIso,
        updated_at: atIso,
      };
      const reserved = { deductible: result.totals.deductible, benefit: result.totals.benefit };
      tx.collection<PolicyDoc>(CLAIMS_POLICIES).put({
        ...livePolicy,
        deductible_remaining: livePolicy.deductible_remaining - reserved.deductible,
        limit_remaining: livePolicy.limit_remaining - reserved.benefit,
      });
      // A duplicate is answered at once: nothing to wait for.
      const schedule = scheduleFor(at, {
        fastPath: policy.fast_path || duplicateOf !== null,
        held,
        pays,
      });
      const doc: ClaimDoc = { id, claim, decision, schedule, reserved, fingerprint };
      saveClaim(tx, doc);
      if (duplicateOf === null && !known)
        fingerprints.put({ id: fingerprint, canonical, claim_id: id });
      emit('claim.submitted', eventObject(claim));
      const advanced = advanceClaim(tx, doc, at, emit);
      return { status: 201, body: advanced.claim };
    },
  });

// Reads are pure: claims move on in the domain's due work (ADR 0023), not when they are read.
const getClaim = (ref: ClaimsReference) =>
  defineRoute({
    operationId: 'getClaim',
    handle({ tx, params, auth }) {
      return { status: 200, body: requireClaim(tx, ref, auth, params.id).claim };
    },
  });

const listClaims = (ref: ClaimsReference) =>
  defineRoute({
    operationId: 'listClaims',
    handle({ tx, query, auth }) {
      const page = tx.collection<ClaimDoc>(CLAIMS).list({
        limit: query.limit ?? 20,
        cursor: query.cursor ?? null,
        filter: (d) =>
          visibleClaim(ref, auth, d.claim) &&
          (query.patient_id === undefined || d.claim.patient_id === query.patient_id) &&
          (query.status === undefined || d.claim.status === query.status),
      });
      return {
        status: 200,
        body: {
          object: 'list' as const,
          data: page.data.map((d) => d.claim),
          next_cursor: page.nextCursor,
        },
      };
    },
  });

const cancelClaim = (ref: ClaimsReference) =>
  defineRoute({
    operationId: 'cancelClaim',
    handle({ tx, params, auth, now, emit }) {
      const doc = advanceToNow(tx, requireClaim(tx, ref, auth, params.id), now, emit);
      const status = doc.claim.status;
      if (status === 'cancelled') return { status: 200, body: doc.claim };
      if (status !== 'submitted' && status !== 'in_review') {
        throw new ApiError(
          409,
          'claim_not_cancellable',
          `Claim ${doc.id} is ${status}; only a claim not yet adjudicated can be cancelled.`,
          {
            extra: { claim_status: status },
          },
        );
      }
      const at = isoSeconds(patientTime(tx, doc.claim.patient_id, now));
      const cancelled = retire(tx, doc, 'cancelled', at);
      emit('claim.cancelled', eventObject(cancelled.claim));
      return { status: 200, body: cancelled.claim };
    },
  });

const validateClaim = (ref: ClaimsReference) =>
  defineRoute({
    operationId: 'validateClaim',
    handle({ tx, body, auth, now }) {
      let currency: string | undefined;
      if (body.patient_id !== undefined) {
        requirePatient(tx, auth, body.patient_id);
        if (body.policy_id !== undefined)
          currency = requirePolicy(tx, ref, auth, body.policy_id, body.patient_id).currency;
      }
      const today = dateOf(patientTime(tx, body.patient_id, now));
      const issues = issuesOf(ref, body, today, currency);
      return {
        status: 200,
        body: {
          object: 'claim_validation' as const,
          valid: !issues.some((i) => i.severity === 'error'),
          issues,
        },
      };
    },
  });

/** The claim routes over the domain's reference data. */
export function claimRoutes(ref: ClaimsReference): Route[] {
  return [createClaim(ref), getClaim(ref), listClaims(ref), cancelClaim(ref), validateClaim(ref)];
}
