import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestPlatform, TRACE_CODES } from '@apotheca/testing/node';
import { describe, expect, it } from 'vitest';
import { contractDocument } from '../contract/document';
import { listOperations } from '../contract/operations';
import { defaultDomains } from './index';
import { seededRegistry, TraceRegistry } from './trace/registry';

const DOMAINS_DIR = dirname(fileURLToPath(import.meta.url));

describe('the registered domains', () => {
  it('implement every operation of the contract (none would answer 501)', () => {
    const implemented = new Set<string>(
      defaultDomains().flatMap((domain) => domain.routes.map((r) => r.operationId)),
    );
    const missing = listOperations(contractDocument())
      .map((op) => op.operationId)
      .filter((id) => !implemented.has(id));
    expect(missing).toEqual([]);
  });

  it('give each platform its own trace registry, which a test can replace', async () => {
    const seeded = seededRegistry();
    expect(seededRegistry()).not.toBe(seeded);
    // A registry without the genuine atorvastatin pack: its code is then unknown.
    const registry = new TraceRegistry(
      [...seeded.products.values()],
      [...seeded.packs.values()].filter((p) => p.id !== 'pack_atv0001'),
    );
    const custom = createTestPlatform({ domains: defaultDomains({ trace: { registry } }) });
    const standard = createTestPlatform();
    const verify = (sandbox: typeof custom) =>
      sandbox.api<{ status: string }>('POST', '/v1/trace/verifications', {
        json: { code: TRACE_CODES.genuine, context: 'inspect' },
      });
    expect((await verify(standard)).body.status).toBe('verified');
    expect((await verify(custom)).body.status).toBe('not_found');
  });
});

/** Every `.ts` file under a directory. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative import specifiers of a file (static, re-exports and dynamic). */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((s) => resolve(dirname(file), s));
}

/**
 * `domain/path` pairs where one domain reaches into another past its `api.ts`, or into the
 * registration point.
 */
function crossDomainViolations(domainsDir: string): string[] {
  const domainOf = (path: string): string | null => {
    const rel = relative(domainsDir, path);
    if (rel.startsWith('..')) return null;
    const parts = rel.split(sep);
    return parts.length > 1 ? parts[0]! : null;
  };
  const violations: string[] = [];
  for (const file of sourceFiles(domainsDir)) {
    const from = domainOf(file);
    if (from === null) continue;
    for (const target of relativeImports(file)) {
      const to = domainOf(target);
      const rel = relative(domainsDir, target);
      if (to === null) {
        // A test may build every domain (the registration point) to exercise its own among them.
        if ((rel === 'index' || rel === 'index.ts') && !file.endsWith('.test.ts')) {
          violations.push(`${relative(domainsDir, file)} → ${rel} (the registration point)`);
        }
        continue;
      }
      if (to === from) continue;
      if (rel.replace(/\.ts$/, '') !== join(to, 'api')) {
        violations.push(`${relative(domainsDir, file)} → ${rel} (use ${to}/api.ts)`);
      }
    }
  }
  return violations;
}

describe('domain boundaries', () => {
  it("no domain imports another domain's files other than its api.ts", () => {
    expect(crossDomainViolations(DOMAINS_DIR)).toEqual([]);
  });
});
