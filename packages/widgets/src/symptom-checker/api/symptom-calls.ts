import type { ApiController } from '../../platform/controllers/api-controller';
import type { DoctorOption } from '../states';
import type { Answer } from '../view/question-view';
import type { SymptomApi, TriageDepartment } from './symptom-api';

/** What the calls read from the element when they run. */
export interface SymptomCallContext {
  readonly patientId: string | undefined;
  readonly locale: 'en' | 'zh-CN';
  readonly timeZone: string;
}

/** How many doctors of the top department the result offers. */
const DOCTORS_SHOWN = 2;

/** The checker's tracked calls. */
export function symptomCalls(api: ApiController<SymptomApi>, read: () => SymptomCallContext) {
  return {
    patient: api.call('patient', (sdk, signal, id: string) =>
      sdk.patients.retrieve(id, { signal }),
    ),
    start: api.call('triage', (sdk, signal, complaint: string, key: string) => {
      const { patientId, locale } = read();
      return sdk.triage.interviews.create(
        { complaint, locale, ...(patientId ? { patient_id: patientId } : {}) },
        { signal, idempotencyKey: key },
      );
    }),
    answer: api.call('triage', (sdk, signal, id: string, step: number, answers: Answer[]) =>
      sdk.triage.interviews.answer(id, { step, answers }, { signal }),
    ),
    /** The soonest free slot of each of the first doctors who speak the patient's language. */
    doctors: api.call(
      'doctors',
      async (sdk, signal, department: TriageDepartment): Promise<DoctorOption[]> => {
        const { locale, timeZone } = read();
        const doctors = await sdk.doctors
          .list({ department, language: locale, limit: DOCTORS_SHOWN }, { signal })
          .toArray({ limit: DOCTORS_SHOWN });
        const options = await Promise.all(
          doctors.map(async (doctor) => {
            const slots = await sdk.doctors.slots.list(
              doctor.id,
              { time_zone: timeZone },
              { signal },
            );
            const slot = slots.days[0]?.slots[0];
            return slot ? { doctor, slot } : undefined;
          }),
        );
        return options
          .filter((o): o is DoctorOption => o !== undefined)
          .sort((a, b) => Date.parse(a.slot.start) - Date.parse(b.slot.start));
      },
    ),
    book: api.call(
      'book',
      (sdk, signal, option: DoctorOption, interviewId: string, reason: string, key: string) => {
        const { patientId, timeZone } = read();
        return sdk.consultations.create(
          {
            patient_id: patientId ?? '',
            doctor_id: option.doctor.id,
            type: option.doctor.consultation_types.includes('video') ? 'video' : 'text',
            slot_start: option.slot.start,
            patient_time_zone: timeZone,
            triage_interview_id: interviewId,
            reason,
          },
          { signal, idempotencyKey: key },
        );
      },
    ),
  };
}
