/**
 * Prescription photo uploads: the photo is decoded (PNG, baseline JPEG) and checked with the
 * same analyzer the widgets run on the device; a failing photo is refused with each issue and
 * nothing is stored, a good one waits for the pharmacist (the sandbox's test helper).
 */
import type { Schema } from '@apotheca/api-spec';
import {
  analyzePhoto,
  PHOTO_QUALITY_THRESHOLDS,
  type PhotoIssue,
  type PhotoQualityThresholdName,
} from '@apotheca/domain/photo-quality';
import { payloadTooLarge } from '../../../http/body';
import { listPage } from '../../../http/pagination';
import { ApiError, notFound, unprocessable, validationFailed } from '../../../http/problem';
import { sha256Hex } from '../../../idempotency/fingerprint';
import { FILE_MAX_BYTES } from '../../../platform/options';
import type { Transaction } from '../../../storage/types';
import { isoSeconds } from '../../../util/clock';
import { patientTime, requirePatient } from '../../patients/api';
import type { AuthContext } from '../../types';
import { defineRoute, type Route } from '../../types';
import { decodeImage, type ImageFormat } from '../photos/decode-image';
import { ImageDecodeError } from '../photos/image-errors';
import { PRESCRIPTION_UPLOADS, type PrescriptionUploadDoc } from '../store';

/** Room for the multipart envelope around a photo at the size limit. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** Which threshold each issue code is judged by (`too_small` has two: short and long side). */
const THRESHOLD_OF: Record<PhotoIssue['code'], readonly PhotoQualityThresholdName[]> = {
  too_small: ['minShortSide', 'minLongSide'],
  too_dark: ['darkBrightPercentile'],
  too_bright: ['clippedShare'],
  blurry: ['blurVariance'],
  cut_off: ['borderEdgeDensity'],
};

/** An analyzer issue as the contract states it, with the reason its threshold has its value. */
function contractIssue(issue: PhotoIssue): Schema<'PhotoIssue'> {
  const names = THRESHOLD_OF[issue.code];
  const name = names.find((n) => PHOTO_QUALITY_THRESHOLDS[n].value === issue.threshold) ?? names[0];
  const reason = name ? PHOTO_QUALITY_THRESHOLDS[name].rationale : issue.code;
  return {
    code: issue.code,
    measured: issue.measured,
    threshold: issue.threshold,
    reason,
    ...(issue.sides ? { sides: [...issue.sides] } : {}),
  };
}

interface PreparedPhoto {
  bytes: Uint8Array;
  sha256: string;
  format: ImageFormat;
  quality: Schema<'PhotoQuality'>;
  patientId: string;
  consultationId?: string;
  note?: string;
}

const fileError = (code: string, message: string) => [{ path: '/body/file', code, message }];

function requireUpload(tx: Transaction, auth: AuthContext, id: string): PrescriptionUploadDoc {
  const upload = tx.collection<PrescriptionUploadDoc>(PRESCRIPTION_UPLOADS).get(id);
  if (!upload || !auth.canAccessPatient(upload.patient_id))
    throw notFound('prescription_upload', id);
  return upload;
}

