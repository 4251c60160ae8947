import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE,
  npmEntries,
  packageExports,
  sideEffects,
  sizeLimits,
  WIDGETS,
} from '../src/widgets.ts';
import tsupConfig from '../tsup.config.ts';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFile(new URL(path, root), 'utf8');
const json = async <T>(path: string) => JSON.parse(await read(path)) as T;

// Each expectation prints what the file must hold when a widget is added to src/widgets.ts.
describe('the widget registry (src/widgets.ts) is the one list', () => {
  it('package.json exports and sideEffects match it', async () => {
    const pkg = await json<{ exports: unknown; sideEffects: unknown }>('package.json');
    expect(pkg.exports).toEqual(packageExports());
    expect(pkg.sideEffects).toEqual(sideEffects());
  });

  it('the bundle types are the bundle’s own, and no test file has side effects', async () => {
    const pkg = await json<{ exports: Record<string, { types: string }>; sideEffects: string[] }>(
      'package.json',
    );
    expect(pkg.exports[`./${BUNDLE.entry}.js`]?.types).toBe(`./dist/${BUNDLE.entry}.d.ts`);
    expect(pkg.sideEffects.filter((path) => /test|support|stories/.test(path))).toEqual([]);
  });

  it('tsup builds exactly its entries', () => {
    const [npm, bundle] = tsupConfig as Array<{ entry: unknown; dts: unknown }>;
    expect(npm?.entry).toEqual(npmEntries());
    expect(npm?.dts).toEqual({ entry: { ...npmEntries(), [BUNDLE.entry]: BUNDLE.source } });
    expect(bundle?.entry).toEqual({ [BUNDLE.entry]: BUNDLE.source });
  });

  it('.size-limit.json budgets match it', async () => {
    expect(await json('.size-limit.json')).toEqual(sizeLimits());
  });

  it('the all-in-one bundle defines every widget', async () => {
    const source = await read(BUNDLE.source);
    const defines = [...source.matchAll(/^export \* from '\.\/(.+)';$/gm)].map(
      (match) => `src/${match[1]}.ts`,
    );
    // Biome sorts the re-exports by path, so the order is not the registry's.
    expect(defines.sort()).toEqual(WIDGETS.map((widget) => widget.define).sort());
  });

  it('each define module defines its tag, and the index exports its class', async () => {
    const index = await read('src/index.ts');
    for (const widget of WIDGETS) {
      const define = await read(widget.define);
      expect(define).toContain(`customElements.define('${widget.tag}', ${widget.className})`);
      expect(define).toContain(`'${widget.tag}': ${widget.className};`);
      expect(index).toMatch(new RegExp(`export \\{ ${widget.className} \\}`));
    }
  });

  it('custom-elements.json documents every widget', async () => {
    const manifest = await json<{ modules: Array<{ declarations?: Array<{ tagName?: string }> }> }>(
      'custom-elements.json',
    );
    const tags = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .map((declaration) => declaration.tagName)
      .filter(Boolean);
    expect(tags.sort()).toEqual(WIDGETS.map((widget) => widget.tag).sort());
  });
});
