import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openapiDocument } from './document';
import { API_VERSION, SENSITIVE_FIELDS } from './index';

type Operation = { responses: Record<string, { $ref?: string }> };
type Schema = { allOf?: Schema[]; properties?: Record<string, { enum?: string[] }> };
const components = openapiDocument.components as unknown as {
  responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }>;
  schemas: Record<string, Schema>;
};

function operations(): [string, Operation][] {
  return Object.entries(openapiDocument.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => method !== 'parameters')
      .map(([method, op]): [string, Operation] => [
        `${method.toUpperCase()} ${path}`,
        op as Operation,
      ]),
  );
}

/** The `code` values a problem response lists (empty when it does not list them). */
function listedCodes(ref: string | undefined): string[] {
  const response = components.responses[ref?.split('/').pop() ?? ''];
  const schemaRef = response?.content['application/problem+json']?.schema.$ref ?? '';
  const schema = components.schemas[schemaRef.split('/').pop() ?? ''];
  return (schema?.allOf ?? []).flatMap((part) => part.properties?.code?.enum ?? []);
}

describe('@apotheca/api-spec', () => {
  // The root `npm test` runs `generate --check` before any build; this catches it in a package run.
  // A subprocess that runs Redocly: allowed more than the default 5 s on a busy machine.
  it('has generated files in step with openapi/', { timeout: 60_000 }, async () => {
    await expect(
      promisify(execFile)('node', ['scripts/generate.mjs', '--check'], {
        cwd: new URL('..', import.meta.url),
      }),
    ).resolves.toBeDefined();
  });

  it('declares the API version it is generated for', () => {
    expect(openapiDocument.info.version).toBe(API_VERSION);
  });

  it('gives every operation a problem+json answer for 429', () => {
    for (const [name, op] of operations()) expect(op.responses, name).toHaveProperty('429');
  });

  it('lists the error codes of every trace conflict, so clients can type them', () => {
    const conflicts = operations().filter(
      ([name, op]) => name.includes('/trace/') && op.responses['409'],
    );
    expect(conflicts.map(([name]) => name)).toEqual([
      'POST /v1/trace/dispensations',
      'POST /v1/trace/dispensations/{id}/reversal',
    ]);
    for (const [name, op] of conflicts)
      expect(listedCodes(op.responses['409']?.$ref), name).not.toEqual([]);
    expect(listedCodes('#/components/responses/DispensationConflict')).toContain('pack_not_active');
  });

  it('keeps trace members off the global Problem', () => {
    const problem = JSON.stringify(components.schemas.Problem);
    for (const member of ['pack_state', 'trace_status', 'alert_codes', 'position'])
      expect(problem).not.toContain(member);
  });

  it('declares Apotheca-Should-Retry on every shared problem response', () => {
    for (const [name, response] of Object.entries(
      openapiDocument.components.responses as Record<string, { headers: object }>,
    ))
      expect(response.headers, name).toHaveProperty('Apotheca-Should-Retry');
  });

  it('exports the sensitive fields the contract marks', () => {
    expect(SENSITIVE_FIELDS).toEqual(expect.arrayContaining(['allergies', 'birth_date', 'phone']));
    expect(SENSITIVE_FIELDS).not.toContain('preferred_locale');
  });
});
