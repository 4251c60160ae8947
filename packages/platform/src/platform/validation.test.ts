import { createTestPlatform } from '@apotheca/testing/node';
import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../storage/memory-storage';
import type { Storage } from '../storage/types';

type Problem = {
  code: string;
  status: number;
  detail: string;
  request_id: string;
  errors?: Array<{ path: string; code: string; message: string }>;
  line?: number;
  column?: number;
};

const sandbox = createTestPlatform();

describe('request validation', () => {
  it('answers malformed JSON with 400 invalid_json saying where', async () => {
    const res = await sandbox.api<Problem>('POST', '/v1/patients', {
      body: '{"name": "Li",\n  "birth_date": }',
      contentType: 'application/json',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body.code).toBe('invalid_json');
    expect(res.body.detail).toContain('line 2, column 17');
    expect(res.body).toMatchObject({ line: 2, column: 17 });
    expect(res.body.errors?.[0]?.path).toBe('/body');
  });

  it('names each invalid field with a JSON pointer and a clear message', async () => {
    const res = await sandbox.api<Problem>('POST', '/v1/patients', {
      json: { name: '', birth_date: '1990-02-30', sex: 'x', nickname: 'Li', allergies: [{}] },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: '/body/name', code: 'required', message: 'must not be empty' },
        {
          path: '/body/birth_date',
          code: 'invalid_format',
          message: 'must be a calendar date (YYYY-MM-DD)',
        },
        {
          path: '/body/sex',
          code: 'invalid_value',
          message: 'must be one of: female, male, other, unknown',
        },
        {
          path: '/body/nickname',
          code: 'unknown_field',
          message: 'is not a field this operation accepts',
        },
        { path: '/body/allergies/0/substance', code: 'required', message: 'is required' },
      ]),
    );
  });

  it('reports a missing required field and a missing body', async () => {
    const missing = await sandbox.api<Problem>('POST', '/v1/patients', { json: { name: 'Li' } });
    expect(missing.body.errors).toEqual([
      { path: '/body/birth_date', code: 'required', message: 'is required' },
    ]);
    const empty = await sandbox.api<Problem>('POST', '/v1/patients');
    expect(empty.status).toBe(400);
    expect(empty.body.errors?.[0]).toMatchObject({ path: '/body', code: 'required' });
  });

  it('coerces and validates query parameters', async () => {
    const bad = await sandbox.api<Problem>('GET', '/v1/patients?limit=abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { path: '/query/limit', code: 'invalid_type', message: 'must be an integer' },
    ]);
    const tooBig = await sandbox.api<Problem>('GET', '/v1/patients?limit=101');
    expect(tooBig.body.errors?.[0]).toMatchObject({ path: '/query/limit', code: 'too_large' });
    const typo = await sandbox.api<Problem>('GET', '/v1/patients?limt=5');
    expect(typo.body.errors?.[0]).toMatchObject({ path: '/query/limt', code: 'unknown_parameter' });
    const ok = await sandbox.api<{ data: unknown[] }>('GET', '/v1/patients?limit=2');
    expect(ok.status).toBe(200);
    expect(ok.body.data).toHaveLength(2);
  });

  it('validates path parameters and declared headers', async () => {
    const path = await sandbox.api<Problem>('GET', '/v1/patients/not-a-patient');
    expect(path.status).toBe(400);
    expect(path.body.errors?.[0]?.path).toBe('/path/id');
    const version = await sandbox.api<Problem>('GET', '/v1/patients', {
      headers: { 'apotheca-version': '2020-01-01' },
    });
    expect(version.status).toBe(400);
    expect(version.body.errors?.[0]).toMatchObject({
      path: '/header/Apotheca-Version',
      code: 'invalid_value',
    });
  });

  it('answers a wrong content type with 415 naming the accepted ones', async () => {
    const res = await sandbox.api<Problem & { accepted: string[] }>('POST', '/v1/patients', {
      body: 'name=Li',
      contentType: 'text/plain',
    });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('unsupported_media_type');
    expect(res.body.accepted).toEqual(['application/json']);
  });

  it('answers an oversized body with 413 without reading it all', async () => {
    const small = createTestPlatform({ maxBodyBytes: 64 });
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode('x'.repeat(50)));
        if (pulled > 1000) controller.close();
      },
    });
    const res = await small.handle(
      new Request('http://localhost:4010/v1/patients', {
        method: 'POST',
        headers: {
          authorization: 'Bearer sk_test_apotheca_sandbox',
          'content-type': 'application/json',
        },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect(((await res.json()) as Problem).code).toBe('payload_too_large');
    expect(pulled).toBeLessThan(10);
  });

  it('answers unknown routes with 404 and wrong methods with 405 + Allow', async () => {
    const unknown = await sandbox.api<Problem>('GET', '/v1/nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('route_not_found');
    const method = await sandbox.api<Problem>('DELETE', '/v1/patients');
    expect(method.status).toBe(405);
    expect(method.headers.get('allow')).toBe('GET, POST, OPTIONS');
    expect(method.body.code).toBe('method_not_allowed');
  });

  it('puts a request id on every response, matching the problem', async () => {
    const res = await sandbox.api<Problem>('GET', '/v1/nope');
    expect(res.headers.get('apotheca-request-id')).toMatch(/^req_[A-Za-z0-9]+$/);
    expect(res.body.request_id).toBe(res.headers.get('apotheca-request-id'));
  });

  it('never answers 500 to garbage input', async () => {
    const bodies = [
      '',
      'null',
      '[]',
      '"x"',
      '{"name":{}}',
      '\u0000',
      '{"name":"a","birth_date":"1990-01-01","metadata":{"a":1}}',
    ];
    for (const body of bodies) {
      const res = await sandbox.api('POST', '/v1/patients', {
        body,
        contentType: 'application/json',
      });
      expect(res.status, body).toBe(400);
    }
    const bytes = await sandbox.api('POST', '/v1/patients', {
      body: new Uint8Array([0xff, 0xfe, 0x7b]),
      contentType: 'application/json',
    });
    expect(bytes.status).toBe(400);
  });

  it('turns an unexpected exception into a logged 500 internal_error with the request id', async () => {
    const inner = new MemoryStorage();
    const broken: Storage = {
      transaction: (fn) =>
        inner.transaction((tx) =>
          fn({
            ...tx,
            blobs: tx.blobs,
            collection: (name) => {
              if (name === 'patients') throw new Error('disk on fire');
              return tx.collection(name);
            },
          }),
        ),
      sync: () => inner.sync(),
      close: () => inner.close(),
    };
    const logger = { error: vi.fn(), warn: vi.fn() };
    const platform = createTestPlatform({
      storage: broken,
      seed: false,
      logger,
      allowServerErrors: true,
    });
    const res = await platform.api<Problem>('GET', '/v1/patients/pat_test_wangfang');
    expect(res.status).toBe(500);
    expect(res.body.code).toBe('internal_error');
    expect(res.body.detail).toContain(res.body.request_id);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(res.body.request_id),
      expect.any(Error),
    );
  });
});
