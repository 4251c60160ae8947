import { describe, expect, it } from 'vitest';
import { mergeDomains, sensitiveFields } from '../scripts/merge.mjs';

const root = {
  openapi: '3.1.0',
  'x-domains': ['a', 'b'],
  tags: [{ name: 'platform' }],
  components: {
    securitySchemes: { oauth2: { type: 'oauth2', flows: { clientCredentials: { scopes: {} } } } },
    schemas: { Scope: { type: 'string', enum: [] }, EventType: { type: 'string', enum: [] } },
  },
};
const a = {
  tags: [{ name: 'a' }],
  'x-scopes': { 'a:read': 'Read a' },
  'x-events': ['a.created'],
  paths: { '/v1/a': { get: {} } },
  components: { schemas: { A: { type: 'object', properties: { name: { 'x-sensitive': true } } } } },
};
const b = {
  paths: { '/v1/b': { get: {} } },
  components: { responses: { B: { description: 'b' } } },
};

describe('mergeDomains', () => {
  it('merges each listed domain in order and registers its scopes and events', () => {
    const doc = mergeDomains(root, { a, b }) as Record<string, never>;
    expect(doc).not.toHaveProperty('x-domains');
    expect(doc.tags).toEqual([{ name: 'platform' }, { name: 'a' }]);
    expect(Object.keys(doc.paths ?? {})).toEqual(['/v1/a', '/v1/b']);
    expect(doc).toMatchObject({
      components: {
        securitySchemes: {
          oauth2: { flows: { clientCredentials: { scopes: { 'a:read': 'Read a' } } } },
        },
        schemas: { Scope: { enum: ['a:read'] }, EventType: { enum: ['a.created'] }, A: {} },
        responses: { B: { description: 'b' } },
      },
    });
    // The root is not modified: the merge works on a copy.
    expect(root.components.schemas.Scope.enum).toEqual([]);
  });

  it('refuses a name defined twice instead of overriding it', () => {
    const clash = { components: { schemas: { A: { type: 'string' } } } };
    expect(() => mergeDomains({ ...root, 'x-domains': ['a', 'c'] }, { a, c: clash })).toThrow(
      'domains/c.yaml schemas: "A" is defined twice',
    );
    expect(() => mergeDomains({ ...root, 'x-domains': ['a', 'c'] }, { a, c: a })).toThrow(
      '"/v1/a" is defined twice',
    );
  });

  it('refuses a listed domain without a file, and unknown keys in a domain file', () => {
    expect(() => mergeDomains(root, { a })).toThrow('there is no domains/b.yaml');
    expect(() => mergeDomains(root, { a, b: { ...b, info: {} } })).toThrow('unknown keys info');
  });
});

describe('sensitiveFields', () => {
  it('collects properties marked x-sensitive at any depth and the root list, sorted', () => {
    const doc = mergeDomains({ ...root, 'x-sensitive-fields': ['phone'] }, { a, b });
    expect(sensitiveFields(doc)).toEqual(['name', 'phone']);
  });
});
