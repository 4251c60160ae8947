import type { Schema } from '@apotheca/api-spec';
import type { Operation, QueryParams } from '@apotheca/core';

/** A doctor: bilingual name and title, department, hospital, languages, IANA zone, fee, schedule. */
export type Doctor = Schema<'Doctor'>;
/** One of the 16 departments. */
export type DoctorDepartment = Schema<'DoctorDepartment'>;
/** `text` or `video`. */
export type ConsultationType = Schema<'ConsultationType'>;
/** Opening hours on one ISO weekday, in the doctor's local time. */
export type WeeklyScheduleBlock = Schema<'WeeklyScheduleBlock'>;
/** A doctor's free slots, grouped by local date in the requested `time_zone`. */
export type DoctorSlots = Schema<'DoctorSlots'>;
/** The free slots of one local date. */
export type SlotDay = Schema<'SlotDay'>;
/** One free slot: `start`/`end` with the offset of the requested zone, and the doctor's local start. */
export type Slot = Schema<'Slot'>;

/** Filters and page size of `doctors.list`: `department`, `language`, `consultation_type`, `limit`. */
export type DoctorListParams = Omit<
  NonNullable<QueryParams<Operation<'/v1/doctors', 'get'>>>,
  'cursor'
>;

/**
 * The window and zone of `doctors.slots.list`: `from`/`to` (RFC 3339, at most 31 days apart;
 * default the next 7 days) and `time_zone` (IANA, default the doctor's).
 */
export type DoctorSlotsParams = NonNullable<
  QueryParams<Operation<'/v1/doctors/{id}/slots', 'get'>>
>;
