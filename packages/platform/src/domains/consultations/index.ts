/**
 * The consultations domain of the sandbox: seeded doctors and their free slots in named time
 * zones, bookings (exactly one per slot), video join descriptors, calendars, messages, and a
 * sandbox doctor who accepts and replies on the patient's clock (see ADR 0017).
 */
import { patientTime } from '../patients/api';
import type { DomainModule } from '../types';
import type { ConsultationsContext } from './context';
import { type Doctor, DoctorDirectory, seededDoctors } from './doctors';
import { type DoctorBehaviour, settle } from './lifecycle';
import { consultationRoutes } from './routes/consultations';
import { doctorRoutes } from './routes/doctors';
import { messageRoutes } from './routes/messages';
import { CONSULTATIONS, type ConsultationDoc, scan, TERMINAL } from './store';

/** Options of {@link createConsultationsDomain}. */
export interface ConsultationsDomainOptions {
  /** The doctors served (default: the seeded ones, docs/testing/sandbox.md). */
  doctors?: readonly Doctor[];
  /** How the sandbox doctor behaves (default: accepts after 5 minutes, replies after 10). */
  doctor?: DoctorBehaviour;
}

/**
 * The consultations module over its own doctors.
 *
 * @example
 * ```ts
 * createPlatform({ domains: defaultDomains({ consultations: { doctor: { acceptAfterMinutes: 0 } } }) });
 * ```
 */
export function createConsultationsDomain(options: ConsultationsDomainOptions = {}): DomainModule {
  const ctx: ConsultationsContext = {
    directory: new DoctorDirectory(options.doctors ?? seededDoctors()),
    behaviour: {
      acceptAfterMinutes: options.doctor?.acceptAfterMinutes ?? 5,
      replyAfterMinutes: options.doctor?.replyAfterMinutes ?? 10,
    },
  };
  return {
    name: 'consultations',
    routes: [...doctorRoutes(ctx), ...consultationRoutes(ctx), ...messageRoutes(ctx)],
    // When a test clock advances, everything due on it happens (reminders, missed calls).
    dueWork({ tx, now, emit, newId }) {
      for (const c of scan<ConsultationDoc>(tx, CONSULTATIONS, (d) => !TERMINAL.has(d.status))) {
        const at = patientTime(tx, c.patient_id, now);
        settle({ tx, at, emit, newId, behaviour: ctx.behaviour }, c);
      }
    },
  };
}
