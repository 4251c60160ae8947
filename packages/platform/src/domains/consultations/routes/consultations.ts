import type { Schema } from '@apotheca/api-spec';
import { formatInZone, isValidTimeZone } from '@apotheca/domain/time';
import { listPage } from '../../../http/pagination';
import { ApiError, notFound } from '../../../http/problem';
import { isoSeconds } from '../../../util/clock';
import { DEFAULT_PATIENT_TIME_ZONE, patientTime, requirePatient } from '../../patients/api';
import { defineRoute, type Route } from '../../types';
import { type ConsultationsContext, loadConsultation } from '../context';
import { consultationCalendar } from '../ics';
import { settle } from '../lifecycle';
import { isScheduledSlot } from '../slots';
import {
  CONSULTATIONS,
  type ConsultationDoc,
  publicConsultation,
  SLOT_LOCKS,
  type SlotLockDoc,
  slotLockId,
} from '../store';

const MINUTE = 60_000;
/** A text consultation without a slot stays open this long. */
const TEXT_WINDOW_MS = 48 * 60 * MINUTE;
/** A video call may be joined from this long before its start. */
const JOIN_EARLY_MS = 10 * MINUTE;

const conflict = (code: string, detail: string, extra?: Record<string, unknown>) =>
  new ApiError(409, code, detail, {
    ...(extra ? { extra } : {}),
    headers: { 'Apotheca-Should-Retry': 'false' },
  });

const unprocessableAt = (code: string, path: string, detail: string) =>
  new ApiError(422, code, detail, { errors: [{ path, code, message: detail }] });

