import { createHash } from 'node:crypto';
import { createTestPlatform } from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';
import { sniffFileType } from './sniff';

type FileBody = {
  id: string;
  content_type: string;
  size: number;
  sha256: string;
  filename: string;
  purpose: string;
};
type Problem = { code: string; errors?: Array<{ path: string; code: string }> };

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n');

function form(
  bytes: Uint8Array,
  type: string,
  purpose = 'prescription_photo',
  filename = 'rx.png',
): FormData {
  const data = new FormData();
  data.set('purpose', purpose);
  data.set('file', new File([bytes as Uint8Array<ArrayBuffer>], filename, { type }));
  return data;
}

describe('sniffFileType', () => {
  it('recognises the allowed types by their magic bytes', () => {
    expect(sniffFileType(PNG)).toBe('image/png');
    expect(sniffFileType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffFileType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffFileType(PDF)).toBe('application/pdf');
    expect(sniffFileType(new TextEncoder().encode('GIF89a'))).toBeNull();
  });
});

describe('files', () => {
  it('stores an upload with its size and SHA-256, then serves its metadata', async () => {
    const sandbox = createTestPlatform();
    const res = await sandbox.api<FileBody>('POST', '/v1/files', {
      body: form(PNG, 'image/png', 'prescription_photo', 'C:\\photos\\rx.png'),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      content_type: 'image/png',
      size: PNG.byteLength,
      filename: 'rx.png',
      purpose: 'prescription_photo',
      sha256: createHash('sha256').update(PNG).digest('hex'),
    });
    const meta = await sandbox.api<FileBody>('GET', `/v1/files/${res.body.id}`);
    expect(meta.body).toEqual(res.body);
    const bytes = sandbox.platform.storage.transaction((tx) => tx.blobs.get(res.body.id));
    expect(Array.from(bytes ?? [])).toEqual(Array.from(PNG));
  });

  it('takes the sniffed type when the part says application/octet-stream', async () => {
    const sandbox = createTestPlatform();
    const res = await sandbox.api<FileBody>('POST', '/v1/files', {
      body: form(PDF, 'application/octet-stream', 'claim_attachment', 'invoice.pdf'),
    });
    expect(res.body.content_type).toBe('application/pdf');
  });

  it('rejects content that does not match the declared type with 422 file_type_mismatch', async () => {
    const sandbox = createTestPlatform();
    const res = await sandbox.api<Problem>('POST', '/v1/files', { body: form(PDF, 'image/png') });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('file_type_mismatch');
    expect(res.body.errors?.[0]?.path).toBe('/body/file');
  });

  it('rejects types outside the allow-list with 415', async () => {
    const sandbox = createTestPlatform();
    const res = await sandbox.api<Problem>('POST', '/v1/files', {
      body: form(new TextEncoder().encode('hello'), 'text/plain', 'pack_photo', 'a.txt'),
    });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('unsupported_file_type');
  });

  it('validates the purpose and the file part', async () => {
    const sandbox = createTestPlatform();
    const purpose = await sandbox.api<Problem>('POST', '/v1/files', {
      body: form(PNG, 'image/png', 'selfie'),
    });
    expect(purpose.status).toBe(400);
    expect(purpose.body.errors?.[0]?.path).toBe('/body/purpose');
    const noFile = new FormData();
    noFile.set('purpose', 'pack_photo');
    const missing = await sandbox.api<Problem>('POST', '/v1/files', { body: noFile });
    expect(missing.body.errors?.[0]).toMatchObject({ path: '/body/file', code: 'required' });
    const json = await sandbox.api<Problem>('POST', '/v1/files', {
      json: { purpose: 'pack_photo' },
    });
    expect(json.status).toBe(415);
  });

  it('refuses files over 10 MiB with 413', async () => {
    const sandbox = createTestPlatform();
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PNG);
    const res = await sandbox.api<Problem>('POST', '/v1/files', { body: form(big, 'image/png') });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
  });

  it('replays an idempotent upload even though each encoding has a new boundary', async () => {
    const sandbox = createTestPlatform();
    const first = await sandbox.api<FileBody>('POST', '/v1/files', {
      body: form(PNG, 'image/png'),
      idempotencyKey: 'up-1',
    });
    const retry = await sandbox.api<FileBody>('POST', '/v1/files', {
      body: form(PNG, 'image/png'),
      idempotencyKey: 'up-1',
    });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    const changed = new Uint8Array(PNG);
    changed[11] = 9;
    const other = await sandbox.api<Problem>('POST', '/v1/files', {
      body: form(changed, 'image/png'),
      idempotencyKey: 'up-1',
    });
    expect(other.status).toBe(422);
  });

  it('lets a widget session with files:write upload', async () => {
    const sandbox = createTestPlatform();
    const session = await sandbox.api<{ token: string }>('POST', '/v1/widget-sessions', {
      json: {
        patient_id: 'pat_test_davidchen',
        scopes: ['files:write'],
        allowed_origin: 'https://app.example',
      },
    });
    const res = await sandbox.api('POST', '/v1/files', {
      token: session.body.token,
      body: form(PNG, 'image/png'),
    });
    expect(res.status).toBe(201);
  });
});
