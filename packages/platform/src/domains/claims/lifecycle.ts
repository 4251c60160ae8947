/**
 * The sandbox's claim lifecycle on the patient's (test) clock. The decision is made at
 * submission (so the deductible and limit a claim takes are deterministic) and revealed when
 * the clock passes its time: `submitted → in_review` after 1 minute, adjudicated after 10
 * (a likely duplicate held for review: 24 hours), paid 20 minutes after approval; a fast-path
 * policy's clean claim does all of it at once. The moves happen in the domain's due work
 * ({@link settleDueClaims}: a test clock's advance, the host's runner on the real clock; ADR
 * 0023) and before a write that depends on the status (cancel, a correction), never on a read.
 */

import type { Transaction } from '../../storage/types';
import { isoSeconds } from '../../util/clock';
import { patientTime } from '../patients/api';
import type { EventType } from '../types';
import {
  CLAIMS,
  CLAIMS_MOVING,
  type Claim,
  type ClaimDoc,
  type ClaimSchedule,
  type MovingDoc,
  saveClaim,
} from './store';

const MINUTE = 60_000;

/** The schedule of a claim submitted at `at`. */
export function scheduleFor(
  at: Date,
  opts: { fastPath: boolean; held: boolean; pays: boolean },
): ClaimSchedule {
  const t = at.getTime();
  if (opts.fastPath && !opts.held) {
    const iso = isoSeconds(at);
    return { in_review_at: iso, decided_at: iso, paid_at: opts.pays ? iso : null, held: false };
  }
  const decided = t + (opts.held ? 24 * 60 * MINUTE : 10 * MINUTE);
  return {
    in_review_at: isoSeconds(new Date(t + MINUTE)),
    decided_at: isoSeconds(new Date(decided)),
    paid_at: opts.pays
      ? isoSeconds(new Date(t + (opts.held ? 24 * 60 * MINUTE + 20 * MINUTE : 30 * MINUTE)))
      : null,
    held: opts.held,
  };
}

/** What an event carries: ids and statuses only. */
export function eventObject(claim: Claim): Record<string, unknown> {
  return {
    id: claim.id,
    object: 'claim',
    status: claim.status,
    patient_id: claim.patient_id,
    policy_id: claim.policy_id,
    insurer_id: claim.insurer_id,
    ...(claim.adjudication ? { outcome: claim.adjudication.outcome } : {}),
    ...(claim.duplicate_of ? { duplicate_of: claim.duplicate_of } : {}),
  };
}

type Emit = (type: EventType, object: object) => unknown;

/**
 * Moves a claim on to where its schedule says it is at `at`, storing the change and emitting
 * `claim.adjudicated` / `claim.paid` once each. Returns the (possibly new) document.
 */
export function advanceClaim(tx: Transaction, doc: ClaimDoc, at: Date, emit: Emit): ClaimDoc {
  const claim: Claim = { ...doc.claim, status_history: [...doc.claim.status_history] };
  const now = at.getTime();
  const due = (iso: string | null) => iso !== null && Date.parse(iso) <= now;
  let changed = false;
  if (claim.status === 'submitted' && due(doc.schedule.in_review_at)) {
    claim.status = 'in_review';
    claim.status_history.push({
      status: 'in_review',
      at: doc.schedule.in_review_at,
      ...(doc.schedule.held ? { reason_code: 'possible_duplicate' as const } : {}),
    });
    changed = true;
  }
  if (claim.status === 'in_review' && due(doc.schedule.decided_at)) {
    claim.adjudication = { ...doc.decision, adjudicated_at: doc.schedule.decided_at };
    claim.status = doc.decision.outcome;
    const reason = doc.decision.reasons[0]?.code;
    claim.status_history.push({
      status: claim.status,
      at: doc.schedule.decided_at,
      ...(reason ? { reason_code: reason } : {}),
    });
    claim.updated_at = doc.schedule.decided_at;
    emit('claim.adjudicated', eventObject(claim));
    changed = true;
  }
  if (
    (claim.status === 'approved' || claim.status === 'partially_approved') &&
    due(doc.schedule.paid_at)
  ) {
    const paidAt = doc.schedule.paid_at!;
    claim.status = 'paid';
    claim.payment = {
      reference: `PAY-${claim.id.slice(4).toUpperCase()}`,
      amount: { ...doc.decision.totals.benefit },
      paid_at: paidAt,
    };
    claim.status_history.push({ status: 'paid', at: paidAt });
    claim.updated_at = paidAt;
    emit('claim.paid', eventObject(claim));
    changed = true;
  }
  if (!changed) return doc;
  const next = { ...doc, claim };
  saveClaim(tx, next);
  return next;
}

/** {@link advanceClaim} at the claim's patient's time. */
export function advanceToNow(tx: Transaction, doc: ClaimDoc, now: Date, emit: Emit): ClaimDoc {
  return advanceClaim(tx, doc, patientTime(tx, doc.claim.patient_id, now), emit);
}

/**
 * Moves every claim whose next step is due to its patient's time (the domain's `dueWork`): each
 * transition is stored and its event emitted once, however often this runs. Reads the small
 * moving index, not the claims: due work runs every second on the Node host.
 */
export function settleDueClaims(tx: Transaction, now: Date, emit: Emit): number {
  const due: string[] = [];
  const timeOf = new Map<string, number>();
  let cursor: string | null = null;
  do {
    const page = tx
      .collection<MovingDoc>(CLAIMS_MOVING)
      .list({ limit: 1000, cursor, order: 'asc' });
    for (const entry of page.data) {
      let at = timeOf.get(entry.patient_id);
      if (at === undefined) {
        at = patientTime(tx, entry.patient_id, now).getTime();
        timeOf.set(entry.patient_id, at);
      }
      if (Date.parse(entry.next_at) <= at) due.push(entry.id);
    }
    cursor = page.nextCursor;
  } while (cursor !== null);
  const claims = tx.collection<ClaimDoc>(CLAIMS);
  let moved = 0;
  for (const id of due) {
    const doc = claims.get(id);
    if (doc && advanceToNow(tx, doc, now, emit) !== doc) moved += 1;
  }
  return moved;
}
