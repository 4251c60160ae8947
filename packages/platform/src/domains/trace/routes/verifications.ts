/**
 * `POST /v1/trace/verifications`: a read of the registry that is recorded, and that emits a
 * `trace.alert` event when the pack may be falsified (e.g. `possible_clone`).
 */
import type { Transaction } from '../../../storage/types';
import { isoSeconds } from '../../../util/clock';
import { defineRoute, type HandlerArgs, type OperationId, type Route } from '../../types';
import type { TraceRegistry } from '../registry';
import { readPackStatus, recordVerification } from '../store';
import type { PackView, TraceCodeQuery, TraceContext, TraceVerification } from '../types';
import { SECURITY_ALERTS } from '../verify/alerts';
import type { Assessment } from '../verify/assess';
import { buildVerification } from '../verify/verification';
import { resolveCode } from './resolve';

interface VerifyArgs {
  registry: TraceRegistry;
  tx: Transaction;
  query: TraceCodeQuery;
  context: TraceContext;
  locationId: string | undefined;
  now: Date;
  newId: (prefix: string) => string;
}

/** Verifies a code against the registry and the pack's stored status (no writes). */
export function verifyCode(args: VerifyArgs): {
  verification: TraceVerification;
  assessment: Assessment;
  /** The registered pack and its current status, when the code names one. */
  pack: PackView | null;
} {
  const { product, pack } = args.registry.lookup(args.query);
  const view = pack ? { record: pack, status: readPackStatus(args.tx, pack) } : null;
  const built = buildVerification({
    id: args.newId('tv'),
    createdAt: isoSeconds(args.now),
    query: args.query,
    product,
    pack: view,
    context: args.context,
    ...(args.locationId !== undefined ? { locationId: args.locationId } : {}),
    now: args.now,
  });
  return { ...built, pack: view };
}

/** True when a verdict carries an alert that may mean a falsified pack. */
export function hasSecurityAlert(verification: TraceVerification): boolean {
  return verification.alerts.some((a) => SECURITY_ALERTS.has(a.code));
}

/** Records a verification and, for a security alert, emits `trace.alert` with it. */
export function recordAndAlert(
  args: Pick<HandlerArgs<OperationId, unknown>, 'tx' | 'emit'>,
  verification: TraceVerification,
): void {
  recordVerification(args.tx, verification);
  if (hasSecurityAlert(verification)) args.emit('trace.alert', verification);
}

/** `POST /v1/trace/verifications` over the given registry. */
export function createTraceVerification(registry: TraceRegistry): Route {
  return defineRoute({
    operationId: 'createTraceVerification',
    // Parsing is pure CPU work: keep it out of the storage transaction.
    prepare: (ctx): TraceCodeQuery => resolveCode(ctx.body),
    handle(args) {
      const { body } = args;
      const { verification } = verifyCode({
        registry,
        tx: args.tx,
        query: args.prepared,
        context: body.context,
        locationId: body.location_id,
        now: args.now,
        newId: args.newId,
      });
      recordAndAlert(args, verification);
      return { status: 200, body: verification };
    },
  });
}