/** Booking, listing, cancelling, joining and the calendar of consultations. */
export function consultationRoutes(ctx: ConsultationsContext): Route[] {
  const createConsultation = defineRoute({
    operationId: 'createConsultation',
    handle(args) {
      const { body, tx, now, auth, emit, newId } = args;
      const patient = requirePatient(tx, auth, body.patient_id);
      const doctor = ctx.directory.get(body.doctor_id);
      if (!doctor) throw notFound('doctor', body.doctor_id);
      if (!doctor.consultation_types.includes(body.type)) {
        throw conflict(
          'consultation_type_not_offered',
          `${doctor.id} does not offer ${body.type} consultations.`,
        );
      }
      const patientZone = body.patient_time_zone ?? patient.time_zone ?? DEFAULT_PATIENT_TIME_ZONE;
      if (!isValidTimeZone(patientZone)) {
        throw unprocessableAt(
          'invalid_time_zone',
          '/body/patient_time_zone',
          `Unknown time zone ${patientZone}.`,
        );
      }
      const at = patientTime(tx, body.patient_id, now);
      let startMs: number | undefined;
      if (body.slot_start !== undefined) {
        startMs = Date.parse(body.slot_start);
        if (!isScheduledSlot(doctor, startMs)) {
          throw unprocessableAt(
            'invalid_slot',
            '/body/slot_start',
            "Not a slot of the doctor's schedule.",
          );
        }
        if (startMs <= at.getTime()) {
          throw unprocessableAt(
            'slot_in_past',
            '/body/slot_start',
            'The slot has already started.',
          );
        }
      } else if (body.type === 'video') {
        throw unprocessableAt(
          'slot_required',
          '/body/slot_start',
          'A video consultation needs a slot.',
        );
      }

      const id = newId('cons');
      if (startMs !== undefined) {
        // The lock is the exactly-once guarantee: bookings run in serialised transactions, and
        // only the first finds the slot free.
        const locks = tx.collection<SlotLockDoc>(SLOT_LOCKS);
        const lockId = slotLockId(doctor.id, startMs);
        if (locks.get(lockId)) {
          throw conflict('slot_unavailable', 'This slot has just been booked.', {
            slot_start: isoSeconds(new Date(startMs)),
          });
        }
        locks.put({ id: lockId, consultation_id: id });
      }
      const created = isoSeconds(at);
      const scheduled = startMs !== undefined ? new Date(startMs) : undefined;
      const doc: ConsultationDoc = {
        id,
        object: 'consultation',
        patient_id: body.patient_id,
        doctor_id: doctor.id,
        department: doctor.department,
        type: body.type,
        status: 'requested',
        visit_type: body.visit_type ?? 'first',
        ...(scheduled
          ? {
              scheduled_at: isoSeconds(scheduled),
              scheduled_local: {
                patient: formatInZone(scheduled, patientZone),
                doctor: formatInZone(scheduled, doctor.time_zone),
              },
            }
          : {}),
        ends_at: isoSeconds(
          new Date(
            scheduled
              ? scheduled.getTime() + doctor.slot_minutes * MINUTE
              : at.getTime() + TEXT_WINDOW_MS,
          ),
        ),
        ...(scheduled && body.type === 'video'
          ? { joinable_from: isoSeconds(new Date(scheduled.getTime() - JOIN_EARLY_MS)) }
          : {}),
        patient_time_zone: patientZone,
        doctor_time_zone: doctor.time_zone,
        fee: doctor.fee,
        reason: body.reason,
        ...(body.triage_interview_id !== undefined
          ? { triage_interview_id: body.triage_interview_id }
          : {}),
        ...(body.prior_diagnosis_file_id !== undefined
          ? { prior_diagnosis_file_id: body.prior_diagnosis_file_id }
          : {}),
        attachments: body.attachments ?? [],
        status_history: [{ status: 'requested', at: created }],
        ...(body.metadata !== undefined ? { metadata: body.metadata } : {}),
        created_at: created,
        internal: { reminders_sent: [] },
      };
      tx.collection<ConsultationDoc>(CONSULTATIONS).put(doc);
      emit('consultation.requested', publicConsultation(doc));
      // With no acceptance delay the doctor accepts in this same transaction.
      const settled = settle({ tx, at, emit, newId, behaviour: ctx.behaviour }, doc);
      return { status: 201, body: publicConsultation(settled) };
    },
  });

  const listConsultations = defineRoute({
    operationId: 'listConsultations',
    handle({ query, tx, now, auth, emit, newId }) {
      if (query.patient_id !== undefined) requirePatient(tx, auth, query.patient_id);
      const page = listPage(
        tx.collection<ConsultationDoc>(CONSULTATIONS),
        // The status filter is applied after settling, below, on a page of this patient's.
        query,
        (c) =>
          auth.canAccessPatient(c.patient_id) &&
          (query.patient_id === undefined || c.patient_id === query.patient_id),
      );
      const data = page.data
        .map((c) =>
          settle(
            { tx, at: patientTime(tx, c.patient_id, now), emit, newId, behaviour: ctx.behaviour },
            c,
          ),
        )
        .filter((c) => query.status === undefined || c.status === query.status)
        .map(publicConsultation);
      return {
        status: 200,
        body: { object: 'list' as const, data, next_cursor: page.next_cursor },
      };
    },
  });

  const getConsultation = defineRoute({
    operationId: 'getConsultation',
    handle(args) {
      const { doc } = loadConsultation(ctx, args, args.params.id);
      return { status: 200, body: publicConsultation(doc) };
    },
  });

  const cancelConsultation = defineRoute({
    operationId: 'cancelConsultation',
    handle(args) {
      const { doc, at } = loadConsultation(ctx, args, args.params.id);
      if (doc.status !== 'requested' && doc.status !== 'accepted') {
        throw conflict('consultation_not_cancellable', `The consultation is ${doc.status}.`, {
          consultation_status: doc.status,
        });
      }
      const reason = args.body?.reason ?? 'patient_request';
      const cancelled: ConsultationDoc = {
        ...doc,
        status: 'cancelled',
        cancellation_reason: reason,
        status_history: [...doc.status_history, { status: 'cancelled', at: isoSeconds(at) }],
      };
      args.tx.collection<ConsultationDoc>(CONSULTATIONS).put(cancelled);
      if (doc.scheduled_at !== undefined) {
        args.tx
          .collection(SLOT_LOCKS)
          .delete(slotLockId(doc.doctor_id, Date.parse(doc.scheduled_at)));
      }
      args.emit('consultation.cancelled', publicConsultation(cancelled));
      return { status: 200, body: publicConsultation(cancelled) };
    },
  });

  const createVideoJoin = defineRoute({
    operationId: 'createVideoJoin',
    handle(args) {
      const { doc, at } = loadConsultation(ctx, args, args.params.id);
      const participant = args.body?.participant ?? 'patient';
      if (participant === 'doctor' && args.auth.kind === 'widget_session') {
        throw new ApiError(
          403,
          'participant_not_allowed',
          'A widget session joins as the patient.',
        );
      }
      if (
        doc.type !== 'video' ||
        doc.scheduled_at === undefined ||
        doc.joinable_from === undefined
      ) {
        throw conflict('consultation_not_joinable', 'Not a video consultation.', {
          consultation_status: doc.status,
        });
      }
      const nowMs = at.getTime();
      const endsMs = Date.parse(doc.ends_at);
      if (doc.status === 'completed' || doc.status === 'missed' || nowMs >= endsMs) {
        throw conflict('ended', 'The consultation has ended.', { consultation_status: doc.status });
      }
      if (doc.status !== 'accepted' && doc.status !== 'in_progress') {
        throw conflict('consultation_not_joinable', `The consultation is ${doc.status}.`, {
          consultation_status: doc.status,
        });
      }
      if (nowMs < Date.parse(doc.joinable_from)) {
        throw conflict('too_early', 'The call opens 10 minutes before the start.', {
          joinable_from: doc.joinable_from,
          consultation_status: doc.status,
        });
      }
      let updated = doc;
      if (participant === 'patient') {
        updated = {
          ...doc,
          internal: {
            ...doc.internal,
            patient_joined_at: doc.internal.patient_joined_at ?? isoSeconds(at),
          },
        };
        if (doc.status === 'accepted') {
          updated.status = 'in_progress';
          updated.status_history = [
            ...doc.status_history,
            { status: 'in_progress', at: isoSeconds(at) },
          ];
          args.emit('consultation.in_progress', publicConsultation(updated));
        }
        args.tx.collection<ConsultationDoc>(CONSULTATIONS).put(updated);
      }
      const token = args.newId(`vjt_${participant}`);
      const room = `room_${doc.id.slice('cons_'.length)}`;
      return {
        status: 201,
        body: {
          object: 'video_join',
          consultation_id: doc.id,
          participant,
          room_id: room,
          url: `https://video.sandbox.apotheca.example/rooms/${room}?participant=${participant}`,
          token,
          valid_from: doc.joinable_from,
          expires_at: doc.ends_at,
        } satisfies Schema<'VideoJoin'>,
      };
    },
  });

  const getConsultationCalendar = defineRoute({
    operationId: 'getConsultationCalendar',
    handle(args) {
      const { doc } = loadConsultation(ctx, args, args.params.id);
      const doctor = ctx.directory.get(doc.doctor_id);
      if (doc.scheduled_at === undefined || !doctor) {
        throw conflict(
          'consultation_not_scheduled',
          'A text consultation without a slot has no time.',
        );
      }
      return {
        status: 200,
        headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
        body: consultationCalendar({ ...doc, scheduled_at: doc.scheduled_at }, doctor, args.now),
      };
    },
  });

  return [
    createConsultation,
    listConsultations,
    getConsultation,
    cancelConsultation,
    createVideoJoin,
    getConsultationCalendar,
  ];
}
