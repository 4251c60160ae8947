import type { ApiController } from '../../platform/controllers/api-controller';
import type { PhotoIssue, PrescriptionUpload, UploadApi } from './upload-api';

/** What an upload came to: stored for review, or refused by the server's photo check. */
export type UploadOutcome =
  | { kind: 'stored'; upload: PrescriptionUpload }
  | { kind: 'refused'; issues: readonly PhotoIssue[] };

/** What the calls read from the element when they run. */
export interface UploadCallContext {
  readonly patientId: string | undefined;
  readonly consultationId: string | undefined;
}

/** How many earlier uploads the widget lists. */
export const HISTORY_SHOWN = 5;

/** The upload widget's tracked calls. */
export function uploadCalls(api: ApiController<UploadApi>, read: () => UploadCallContext) {
  return {
    /**
     * Uploads the photo with the caller's idempotency key (Retry passes the same one, so the
     * photo is stored once). The server's 422 for a photo it finds unreadable is an outcome.
     */
    upload: api.call(
      'prescription_upload',
      async (sdk, signal, file: Blob, note: string, key: string): Promise<UploadOutcome> => {
        const { patientId, consultationId } = read();
        try {
          const upload = await sdk.prescriptionUploads.create(
            {
              file,
              patient_id: patientId ?? '',
              ...(consultationId ? { consultation_id: consultationId } : {}),
              ...(note ? { note } : {}),
            },
            { signal, idempotencyKey: key },
          );
          return { kind: 'stored', upload };
        } catch (error) {
          if (sdk.isPhotoQualityProblem(error) && error.problem?.issues?.length)
            return { kind: 'refused', issues: error.problem.issues };
          throw error;
        }
      },
    ),
    /** One upload with its review, read again. */
    status: api.call('prescription_upload_status', (sdk, signal, id: string) =>
      sdk.prescriptionUploads.retrieve(id, { signal }),
    ),
    /** The patient's latest uploads. */
    history: api.call('prescription_uploads', (sdk, signal, patientId: string) =>
      sdk.prescriptionUploads
        .list({ patient_id: patientId, limit: HISTORY_SHOWN }, { signal })
        .toArray({ limit: HISTORY_SHOWN }),
    ),
  };
}
