import { readFileSync } from 'node:fs';
import { API_VERSION as CONTRACT_VERSION } from '@apotheca/api-spec';
import { describe, expect, it } from 'vitest';
import { API_VERSION, CLIENT_VERSION } from './version';

describe('versions', () => {
  it('sends the API version of the contract it was built from', () => {
    expect(API_VERSION).toBe(CONTRACT_VERSION);
  });

  it('reports its own package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(CLIENT_VERSION).toBe(pkg.version);
  });
});
