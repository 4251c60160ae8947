import { listPage } from '../../../http/pagination';
import { ApiError } from '../../../http/problem';
import { isoSeconds } from '../../../util/clock';
import { defineRoute, type Route } from '../../types';
import { type ConsultationsContext, loadConsultation } from '../context';
import { settle } from '../lifecycle';
import { CONSULTATIONS, type ConsultationDoc, MESSAGES, type MessageDoc, TERMINAL } from '../store';

/** The conversation of a consultation: the patient's messages and the (sandbox) doctor's. */
export function messageRoutes(ctx: ConsultationsContext): Route[] {
  const listConsultationMessages = defineRoute({
    operationId: 'listConsultationMessages',
    handle(args) {
      const { doc } = loadConsultation(ctx, args, args.params.id);
      const page = args.tx.collection<MessageDoc>(MESSAGES).list({
        limit: args.query.limit ?? 20,
        cursor: args.query.cursor ?? null,
        order: 'asc',
        filter: (m) => m.consultation_id === doc.id,
      });
      return {
        status: 200,
        body: { object: 'list' as const, data: page.data, next_cursor: page.nextCursor },
      };
    },
  });

  const createConsultationMessage = defineRoute({
    operationId: 'createConsultationMessage',
    handle(args) {
      const { doc, at } = loadConsultation(ctx, args, args.params.id);
      const { body, tx } = args;
      if (TERMINAL.has(doc.status)) {
        throw new ApiError(409, 'consultation_closed', `The consultation is ${doc.status}.`, {
          extra: { consultation_status: doc.status },
          headers: { 'Apotheca-Should-Retry': 'false' },
        });
      }
      if (body.text === undefined && body.attachments === undefined) {
        throw new ApiError(400, 'validation_failed', 'A message needs text or attachments.', {
          errors: [{ path: '/body', code: 'required', message: 'text or attachments' }],
        });
      }
      if (body.in_reply_to !== undefined) {
        const original = tx.collection<MessageDoc>(MESSAGES).get(body.in_reply_to);
        if (!original || original.consultation_id !== doc.id) {
          throw new ApiError(404, 'resource_not_found', `No message ${body.in_reply_to} here.`);
        }
      }
      const message: MessageDoc = {
        id: args.newId('cmsg'),
        object: 'consultation_message',
        consultation_id: doc.id,
        sender: 'patient',
        kind: 'text',
        ...(body.text !== undefined ? { text: body.text } : {}),
        attachments: body.attachments ?? [],
        ...(body.in_reply_to !== undefined ? { in_reply_to: body.in_reply_to } : {}),
        created_at: isoSeconds(at),
      };
      tx.collection<MessageDoc>(MESSAGES).put(message);
      args.emit('consultation.message_created', { ...message, text: undefined });
      const updated: ConsultationDoc = {
        ...doc,
        internal: {
          ...doc.internal,
          first_patient_message_at: doc.internal.first_patient_message_at ?? message.created_at,
        },
      };
      if (doc.type === 'text' && doc.status === 'accepted') {
        updated.status = 'in_progress';
        updated.status_history = [
          ...doc.status_history,
          { status: 'in_progress', at: message.created_at },
        ];
      }
      tx.collection<ConsultationDoc>(CONSULTATIONS).put(updated);
      // A zero reply delay answers at once.
      settle({ tx, at, emit: args.emit, newId: args.newId, behaviour: ctx.behaviour }, updated);
      return { status: 201, body: message };
    },
  });
  return [listConsultationMessages, createConsultationMessage];
}
