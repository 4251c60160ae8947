import type { Schema } from '@apotheca/api-spec';
import { mediaTypeOf, payloadTooLarge } from '../../http/body';
import { ApiError, notFound, unprocessable, validationFailed } from '../../http/problem';
import { sha256Hex } from '../../idempotency/fingerprint';
import { FILE_MAX_BYTES } from '../../platform/options';
import { isoSeconds } from '../../util/clock';
import { type DomainModule, defineRoute } from '../types';
import { ALLOWED_FILE_TYPES, type AllowedFileType, sniffFileType } from './sniff';

type FileDoc = Schema<'File'>;

const FILES = 'files';

/** Room for the multipart envelope around a file at the size limit. */
const MULTIPART_OVERHEAD = 64 * 1024;

interface PreparedUpload {
  bytes: Uint8Array;
  sha256: string;
  contentType: AllowedFileType;
  filename: string;
  purpose: Schema<'FilePurpose'>;
}

function fileError(code: string, message: string) {
  return [{ path: '/body/file', code, message }];
}

const createFile = defineRoute({
  operationId: 'createFile',
  bodyLimit: FILE_MAX_BYTES + MULTIPART_OVERHEAD,
  async prepare({ body: form }): Promise<PreparedUpload> {
    const file = form.get('file');
    if (file === null || typeof file === 'string') {
      throw validationFailed(fileError('invalid_type', 'must be a file part (with a filename)'));
    }
    if (file.size > FILE_MAX_BYTES) throw payloadTooLarge(FILE_MAX_BYTES);
    if (file.size === 0) {
      throw unprocessable(
        'file_empty',
        'The file is empty.',
        fileError('file_empty', 'must not be empty'),
      );
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sniffed = sniffFileType(bytes);
    const declared = mediaTypeOf(file.type);
    const generic = declared === null || declared === 'application/octet-stream';
    if (!generic && !ALLOWED_FILE_TYPES.includes(declared as AllowedFileType)) {
      throw new ApiError(
        415,
        'unsupported_file_type',
        `Files must be ${ALLOWED_FILE_TYPES.join(', ')}; got ${declared}.`,
        { extra: { accepted: ALLOWED_FILE_TYPES } },
      );
    }
    if (sniffed === null) {
      if (generic) {
        throw new ApiError(
          415,
          'unsupported_file_type',
          `The file is none of ${ALLOWED_FILE_TYPES.join(', ')}.`,
          { extra: { accepted: ALLOWED_FILE_TYPES } },
        );
      }
      throw unprocessable(
        'file_type_mismatch',
        `The file is declared as ${declared} but its content is not.`,
        fileError('file_type_mismatch', `content does not match ${declared}`),
      );
    }
    if (!generic && sniffed !== declared) {
      throw unprocessable(
        'file_type_mismatch',
        `The file is declared as ${declared} but its content is ${sniffed}.`,
        fileError('file_type_mismatch', `content is ${sniffed}, not ${declared}`),
      );
    }
    // Keep only the base name: a filename is never a path on our side.
    const filename = (file.name || 'upload').split(/[\\/]/).pop()!.slice(0, 255) || 'upload';
    return {
      bytes,
      sha256: await sha256Hex(bytes),
      contentType: sniffed,
      filename,
      purpose: form.get('purpose') as Schema<'FilePurpose'>,
    };
  },
  handle({ tx, prepared, now, newId, emit }) {
    const doc: FileDoc = {
      id: newId('file'),
      object: 'file',
      purpose: prepared.purpose,
      filename: prepared.filename,
      content_type: prepared.contentType,
      size: prepared.bytes.byteLength,
      sha256: prepared.sha256,
      created_at: isoSeconds(now),
    };
    tx.collection<FileDoc>(FILES).put(doc);
    tx.blobs.put(doc.id, prepared.bytes);
    emit('file.created', doc);
    return { status: 201, body: doc };
  },
});

const getFile = defineRoute({
  operationId: 'getFile',
  handle({ tx, params }) {
    const file = tx.collection<FileDoc>(FILES).get(params.id);
    if (!file) throw notFound('file', params.id);
    return { status: 200, body: file };
  },
});

/** File uploads (multipart, sniffed, hashed) and their metadata. */
export const filesDomain: DomainModule = { name: 'files', routes: [createFile, getFile] };
