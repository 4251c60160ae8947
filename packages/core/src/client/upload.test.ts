import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { BASE, problem, useMswServer } from '../test-support/msw';
import { ApothecaClient } from './client';

const server = useMswServer();

interface Received {
  key: string | null;
  purpose: FormDataEntryValue | null;
  name: string;
  type: string;
  bytes: number[];
}

function serveFiles(failFirst: number) {
  const received: Received[] = [];
  server.use(
    http.post(`${BASE}/v1/files`, async ({ request }) => {
      const form = await request.formData();
      const file = form.get('file') as File;
      received.push({
        key: request.headers.get('idempotency-key'),
        purpose: form.get('purpose'),
        name: file.name,
        type: file.type,
        bytes: [...new Uint8Array(await file.arrayBuffer())],
      });
      if (received.length <= failFirst) {
        return problem(503, 'unavailable');
      }
      return HttpResponse.json({ id: 'file_1', object: 'file' }, { status: 201 });
    }),
  );
  return received;
}

const client = new ApothecaClient({
  baseUrl: BASE,
  apiKey: 'sk_test_x',
  browser: false,
  backoff: { sleep: async () => {} },
});

describe('upload', () => {
  it.each([
    ['Uint8Array', new Uint8Array([1, 2, 3])],
    ['ArrayBuffer', new Uint8Array([1, 2, 3]).buffer],
    ['Blob', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' })],
  ])('sends a %s as multipart and resends the whole body on retry', async (_kind, file) => {
    const received = serveFiles(1);
    const stored = await client.upload('/v1/files', {
      file,
      filename: 'rx.png',
      contentType: 'image/png',
      fields: { purpose: 'prescription_photo' },
    });
    expect(stored).toEqual({ id: 'file_1', object: 'file' });
    expect(received).toHaveLength(2);
    for (const attempt of received) {
      expect(attempt).toMatchObject({
        purpose: 'prescription_photo',
        name: 'rx.png',
        type: 'image/png',
        bytes: [1, 2, 3],
      });
    }
    expect(received[0]?.key).toBeTruthy();
    expect(received[1]?.key).toBe(received[0]?.key);
  });

  it("uses a File's own name", async () => {
    const received = serveFiles(0);
    await client.upload('/v1/files', {
      file: new File(['%PDF'], 'invoice.pdf', { type: 'application/pdf' }),
      fields: { purpose: 'claim_attachment' },
    });
    expect(received[0]).toMatchObject({ name: 'invoice.pdf', type: 'application/pdf' });
  });
});
