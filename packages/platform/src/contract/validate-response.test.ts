import { describe, expect, it } from 'vitest';
import { createResponseValidator } from './validate-response';

const validator = createResponseValidator();
const headers = { 'Apotheca-Request-Id': 'req_abc123', 'Content-Type': 'application/json' };
const problemHeaders = {
  'Apotheca-Request-Id': 'req_abc123',
  'Content-Type': 'application/problem+json',
};
const patient = {
  id: 'pat_test_wangfang',
  object: 'patient',
  name: '王芳',
  birth_date: '1956-03-14',
  sex: 'female',
  allergies: [],
  conditions: [],
  preferred_locale: 'zh-CN',
  time_zone: 'Asia/Shanghai',
  metadata: {},
  created_at: '2026-01-05T08:00:00Z',
  updated_at: '2026-01-05T08:00:00Z',
};
const problem = (status: number) =>
  JSON.stringify({
    type: 'https://docs.apotheca.example/errors/x',
    title: 'X',
    status,
    code: 'x',
    request_id: 'req_abc123',
  });

describe('createResponseValidator', () => {
  it('accepts a conforming response', () => {
    expect(
      validator.check({
        method: 'GET',
        path: '/v1/patients/pat_test_wangfang',
        status: 200,
        headers,
        body: JSON.stringify(patient),
      }),
    ).toEqual([]);
  });

  it('flags a body that breaks the schema', () => {
    const problems = validator.check({
      method: 'GET',
      path: '/v1/patients/pat_test_wangfang',
      status: 200,
      headers,
      body: JSON.stringify({ ...patient, sex: 'robot', created_at: 'yesterday' }),
    });
    expect(problems.join('\n')).toMatch(/\/sex/);
    expect(problems.join('\n')).toMatch(/created_at/);
  });

  it('flags undeclared statuses, wrong content types and missing headers', () => {
    const undeclared = validator.check({
      method: 'GET',
      path: '/v1/health',
      status: 202,
      headers,
      body: '{"status":"ok"}',
    });
    expect(undeclared.join()).toContain('not declared for getHealth');
    const contentType = validator.check({
      method: 'GET',
      path: '/v1/patients/pat_x',
      status: 404,
      headers: { ...headers },
      body: problem(404),
    });
    expect(contentType.join()).toContain('content type application/json');
    const noId = validator.check({
      method: 'GET',
      path: '/v1/health',
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"status":"ok","api_version":"x","time":"2026-01-01T00:00:00Z"}',
    });
    expect(noId.join()).toContain('Apotheca-Request-Id');
    const noRetry = validator.check({
      method: 'GET',
      path: '/v1/health',
      status: 429,
      headers: problemHeaders,
      body: problem(429),
    });
    expect(noRetry.join()).toContain('Retry-After');
  });

  it('checks that problem.status and request_id agree with the response', () => {
    const problems = validator.check({
      method: 'GET',
      path: '/v1/nope',
      status: 404,
      headers: problemHeaders,
      body: problem(400),
    });
    expect(problems.join()).toContain('problem.status 400');
  });

  it('throws from assertResponse on a mismatch', async () => {
    const response = new Response('{}', { status: 200, headers });
    await expect(
      validator.assertResponse({ method: 'GET', url: 'http://x/v1/health' }, response),
    ).rejects.toThrow(/breaks the contract/);
  });
});
