/**
 * A completed interview's doctors to book, from the result's departments: those speaking the
 * interview's language first (the others follow, marked `language_match: false`), then by
 * department fit, then soonest free slot. Computed at read time, never stored, so a
 * slot booked since is never offered.
 */
import type { Schema } from '@apotheca/api-spec';
import { formatInZone } from '@apotheca/domain/time';
import type { Transaction } from '../../storage/types';
import { type Doctor, earliestFreeSlot } from '../consultations/api';

export type { Doctor } from '../consultations/api';
export type RecommendedDoctor = Schema<'TriageRecommendedDoctor'>;
type Result = Schema<'TriageResult'>;

/** At most this many doctors are recommended. */
export const MAX_RECOMMENDED = 3;
/** How far ahead a free slot is looked for. */
const HORIZON_MS = 14 * 86_400_000;
/** Patient records carry no zone yet: the product's home zone. */
export const DEFAULT_PATIENT_ZONE = 'Asia/Shanghai';

interface Candidate {
  doctor: Doctor;
  department: Result['departments'][number]['department'];
  rank: number;
  order: number;
  match: boolean;
  slot: { startMs: number; endMs: number } | null;
}

/**
 * The recommended doctors of `result` (empty for an emergency: its actions are 120 and the
 * emergency department, not a booking).
 *
 * @example
 * ```ts
 * const doctors = recommendDoctors(tx, directory.doctors, result, 'zh-CN', patientTime(tx, id, now));
 * ```
 */
export function recommendDoctors(
  tx: Transaction,
  doctors: readonly Doctor[],
  result: Pick<Result, 'level' | 'departments'>,
  locale: Doctor['languages'][number],
  at: Date,
  timeZone: string = DEFAULT_PATIENT_ZONE,
): RecommendedDoctor[] {
  if (result.level === 'emergency') return [];
  const fromMs = at.getTime();
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  result.departments.forEach(({ department }, rank) => {
    doctors.forEach((doctor, order) => {
      if (doctor.department !== department || seen.has(doctor.id)) return;
      seen.add(doctor.id);
      candidates.push({
        doctor,
        department,
        rank,
        order,
        match: doctor.languages.includes(locale),
        slot: earliestFreeSlot(tx, doctor, fromMs, fromMs + HORIZON_MS),
      });
    });
  });
  // The patient's language first, then the most fitting department, then the soonest slot.
  candidates.sort(
    (a, b) =>
      Number(b.match) - Number(a.match) ||
      a.rank - b.rank ||
      (a.slot?.startMs ?? Number.POSITIVE_INFINITY) -
        (b.slot?.startMs ?? Number.POSITIVE_INFINITY) ||
      a.order - b.order,
  );
  const out = candidates.slice(0, MAX_RECOMMENDED).map(
    ({ doctor, department, match, slot }): RecommendedDoctor => ({
      doctor_id: doctor.id,
      name: doctor.name,
      title: doctor.title,
      department,
      hospital: doctor.hospital,
      languages: doctor.languages,
      language_match: match,
      earliest_slot: slot && {
        start: formatInZone(new Date(slot.startMs), timeZone),
        end: formatInZone(new Date(slot.endMs), timeZone),
      },
    }),
  );
  return out;
}
