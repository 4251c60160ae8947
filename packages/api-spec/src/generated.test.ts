import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openapiDocument } from './document';
import { API_VERSION } from './index';

describe('@apotheca/api-spec', () => {
  it('has generated files in step with openapi.yaml', async () => {
    await expect(
      promisify(execFile)('node', ['scripts/generate.mjs', '--check'], {
        cwd: new URL('..', import.meta.url),
      }),
    ).resolves.toBeDefined();
    // Spawns Node and openapi-typescript: seconds on a busy shared machine.
  }, 60_000);

  it('declares the API version it is generated for', () => {
    expect(openapiDocument.info.version).toBe(API_VERSION);
  });

  it('gives every operation a problem+json answer for 429', () => {
    for (const [path, item] of Object.entries(openapiDocument.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (method === 'parameters') continue;
        const responses = (op as { responses: Record<string, unknown> }).responses;
        expect(responses, `${method.toUpperCase()} ${path}`).toHaveProperty('429');
      }
    }
  });
});
