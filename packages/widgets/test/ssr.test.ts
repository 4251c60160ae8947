// Server-side rendering: a Node server (no DOM) importing any entry of the package must not
// throw. Each entry is imported by its package name in a fresh plain-Node child process, so the
// `node` export conditions resolve exactly as in a partner's SSR server.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUNDLE, packageExports, WIDGETS } from '../src/widgets.ts';

const run = promisify(execFile);
const packageDir = new URL('../', import.meta.url).pathname;

/** Every JavaScript subpath of `exports` (not the wasm, the manifest or package.json). */
const jsEntries = Object.entries(packageExports())
  .filter(([, target]) => typeof target === 'object')
  .map(([subpath]) => `@apotheca/widgets${subpath.slice(1)}`);

/** Imports `specifier` in a plain Node process; reports what it defined, or how it threw. */
async function importInNode(specifier: string) {
  const script = `
    const before = { HTMLElement: typeof HTMLElement, document: typeof document, window: typeof window };
    try {
      const module = await import(${JSON.stringify(specifier)});
      const tags = ${JSON.stringify(WIDGETS.map((widget) => widget.tag))}
        .filter((tag) => globalThis.customElements?.get(tag) !== undefined);
      console.log(JSON.stringify({ ok: true, before, exports: Object.keys(module), tags }));
    } catch (error) {
      console.log(JSON.stringify({ ok: false, before, error: String(error) }));
    }`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: packageDir,
  });
  return JSON.parse(stdout) as {
    ok: boolean;
    before: Record<string, string>;
    error?: string;
    exports?: string[];
    tags?: string[];
  };
}

describe('importing the widgets under SSR (plain Node, no DOM)', () => {
  it('covers every JavaScript entry of the package', () => {
    expect(jsEntries).toEqual(
      expect.arrayContaining([
        '@apotheca/widgets',
        `@apotheca/widgets/${BUNDLE.entry}.js`,
        ...WIDGETS.map((widget) => `@apotheca/widgets/${widget.entry}`),
      ]),
    );
  });

  it.each(jsEntries)('%s imports without throwing', async (specifier) => {
    const result = await importInNode(specifier);
    expect(result.before).toEqual({
      HTMLElement: 'undefined',
      document: 'undefined',
      window: 'undefined',
    });
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it.each(WIDGETS)('the $entry entry registers $tag with the SSR registry', async (widget) => {
    const result = await importInNode(`@apotheca/widgets/${widget.entry}`);
    expect(result.tags).toEqual([widget.tag]);
    expect(result.exports).toContain(widget.className);
  });

  it('the script-tag loader under Node defines nothing and loads no widget code', async () => {
    const result = await importInNode(`@apotheca/widgets/${BUNDLE.entry}.js`);
    expect(result.tags).toEqual([]);
    expect(result.exports?.sort()).toEqual(['TAGS', 'defineAll', 'discover', 'load']);
  });
});
