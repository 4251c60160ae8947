/**
 * The sandbox plays the doctor. Everything that is due by a consultation's time (its patient's
 * test clock, or the platform clock) happens when the consultation is next touched, or when its
 * test clock advances: acceptance, the doctor's reply, reminders, and the end (completed, or
 * missed when the patient never joined).
 */

import type { Transaction } from '../../storage/types';
import { isoSeconds } from '../../util/clock';
import type { EventType } from '../types';
import {
  CONSULTATIONS,
  type ConsultationDoc,
  MESSAGES,
  type MessageDoc,
  publicConsultation,
  SLOT_LOCKS,
  slotLockId,
  TERMINAL,
} from './store';

const MINUTE = 60_000;

/** How the sandbox doctor behaves (minutes, on the consultation's clock). */
export interface DoctorBehaviour {
  /** After booking, the doctor accepts (default 5). */
  acceptAfterMinutes?: number;
  /** After the patient's first message, the doctor replies (default 10). */
  replyAfterMinutes?: number;
}

/** Reminders before a scheduled start, in minutes (24 hours and 15 minutes). */
export const REMINDER_MINUTES = [1440, 15] as const;

export interface SettleArgs {
  tx: Transaction;
  at: Date;
  emit(type: EventType, object: object): unknown;
  newId(prefix: string): string;
  behaviour: Required<DoctorBehaviour>;
}

function transition(doc: ConsultationDoc, status: ConsultationDoc['status'], atMs: number) {
  doc.status = status;
  doc.status_history = [...doc.status_history, { status, at: isoSeconds(new Date(atMs)) }];
}

function doctorMessage(
  args: SettleArgs,
  doc: ConsultationDoc,
  atMs: number,
  message: Pick<MessageDoc, 'kind'> & Partial<MessageDoc>,
): MessageDoc {
  const saved: MessageDoc = {
    id: args.newId('cmsg'),
    object: 'consultation_message',
    consultation_id: doc.id,
    sender: 'doctor',
    attachments: [],
    created_at: isoSeconds(new Date(atMs)),
    ...message,
  };
  args.tx.collection<MessageDoc>(MESSAGES).put(saved);
  args.emit('consultation.message_created', { ...saved, text: undefined });
  return saved;
}

/**
 * Applies everything due by `args.at` to a consultation (in time order) and stores it.
 * Returns the updated document.
 */
export function settle(args: SettleArgs, original: ConsultationDoc): ConsultationDoc {
  if (TERMINAL.has(original.status)) return original;
  const doc: ConsultationDoc = {
    ...original,
    status_history: [...original.status_history],
    internal: { ...original.internal, reminders_sent: [...original.internal.reminders_sent] },
  };
  const now = args.at.getTime();
  const createdMs = Date.parse(doc.created_at);
  const endsMs = Date.parse(doc.ends_at);
  let changed = false;

  const acceptMs = createdMs + args.behaviour.acceptAfterMinutes * MINUTE;
  if (doc.status === 'requested' && now >= acceptMs && acceptMs < endsMs) {
    transition(doc, 'accepted', acceptMs);
    args.emit('consultation.accepted', publicConsultation(doc));
    // China's online rules: a follow-up visit needs the prior diagnosis on file.
    if (doc.visit_type === 'follow_up' && doc.prior_diagnosis_file_id === undefined) {
      doctorMessage(args, doc, acceptMs, {
        kind: 'attachment_request',
        text: 'Please upload the diagnosis from your previous visit. / 请上传上次就诊的诊断证明。',
        attachment_request: { reason: 'missing', purpose: 'prior_diagnosis' },
      });
    }
    changed = true;
  }

  const first = doc.internal.first_patient_message_at;
  if (first !== undefined && doc.internal.doctor_replied_at === undefined) {
    const replyMs = Date.parse(first) + args.behaviour.replyAfterMinutes * MINUTE;
    if (now >= replyMs && replyMs < endsMs) {
      doctorMessage(args, doc, replyMs, {
        kind: 'text',
        text: 'Thank you, I have read your message and will go through it with you. / 已收到您的消息，我们会详细沟通。',
      });
      doc.internal.doctor_replied_at = isoSeconds(new Date(replyMs));
      changed = true;
    }
  }

  if (doc.scheduled_at !== undefined) {
    const startMs = Date.parse(doc.scheduled_at);
    for (const minutes of REMINDER_MINUTES) {
      const dueMs = startMs - minutes * MINUTE;
      if (now >= dueMs && now < startMs && !doc.internal.reminders_sent.includes(minutes)) {
        doc.internal.reminders_sent.push(minutes);
        args.emit('consultation.reminder', {
          object: 'consultation_reminder',
          consultation_id: doc.id,
          patient_id: doc.patient_id,
          minutes_before: minutes,
          scheduled_at: doc.scheduled_at,
          scheduled_local: doc.scheduled_local,
          patient_time_zone: doc.patient_time_zone,
        });
        changed = true;
      }
    }
  }

  if (now >= endsMs && !TERMINAL.has(doc.status)) {
    const joined = doc.internal.patient_joined_at !== undefined || first !== undefined;
    const outcome = doc.status === 'in_progress' || joined ? 'completed' : 'missed';
    transition(doc, outcome, endsMs);
    args.emit(`consultation.${outcome}`, publicConsultation(doc));
    if (doc.scheduled_at !== undefined) {
      args.tx
        .collection(SLOT_LOCKS)
        .delete(slotLockId(doc.doctor_id, Date.parse(doc.scheduled_at)));
    }
    changed = true;
  }

  if (!changed) return original;
  args.tx.collection<ConsultationDoc>(CONSULTATIONS).put(doc);
  return doc;
}
