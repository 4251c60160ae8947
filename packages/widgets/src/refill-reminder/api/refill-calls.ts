import { addDays } from '@apotheca/domain/refills';
import type { ApiController } from '../../platform/controllers/api-controller';
import type {
  DeliveryAddress,
  MedicationAdherence,
  Prescription,
  RefillApi,
  RefillRequest,
  RefillStatus,
} from './refill-api';

/** One active medicine as the reminder shows it. */
export interface Medicine {
  prescription: Prescription;
  status: RefillStatus;
  /** PDC over the adherence window, when there is a fill in it. */
  adherence: MedicationAdherence | undefined;
}

/** What a refill request came to: sent (or held for the new address), too soon, or renewal. */
export type RefillOutcome =
  | { kind: 'requested'; request: RefillRequest }
  | { kind: 'too_soon'; earliestRefillDate: string | undefined }
  | { kind: 'renewal_needed'; renewalReason: string | undefined };

/** The window adherence is judged over, ending on the status day. */
export const ADHERENCE_WINDOW_DAYS = 90;

/** Prescriptions whose medicine the patient is taking: the newest dispensed one per medication. */
function active(list: readonly Prescription[]): Prescription[] {
  const newest = new Map<string, Prescription>();
  for (const rx of list) {
    if (rx.status !== 'dispensed' && rx.status !== 'completed') continue;
    const seen = newest.get(rx.medication.id);
    if (!seen || seen.created_at < rx.created_at) newest.set(rx.medication.id, rx);
  }
  return [...newest.values()];
}

/** The reminder's tracked calls. */
export function refillCalls(api: ApiController<RefillApi>) {
  return {
    /** The patient's active medicines, each with its refill status and adherence. */
    load: api.call('refill_status', async (sdk, signal, patientId: string): Promise<Medicine[]> => {
      const list = await sdk.prescriptions
        .list({ patient_id: patientId, limit: 100 }, { signal })
        .toArray({ limit: 100 });
      const rxs = active(list);
      const statuses = await Promise.all(
        rxs.map((rx) => sdk.prescriptions.refillStatus(rx.id, { signal })),
      );
      const asOf = statuses[0]?.as_of;
      const adherence = asOf
        ? await sdk.adherence.retrieve(
            patientId,
            { from: addDays(asOf, -ADHERENCE_WINDOW_DAYS + 1), to: asOf },
            { signal },
          )
        : undefined;
      return rxs.map((prescription, i) => ({
        prescription,
        status: statuses[i] as RefillStatus,
        adherence: adherence?.medications.find((m) => m.prescription_ids.includes(prescription.id)),
      }));
    }),
    /**
     * Requests a refill with the caller's idempotency key (a retry passes the same one, so one
     * refill). The 409s the patient can act on come back as outcomes, not errors.
     */
    refill: api.call(
      'refill',
      async (
        sdk,
        signal,
        prescriptionId: string,
        address: DeliveryAddress,
        confirmNewAddress: boolean,
        key: string,
      ): Promise<RefillOutcome> => {
        try {
          const request = await sdk.refillRequests.create(
            {
              prescription_id: prescriptionId,
              delivery_address: address,
              ...(confirmNewAddress ? { confirm_new_address: true } : {}),
            },
            { signal, idempotencyKey: key },
          );
          return { kind: 'requested', request };
        } catch (error) {
          if (sdk.isRefillConflict(error)) {
            const problem = error.problem;
            if (problem?.code === 'refill_too_soon')
              return { kind: 'too_soon', earliestRefillDate: problem.earliest_refill_date };
            if (problem?.code === 'renewal_needed')
              return { kind: 'renewal_needed', renewalReason: problem.renewal_reason };
          }
          throw error;
        }
      },
    ),
    /** The reminders of one prescription as iCalendar text. */
    calendar: api.call('refill_calendar', (sdk, signal, prescriptionId: string) =>
      sdk.prescriptions.refillCalendar(prescriptionId, { signal }),
    ),
  };
}
