import type { Schema } from '@apotheca/api-spec';
import {
  type ApothecaClient,
  type Paginator,
  type RequestOptions,
  ValidationError,
} from '@apotheca/core';

/** A photo of a paper prescription (`pu_…`): its quality and the pharmacist's review. */
export type PrescriptionUpload = Schema<'PrescriptionUpload'>;
/** Where an upload stands: `pending_review`, `transcribed` or `rejected`. */
export type PrescriptionUploadStatus = Schema<'PrescriptionUploadStatus'>;
/** The problem of a 422 that refuses a photo, with each quality issue and its reason. */
export type PhotoQualityProblem = Schema<'PhotoQualityProblem'>;
/** One reason a photo was refused (`too_small`, `too_dark`, `too_bright`, `blurry`, `cut_off`). */
export type PhotoIssue = Schema<'PhotoIssue'>;

/** What `prescriptionUploads.create` takes. */
export interface PrescriptionUploadCreateParams {
  /** The photo: a `File`/`Blob` (browser), or a `Uint8Array`/`Buffer`/`ArrayBuffer` (PNG or JPEG, ≤ 10 MB). */
  file: Blob | Uint8Array | ArrayBuffer;
  /** The patient the prescription is for (a widget session may only name its own). */
  patient_id: string;
  /** The consultation the paper prescription came from, when known. */
  consultation_id?: string;
  /** A note for the pharmacist (≤ 500 characters). */
  note?: string;
  /** File name (default: the `File`'s name, else `upload`). */
  filename?: string;
  /** Content type for raw bytes, `image/jpeg` or `image/png` (a `Blob` carries its own). */
  contentType?: string;
}

/** Filters for `prescriptionUploads.list`. */
export interface PrescriptionUploadListParams {
  patient_id?: string;
  status?: PrescriptionUploadStatus;
  /** Items per page fetched from the API (1–100, default 20); iteration still covers every page. */
  limit?: number;
}

/** Photos of paper prescriptions, quality-checked on upload and reviewed by a pharmacist. */
export interface PrescriptionUploadsResource {
  /**
   * Uploads a photo (`POST /v1/prescription-uploads`, multipart). A photo that is blurry, too
   * dark or bright, too small or cut off is a `ValidationError` whose problem lists each issue
   * (see {@link isPhotoQualityProblem}); nothing is stored. Retries resend the whole body under
   * one idempotency key, so one upload.
   *
   * @example
   * ```ts
   * const upload = await rx.prescriptionUploads.create({ file: photo, patient_id: 'pat_test_wangfang' });
   * console.log(upload.status); // 'pending_review'
   * ```
   */
  create(
    params: PrescriptionUploadCreateParams,
    options?: RequestOptions,
  ): Promise<PrescriptionUpload>;
  /** An upload and its review (`GET /v1/prescription-uploads/{id}`). */
  retrieve(id: string, options?: RequestOptions): Promise<PrescriptionUpload>;
  /** Uploads, newest first, filtered by patient and/or status, fetched page by page. */
  list(
    params?: PrescriptionUploadListParams,
    options?: RequestOptions,
  ): Paginator<PrescriptionUpload>;
}

/**
 * Whether `error` is the 422 of a refused prescription photo, typed with its `issues`.
 *
 * @example
 * ```ts
 * const result = await rx.prescriptionUploads.create(params).catch((e: unknown) => e);
 * if (isPhotoQualityProblem(result)) {
 *   for (const issue of result.problem?.issues ?? []) console.log(issue.code, issue.reason);
 * }
 * ```
 */
export function isPhotoQualityProblem(
  error: unknown,
): error is ValidationError<PhotoQualityProblem> {
  return error instanceof ValidationError && error.problem?.code === 'photo_quality_insufficient';
}

/** The prescription-uploads resource bound to a client. */
export function prescriptionUploads(client: ApothecaClient): PrescriptionUploadsResource {
  return {
    create: ({ file, filename, contentType, ...fields }, options) =>
      client.upload(
        '/v1/prescription-uploads',
        { file, filename, contentType, fields: definedFields(fields) },
        options,
      ),
    retrieve: (id, options) =>
      client.get('/v1/prescription-uploads/{id}', { ...options, params: { path: { id } } }),
    list: (params = {}, options) =>
      client.paginate('/v1/prescription-uploads', { params: { query: params } }, options),
  };
}

// A multipart form has no "undefined": leave an absent optional field out.
function definedFields(fields: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}
