/**
 * Everything that needs the SDK (`@apotheca/core`, `@apotheca/prescriptions`), in one chunk
 * loaded on first contact or when the page is idle.
 */
import { ApothecaClient } from '@apotheca/core';
import { isPhotoQualityProblem, prescriptions } from '@apotheca/prescriptions';
import type { ApiFactory } from '../../platform/controllers/api-controller';
import type { UploadApi } from '../api/upload-api';

/** The upload's calls through the SDK: typed errors, retries, session refresh in core. */
export const createUploadApi: ApiFactory<UploadApi> = (options) => ({
  prescriptionUploads: prescriptions(new ApothecaClient(options)).prescriptionUploads,
  isPhotoQualityProblem,
});
export { newIdempotencyKey } from '@apotheca/core';
