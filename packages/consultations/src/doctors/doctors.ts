import type { ApothecaClient, Paginator, RequestOptions } from '@apotheca/core';
import type { Doctor, DoctorListParams, DoctorSlots, DoctorSlotsParams } from './types';

/** A doctor's free slots (`/v1/doctors/{id}/slots`). */
export interface DoctorSlotsResource {
  /**
   * The doctor's free slots between `from` and `to`, grouped by local date in `time_zone`, each
   * time with that zone's offset (`GET /v1/doctors/{id}/slots`). The schedule is kept in the
   * doctor's own zone, so a 09:00 London slot stays 09:00 London across daylight-saving changes.
   *
   * @example
   * ```ts
   * const { days } = await apotheca.consultations.doctors.slots.list('doc_test_sarahpatel', {
   *   from: '2027-03-22T00:00:00Z',
   *   to: '2027-04-05T00:00:00Z',
   *   time_zone: 'Asia/Shanghai',
   * });
   * console.log(days[0]?.date, days[0]?.slots[0]?.start); // e.g. 2027-03-22 2027-03-22T17:00:00+08:00
   * ```
   */
  list(id: string, params?: DoctorSlotsParams, options?: RequestOptions): Promise<DoctorSlots>;
}

/** Doctors (`/v1/doctors`); see {@link consultations}. */
export interface DoctorsResource {
  /**
   * Every doctor matching the filters, in a stable order, page by page (`GET /v1/doctors`).
   *
   * @example
   * ```ts
   * const rheumatologists = await apotheca.consultations.doctors
   *   .list({ department: 'rheumatology', language: 'zh-CN' })
   *   .toArray({ limit: 20 });
   * ```
   */
  list(params?: DoctorListParams, options?: RequestOptions): Paginator<Doctor>;
  /** Retrieves a doctor with the weekly schedule (`GET /v1/doctors/{id}`). */
  retrieve(id: string, options?: RequestOptions): Promise<Doctor>;
  readonly slots: DoctorSlotsResource;
}

/** The doctors resource bound to a client (reached as `consultations(client).doctors`). */
export function doctorsResource(client: ApothecaClient): DoctorsResource {
  return {
    list: (params = {}, options) =>
      client.paginate('/v1/doctors', { params: { query: params } }, options),
    retrieve: (id, options) =>
      client.get('/v1/doctors/{id}', { ...options, params: { path: { id } } }),
    slots: {
      list: (id, params = {}, options) =>
        client.get('/v1/doctors/{id}/slots', {
          ...options,
          params: { path: { id }, query: params },
        }),
    },
  };
}