/** The prescription-upload routes. */
export function uploadRoutes(): Route[] {
  const create = defineRoute({
    operationId: 'createPrescriptionUpload',
    bodyLimit: FILE_MAX_BYTES + MULTIPART_OVERHEAD,
    async prepare({ body: form }): Promise<PreparedPhoto> {
      const file = form.get('file');
      if (file === null || typeof file === 'string') {
        throw validationFailed(fileError('invalid_type', 'must be a file part (with a filename)'));
      }
      if (file.size > FILE_MAX_BYTES) throw payloadTooLarge(FILE_MAX_BYTES);
      if (file.size === 0) {
        throw unprocessable(
          'file_empty',
          'The photo is empty.',
          fileError('file_empty', 'must not be empty'),
        );
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      let decoded: Awaited<ReturnType<typeof decodeImage>>;
      try {
        decoded = await decodeImage(bytes);
      } catch (error) {
        if (!(error instanceof ImageDecodeError)) throw error;
        if (error.code === 'unsupported_image_format') {
          throw new ApiError(415, 'unsupported_image_format', error.message, {
            extra: { accepted: ['image/png', 'image/jpeg'] },
          });
        }
        throw unprocessable(
          'image_undecodable',
          error.message,
          fileError('image_undecodable', error.message),
        );
      }
      const report = analyzePhoto(decoded.image);
      const issues = report.issues.map(contractIssue);
      if (report.verdict === 'retake') {
        throw new ApiError(
          422,
          'photo_quality_insufficient',
          `The photo cannot be read reliably: ${issues.map((i) => i.code).join(', ')}. Please retake it.`,
          { extra: { issues } },
        );
      }
      const consultationId = form.get('consultation_id');
      const note = form.get('note');
      return {
        bytes,
        sha256: await sha256Hex(bytes),
        format: decoded.format,
        quality: {
          verdict: report.verdict,
          issues,
          width: decoded.image.width,
          height: decoded.image.height,
        },
        patientId: form.get('patient_id') as string,
        ...(typeof consultationId === 'string' ? { consultationId } : {}),
        ...(typeof note === 'string' && note !== '' ? { note } : {}),
      };
    },
    handle({ tx, auth, prepared, now, newId }) {
      requirePatient(tx, auth, prepared.patientId);
      const at = isoSeconds(patientTime(tx, prepared.patientId, now));
      const upload: PrescriptionUploadDoc = {
        id: newId('pu'),
        object: 'prescription_upload',
        status: 'pending_review',
        patient_id: prepared.patientId,
        ...(prepared.consultationId !== undefined
          ? { consultation_id: prepared.consultationId }
          : {}),
        ...(prepared.note !== undefined ? { note: prepared.note } : {}),
        content_type: prepared.format,
        size: prepared.bytes.byteLength,
        sha256: prepared.sha256,
        quality: prepared.quality,
        created_at: at,
        updated_at: at,
      };
      tx.collection<PrescriptionUploadDoc>(PRESCRIPTION_UPLOADS).put(upload);
      tx.blobs.put(upload.id, prepared.bytes);
      return { status: 201, body: upload };
    },
  });

  const list = defineRoute({
    operationId: 'listPrescriptionUploads',
    handle({ tx, auth, query }) {
      if (query.patient_id !== undefined) requirePatient(tx, auth, query.patient_id);
      const patientId = query.patient_id ?? auth.patientId ?? undefined;
      const page = listPage(
        tx.collection<PrescriptionUploadDoc>(PRESCRIPTION_UPLOADS),
        query,
        (d) =>
          (patientId === undefined || d.patient_id === patientId) &&
          (query.status === undefined || d.status === query.status),
      );
      return { status: 200, body: page };
    },
  });

  const get = defineRoute({
    operationId: 'getPrescriptionUpload',
    handle({ tx, auth, params }) {
      return { status: 200, body: requireUpload(tx, auth, params.id) };
    },
  });

  const review = defineRoute({
    operationId: 'reviewPrescriptionUpload',
    handle({ tx, auth, params, body, now, emit }) {
      const upload = requireUpload(tx, auth, params.id);
      if (upload.status !== 'pending_review') {
        throw new ApiError(
          409,
          'prescription_upload_not_pending',
          `Only an upload in pending_review can be reviewed; this one is ${upload.status}.`,
          { extra: { upload_status: upload.status } },
        );
      }
      if (body.decision === 'reject' && body.reason === undefined) {
        throw new ApiError(400, 'validation_failed', '/body/reason is required to reject.', {
          errors: [{ path: '/body/reason', code: 'required', message: 'is required to reject' }],
        });
      }
      const approved = body.decision === 'approve';
      const at = isoSeconds(patientTime(tx, upload.patient_id, now));
      const reviewed: PrescriptionUploadDoc = {
        ...upload,
        status: approved ? 'transcribed' : 'rejected',
        ...(approved && body.prescription_id !== undefined
          ? { prescription_id: body.prescription_id }
          : {}),
        review: {
          decision: approved ? 'approved' : 'rejected',
          ...(body.reason !== undefined ? { reason: body.reason } : {}),
          at,
        },
        updated_at: at,
      };
      tx.collection<PrescriptionUploadDoc>(PRESCRIPTION_UPLOADS).put(reviewed);
      // Ids and status only: the photo and the review's reason stay behind the API.
      emit('prescription_upload.reviewed', {
        id: reviewed.id,
        object: 'prescription_upload',
        status: reviewed.status,
        patient_id: reviewed.patient_id,
        ...(reviewed.prescription_id !== undefined
          ? { prescription_id: reviewed.prescription_id }
          : {}),
      });
      return { status: 200, body: reviewed };
    },
  });

  return [create, list, get, review];
}
