import { request } from 'node:http';
import { checkedFetch, contractValidator } from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from './start-sandbox';

let sandbox: RunningSandbox;
const auth = { authorization: 'Bearer sk_test_apotheca_sandbox' };

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, quiet: true, maxBodyBytes: 1024 });
});
afterAll(() => sandbox.close());

/** A raw request, to see what happens on the socket (node:http, not fetch). */
function rawPost(
  path: string,
  body: Buffer,
): Promise<{ status: number; connection: string | undefined; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${sandbox.url}${path}`,
      { method: 'POST', headers: { ...auth, 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          const problems = contractValidator().check({
            method: 'POST',
            path,
            status: res.statusCode ?? 0,
            headers: res.headers as Record<string, string>,
            body: text,
          });
          if (problems.length > 0) reject(new Error(problems.join('\n')));
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, text });
        });
      },
    );
    req.on('error', reject);
    // Streamed without Content-Length, so the host must count as it reads.
    req.write(body);
    req.end();
  });
}

describe('startSandbox (node:http host)', () => {
  it('serves the API over HTTP', async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await checkedFetch(`${sandbox.url}/v1/health`);
    expect(health.status).toBe(200);
    const created = await checkedFetch(`${sandbox.url}/v1/patients`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': 'http-1' },
      body: JSON.stringify({ name: 'Over HTTP', birth_date: '1999-09-09' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const fetched = await checkedFetch(`${sandbox.url}/v1/patients/${id}?`, { headers: auth });
    expect(((await fetched.json()) as { name: string }).name).toBe('Over HTTP');
  });

  it('answers 413 for a streamed body over the limit and closes the connection', async () => {
    const res = await rawPost('/v1/patients', Buffer.alloc(64 * 1024, 0x20));
    expect(res.status).toBe(413);
    expect(res.connection).toBe('close');
    expect(JSON.parse(res.text).code).toBe('payload_too_large');
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const res = await checkedFetch(`${sandbox.url}/v1/patients`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(2000), birth_date: '1999-09-09' }),
    });
    expect(res.status).toBe(413);
  });

  it('passes query strings and repeated headers through', async () => {
    const res = await checkedFetch(`${sandbox.url}/v1/patients?limit=1`, { headers: auth });
    expect(((await res.json()) as { data: unknown[] }).data).toHaveLength(1);
    const unknown = await checkedFetch(`${sandbox.url}/nothing/here`);
    expect(unknown.status).toBe(404);
  });

  // Regression: Node kept the first of two Authorization headers and served the request.
  it('refuses a request with two Authorization headers', async () => {
    const res = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(`${sandbox.url}/v1/patients?limit=1`, (r) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString()));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, text }));
      });
      req.setHeader('authorization', [auth.authorization, 'Bearer sk_test_apotheca_limited']);
      req.on('error', reject);
      req.end();
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).code).toBe('duplicate_authorization_header');
  });
});
