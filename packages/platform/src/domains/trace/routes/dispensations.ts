/**
 * `POST /v1/trace/dispensations`, `GET /v1/trace/dispensations/{id}` and
 * `POST /v1/trace/dispensations/{id}/reversal`.
 */
import { ApiError, notFound } from '../../../http/problem';
import type { Transaction } from '../../../storage/types';
import { isoSeconds } from '../../../util/clock';
import { patientTime, requirePatient } from '../../patients/api';
import { type AuthContext, defineRoute, type Route } from '../../types';
import { actorForLocation, type TraceRegistry } from '../registry';
import { DISPENSATIONS, type DispensationDoc, readPackStatus, writePackStatus } from '../store';
import type {
  Dispensation,
  JourneyEvent,
  PackStatus,
  TraceCodeQuery,
  TraceVerification,
} from '../types';
import { reversibleUntil } from '../verify/assess';
import { resolveCode } from './resolve';
import { hasSecurityAlert, recordAndAlert, verifyCode } from './verifications';

function locationEvent(type: JourneyEvent['type'], at: string, locationId: string): JourneyEvent {
  const actor = actorForLocation(locationId);
  return { type, occurred_at: at, party: actor.party, place: actor.place };
}

/** Why a pack the caller asked to dispense cannot be dispensed. */
function refusal(verification: TraceVerification): ApiError {
  const pack = verification.pack!;
  const extra = {
    pack_state: pack.state,
    trace_status: verification.status,
    // Advice (info) is not a reason for refusing.
    alert_codes: verification.alerts.filter((a) => a.severity !== 'info').map((a) => a.code),
  };
  if (pack.state !== 'active') {
    return new ApiError(
      409,
      'pack_not_active',
      `The pack is ${pack.state}; only an active pack can be dispensed.`,
      { extra },
    );
  }
  if (verification.status === 'expired') {
    return new ApiError(409, 'pack_expired', `The pack expired on ${pack.expiry}.`, { extra });
  }
  return new ApiError(
    409,
    'pack_not_dispensable',
    `The pack cannot be dispensed (${verification.status}: ${extra.alert_codes.join(', ')}).`,
    { extra },
  );
}

/**
 * Whether the caller may see a dispensation. A widget session sees only its own patient's: one
 * without a patient (a pharmacy server's) belongs to no session's patient.
 */
function visibleTo(doc: DispensationDoc, auth: AuthContext): boolean {
  if (auth.patientId === null) return true;
  return doc.patient_id !== undefined && auth.canAccessPatient(doc.patient_id);
}

function loadDispensation(tx: Transaction, id: string, auth: AuthContext): DispensationDoc {
  const doc = tx.collection<DispensationDoc>(DISPENSATIONS).get(id);
  // 404, not 403: a token must not probe which dispensations exist.
  if (!doc || !visibleTo(doc, auth)) throw notFound('dispensation', id);
  return doc;
}

/** `POST /v1/trace/dispensations`, `GET …/{id}` and `POST …/{id}/reversal` over a registry. */
export function dispensationRoutes(registry: TraceRegistry): Route[] {
  return [createDispensation(registry), getDispensation, reverseDispensation(registry)];
}

