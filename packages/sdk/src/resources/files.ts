import type { Schema } from '@apotheca/api-spec';
import type { ApothecaClient, RequestOptions } from '@apotheca/core';

/** A stored file's metadata. */
export type ApothecaFile = Schema<'File'>;
/** What an uploaded file is for. */
export type FilePurpose = Schema<'FilePurpose'>;

/** What `files.create` takes. */
export interface FileCreateParams {
  /** The bytes: a `File`/`Blob` (browser), or a `Uint8Array`/`Buffer`/`ArrayBuffer`. */
  file: Blob | Uint8Array | ArrayBuffer;
  purpose: FilePurpose;
  /** File name (default: the `File`'s name, else `upload`). */
  filename?: string;
  /** Content type for raw bytes, e.g. `image/jpeg` (a `Blob` carries its own). */
  contentType?: string;
}

/** Uploaded files (prescription photos, claim attachments, identity documents, pack photos). */
export interface FilesResource {
  /** Uploads a file (`POST /v1/files`, multipart); retried safely with one idempotency key. */
  create(params: FileCreateParams, options?: RequestOptions): Promise<ApothecaFile>;
  /** Retrieves a file's metadata (`GET /v1/files/{id}`). */
  retrieve(id: string, options?: RequestOptions): Promise<ApothecaFile>;
}

/** The files resource bound to a client. */
export function files(client: ApothecaClient): FilesResource {
  return {
    create: ({ file, purpose, filename, contentType }, options) =>
      client.upload('/v1/files', { file, filename, contentType, fields: { purpose } }, options),
    retrieve: (id, options) =>
      client.get('/v1/files/{id}', { ...options, params: { path: { id } } }),
  };
}
