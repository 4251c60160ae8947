import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const manifest = JSON.parse(readFileSync(here('../package.json'), 'utf8')) as {
  bin: Record<string, string>;
  files: string[];
};

describe('the apotheca-sandbox bin', () => {
  it('points at a committed shim, so npm links it even before dist/ is built', () => {
    const target = manifest.bin['apotheca-sandbox']!;
    expect(target).not.toMatch(/dist\//);
    expect(existsSync(here(`../${target}`))).toBe(true);
    expect(manifest.files).toContain('bin');
  });

  it('runs through the link npm made in the repository (what `npx apotheca-sandbox` runs)', () => {
    const link = here('../../../node_modules/.bin/apotheca-sandbox');
    expect(realpathSync(link)).toBe(realpathSync(here('../bin/apotheca-sandbox.mjs')));
    const run = spawnSync(link, ['--help'], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: apotheca-sandbox');
  });
});
