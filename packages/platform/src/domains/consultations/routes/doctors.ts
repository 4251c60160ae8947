import { isValidTimeZone } from '@apotheca/domain/time';
import { ApiError, notFound } from '../../../http/problem';
import { isoSeconds } from '../../../util/clock';
import { patientTime } from '../../patients/api';
import { defineRoute, type Route } from '../../types';
import type { ConsultationsContext } from '../context';
import { groupByLocalDate, scheduledSlots } from '../slots';
import { SLOT_LOCKS, slotLockId } from '../store';

const DAY = 86_400_000;
const MAX_WINDOW = 31 * DAY;

function cursorOffset(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const n = /^o([0-9]{1,6})$/.exec(cursor);
  if (!n) {
    throw new ApiError(400, 'invalid_cursor', 'The cursor is not one this list returned.', {
      errors: [{ path: '/query/cursor', code: 'invalid_cursor', message: 'unknown cursor' }],
    });
  }
  return Number(n[1]);
}

/** Doctors, their details and their free slots. */
export function doctorRoutes(ctx: ConsultationsContext): Route[] {
  const listDoctors = defineRoute({
    operationId: 'listDoctors',
    handle({ query }) {
      const matches = ctx.directory.doctors.filter(
        (d) =>
          (query.department === undefined || d.department === query.department) &&
          (query.language === undefined || d.languages.includes(query.language)) &&
          (query.consultation_type === undefined ||
            d.consultation_types.includes(query.consultation_type)),
      );
      // Reference data in a fixed order: an offset cursor is stable.
      const offset = cursorOffset(query.cursor);
      const limit = query.limit ?? 20;
      const data = matches.slice(offset, offset + limit);
      const next = offset + limit < matches.length ? `o${offset + limit}` : null;
      return { status: 200, body: { object: 'list' as const, data, next_cursor: next } };
    },
  });

  const getDoctor = defineRoute({
    operationId: 'getDoctor',
    handle({ params }) {
      const doctor = ctx.directory.get(params.id);
      if (!doctor) throw notFound('doctor', params.id);
      return { status: 200, body: doctor };
    },
  });

  const listDoctorSlots = defineRoute({
    operationId: 'listDoctorSlots',
    handle({ params, query, tx, now, auth }) {
      const doctor = ctx.directory.get(params.id);
      if (!doctor) throw notFound('doctor', params.id);
      const zone = query.time_zone ?? doctor.time_zone;
      if (!isValidTimeZone(zone)) {
        throw new ApiError(400, 'invalid_time_zone', `Unknown time zone ${zone}.`, {
          errors: [
            { path: '/query/time_zone', code: 'invalid_time_zone', message: 'not an IANA zone' },
          ],
        });
      }
      // A widget session's patient may live on a test clock: "now" is theirs.
      const at = patientTime(tx, auth.patientId ?? undefined, now).getTime();
      const fromMs = query.from !== undefined ? Date.parse(query.from) : at;
      const toMs = query.to !== undefined ? Date.parse(query.to) : fromMs + 7 * DAY;
      if (!(toMs > fromMs) || toMs - fromMs > MAX_WINDOW) {
        throw new ApiError(
          400,
          'invalid_range',
          '`to` must be after `from`, at most 31 days later.',
          {
            errors: [
              { path: '/query/to', code: 'invalid_range', message: 'after from, ≤ 31 days' },
            ],
          },
        );
      }
      const locks = tx.collection(SLOT_LOCKS);
      const free = scheduledSlots(doctor, Math.max(fromMs, at), toMs).filter(
        (s) => locks.get(slotLockId(doctor.id, s.startMs)) === undefined,
      );
      return {
        status: 200,
        body: {
          object: 'doctor_slots' as const,
          doctor_id: doctor.id,
          time_zone: zone,
          doctor_time_zone: doctor.time_zone,
          from: isoSeconds(new Date(fromMs)),
          to: isoSeconds(new Date(toMs)),
          days: groupByLocalDate(free, zone, doctor.time_zone),
        },
      };
    },
  });
  return [listDoctors, getDoctor, listDoctorSlots];
}
