import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BUNDLE, npmEntries, packageExports, sideEffects, WIDGETS } from '../src/widgets.ts';
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

  it('size budgets: each widget’s first load within the widget budget, every chunk checked', async () => {
    const checks = await json<Array<{ name: string; limit: string }>>(BUNDLE.sizeLimitFile);
    expect(checks).toHaveLength(1 + WIDGETS.reduce((n, widget) => n + 1 + widget.chunks.length, 0));
    for (const widget of WIDGETS) {
      expect(checks).toContainEqual(
        expect.objectContaining({
          name: expect.stringMatching(new RegExp(`^${widget.entry}: first load from`)),
          limit: BUNDLE.widgetFirstLoadLimit,
        }),
      );
    }
    // size-limit reads the checks the build wrote.
    const config = (await import(new URL('../.size-limit.mjs', import.meta.url).href)) as {
      default: unknown;
    };
    expect(config.default).toEqual(checks);
  });

  it('the all-in-one loader defines every widget, each from its own define module', async () => {
    const source = await read(BUNDLE.source);
    const loaders = [
      ...source.matchAll(/^ {2}'(apotheca-[\w-]+)': \(\) => import\('\.\/(.+)'\),$/gm),
    ];
    const found = loaders.map((match) => [match[1], `src/${match[2]}.ts`]).sort();
    expect(found).toEqual(WIDGETS.map((widget) => [widget.tag, widget.define]).sort());
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
