/**
 * What the consultations domain stores: consultations (the contract's object plus the sandbox
 * doctor's bookkeeping), their messages, and one lock per booked slot (the lock is what makes
 * concurrent bookings of one slot end in exactly one consultation).
 */
import type { Schema } from '@apotheca/api-spec';
import type { Transaction } from '../../storage/types';

export type Consultation = Schema<'Consultation'>;
export type ConsultationMessage = Schema<'ConsultationMessage'>;

export const CONSULTATIONS = 'consultations';
export const MESSAGES = 'consultations_messages';
export const SLOT_LOCKS = 'consultations_slot_locks';

/** A consultation as stored: the contract's object plus internal state (never returned). */
export interface ConsultationDoc extends Consultation {
  internal: {
    patient_joined_at?: string;
    first_patient_message_at?: string;
    doctor_replied_at?: string;
    reminders_sent: number[];
  };
}

export interface MessageDoc extends ConsultationMessage {}

export interface SlotLockDoc {
  id: string;
  consultation_id: string;
}

export const slotLockId = (doctorId: string, startMs: number) => `${doctorId}@${startMs}`;

/** The contract's view of a stored consultation. */
export function publicConsultation(doc: ConsultationDoc): Consultation {
  const { internal: _internal, ...rest } = doc;
  return rest;
}

export const TERMINAL: ReadonlySet<Consultation['status']> = new Set([
  'completed',
  'cancelled',
  'missed',
]);

/** Every document of a collection matching `filter`, oldest first. */
export function scan<T extends { id: string }>(
  tx: Transaction,
  name: string,
  filter: (doc: T) => boolean,
): T[] {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page = tx.collection<T>(name).list({ limit: 1000, cursor, order: 'asc', filter });
    out.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}
