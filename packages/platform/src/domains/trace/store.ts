/**
 * Where the trace domain keeps what changes: pack states, dispensations, verification records.
 * A pack without a status document is still in its seeded state (the registry is immutable
 * code), so a fresh store needs no per-pack seed and a verification reads one document.
 */
import type { Transaction } from '../../storage/types';
import { initialStatus } from './registry';
import type {
  Dispensation,
  PackRecord,
  PackStatus,
  ParsedTraceCode,
  TraceVerification,
} from './types';

export const PACK_STATUS = 'trace_pack_status';
export const DISPENSATIONS = 'trace_dispensations';
export const VERIFICATIONS = 'trace_verifications';

interface PackStatusDoc extends PackStatus {
  id: string;
}

/** What is kept of each verification: outcome and ids, not the whole journey. */
export interface VerificationRecord {
  id: string;
  object: 'trace_verification';
  status: TraceVerification['status'];
  context: TraceVerification['context'];
  dispensable: boolean;
  code: ParsedTraceCode;
  pack_id?: string;
  product_id?: string;
  location_id?: string;
  alert_codes: string[];
  created_at: string;
}

export type DispensationDoc = Dispensation;

/** The pack's current status. */
export function readPackStatus(tx: Transaction, pack: PackRecord): PackStatus {
  const doc = tx.collection<PackStatusDoc>(PACK_STATUS).get(pack.id);
  if (!doc) return initialStatus(pack);
  const status: PackStatus = {
    state: doc.state,
    stateChangedAt: doc.stateChangedAt,
    events: doc.events,
  };
  if (doc.dispensation) status.dispensation = doc.dispensation;
  return status;
}

/** Stores the pack's new status (a plain JSON document: no undefined members). */
export function writePackStatus(tx: Transaction, packId: string, status: PackStatus): void {
  const doc: PackStatusDoc = {
    id: packId,
    state: status.state,
    stateChangedAt: status.stateChangedAt,
    events: status.events,
  };
  if (status.dispensation) doc.dispensation = status.dispensation;
  tx.collection<PackStatusDoc>(PACK_STATUS).put(doc);
}

/** Records a verification's outcome. */
export function recordVerification(tx: Transaction, verification: TraceVerification): void {
  const record: VerificationRecord = {
    id: verification.id,
    object: 'trace_verification',
    status: verification.status,
    context: verification.context,
    dispensable: verification.dispensable,
    code: verification.code,
    alert_codes: verification.alerts.map((a) => a.code),
    created_at: verification.created_at,
  };
  if (verification.pack) record.pack_id = verification.pack.id;
  if (verification.product) record.product_id = verification.product.id;
  if (verification.location_id !== undefined) record.location_id = verification.location_id;
  tx.collection<VerificationRecord>(VERIFICATIONS).put(record);
}