const createDispensation = (registry: TraceRegistry) =>
  defineRoute({
    operationId: 'createDispensation',
    prepare: (ctx): TraceCodeQuery => resolveCode(ctx.body),
    handle(args) {
      const { tx, auth, body } = args;
      if (body.patient_id !== undefined) requirePatient(tx, auth, body.patient_id);
      // A dispense for a patient on a test clock happens at the clock's time.
      const now = patientTime(tx, body.patient_id, args.now);
      const { verification, pack } = verifyCode({
        registry,
        tx,
        query: args.prepared,
        context: 'dispense',
        locationId: body.location_id,
        now,
        newId: args.newId,
      });
      if (!pack || !verification.pack || !verification.product) {
        throw new ApiError(
          404,
          'pack_not_found',
          verification.status === 'secondary_verification_required'
            ? "The pack's foreign serial has no mapping in the national system; it cannot be dispensed until it is verified with the importer."
            : 'No registered pack has this code.',
          { extra: { trace_status: verification.status } },
        );
      }
      if (!verification.dispensable) {
        const problem = refusal(verification);
        if (!hasSecurityAlert(verification)) throw problem;
        // A possible clone must be recorded and reported even though the dispense is refused:
        // answer the problem without throwing, so the alert commits.
        recordAndAlert(args, verification);
        return problem.toReply(args.requestId);
      }

      const at = isoSeconds(now);
      const dispensation: Dispensation = {
        id: args.newId('disp'),
        object: 'dispensation',
        status: 'completed',
        pack_id: verification.pack.id,
        product_id: verification.product.id,
        location_id: body.location_id,
        dispensed_at: at,
        reversible_until: isoSeconds(reversibleUntil(at)),
        created_at: at,
      };
      if (body.patient_id !== undefined) dispensation.patient_id = body.patient_id;

      const next: PackStatus = {
        state: 'dispensed',
        stateChangedAt: at,
        dispensation: {
          id: dispensation.id,
          locationId: body.location_id,
          dispensedAt: at,
          ...(body.patient_id !== undefined ? { patientId: body.patient_id } : {}),
        },
        events: [...pack.status.events, locationEvent('dispensed', at, body.location_id)],
      };
      writePackStatus(tx, pack.record.id, next);
      tx.collection<DispensationDoc>(DISPENSATIONS).put(dispensation);
      args.emit('trace.dispensed', dispensation);
      return { status: 201, body: dispensation };
    },
  });

const getDispensation = defineRoute({
  operationId: 'getDispensation',
  handle({ tx, params, auth }) {
    return { status: 200, body: loadDispensation(tx, params.id, auth) };
  },
});

const reverseDispensation = (registry: TraceRegistry) =>
  defineRoute({
    operationId: 'reverseDispensation',
    handle(args) {
      const { tx, params, auth, body } = args;
      const dispensation = loadDispensation(tx, params.id, auth);
      // The 10-day window is judged at the time of the dispensation's patient (test clock or not).
      const now = patientTime(tx, dispensation.patient_id, args.now);
      if (dispensation.status === 'reversed') {
        throw new ApiError(409, 'already_reversed', 'This dispensation was already reversed.', {
          extra: { reversed_at: dispensation.reversed_at },
        });
      }
      if (body.location_id !== dispensation.location_id) {
        throw new ApiError(
          409,
          'reversal_location_mismatch',
          `A dispense can only be reversed where it happened (${dispensation.location_id}).`,
          {
            errors: [
              {
                path: '/body/location_id',
                code: 'reversal_location_mismatch',
                message: `must be ${dispensation.location_id}`,
              },
            ],
          },
        );
      }
      if (now.getTime() > Date.parse(dispensation.reversible_until)) {
        throw new ApiError(
          409,
          'reversal_window_expired',
          `The 10-day reversal window ended at ${dispensation.reversible_until}.`,
          { extra: { reversible_until: dispensation.reversible_until } },
        );
      }
      const record = registry.pack(dispensation.pack_id);
      if (!record) throw notFound('pack', dispensation.pack_id);
      const status = readPackStatus(tx, record);
      // Stolen, destroyed, recalled … since the dispense: never back to active.
      if (status.state !== 'dispensed') {
        throw new ApiError(
          409,
          'pack_not_reversible',
          `The pack is now ${status.state}; it cannot return to active.`,
          { extra: { pack_state: status.state } },
        );
      }
      const at = isoSeconds(now);
      writePackStatus(tx, record.id, {
        state: 'active',
        stateChangedAt: at,
        events: [...status.events, locationEvent('dispense_reversed', at, body.location_id)],
      });
      const reversed: Dispensation = { ...dispensation, status: 'reversed', reversed_at: at };
      if (body.reason !== undefined) reversed.reversal_reason = body.reason;
      tx.collection<DispensationDoc>(DISPENSATIONS).put(reversed);
      args.emit('trace.dispense_reversed', reversed);
      return { status: 200, body: reversed };
    },
  });
