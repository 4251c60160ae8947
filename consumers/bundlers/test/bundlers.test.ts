// Vite, esbuild and webpack builds of consumer apps that import one Apotheca package: the output
// runs, the offline trace parser alone pulls no HTTP client (@apotheca/core), and one widget's
// entry pulls no other widget's code. The widget apps come from the widget registry.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type SandboxHarness, startTestSandbox, TRACE_CODES } from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIDGETS } from '../../../packages/widgets/src/widgets.ts';
import { type App, type Bundle, type Bundler, buildAll, out, root, runBundle } from './build.ts';
import { pulls, widgetFolders } from './modules.ts';

const BUNDLERS: Bundler[] = ['vite', 'esbuild', 'webpack'];
const widgetFolder = (define: string) => `${dirname(define)}/`;

const apps: App[] = [
  { name: 'trace-parse', file: join(root, 'apps/trace-parse.js'), platform: 'node' },
  { name: 'trace-verify', file: join(root, 'apps/trace-verify.js'), platform: 'node' },
  ...WIDGETS.flatMap((widget) =>
    ['widget', 'react'].map((kind) => ({
      name: `${kind}-${widget.entry}`,
      file: join(out, 'apps', `${kind}-${widget.entry}.js`),
      platform: 'browser' as const,
    })),
  ),
];

/** `apotheca-trace-verifier` → `TraceVerifier`, as @apotheca/react names its components. */
const componentName = (tag: string) =>
  tag
    .replace(/^apotheca-/, '')
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

let bundles: Map<Bundler, Map<string, Bundle>>;
let sandbox: SandboxHarness;
const bundle = (bundler: Bundler, app: string) => bundles.get(bundler)!.get(app)!;

/** Gzip bytes of the .js files a build wrote for the app (entry and the chunks it can load). */
async function outputGzip(built: Bundle): Promise<number> {
  const dir = dirname(built.entry);
  const files =
    built.files ?? (await readdir(dir, { recursive: true })).map((file) => join(dir, file));
  let gzip = 0;
  for (const file of files.filter((name) => /\.c?js$/.test(name))) {
    gzip += gzipSync(await readFile(file)).length;
  }
  return gzip;
}

beforeAll(async () => {
  await mkdir(join(out, 'apps'), { recursive: true });
  for (const widget of WIDGETS) {
    await writeFile(
      join(out, 'apps', `widget-${widget.entry}.js`),
      `// Generated from the widget registry: an app that embeds one widget.\nimport '@apotheca/widgets/${widget.entry}';\n`,
    );
    // From the index, not the subpath: `sideEffects: false` must let the bundler drop the rest.
    const component = componentName(widget.tag);
    await writeFile(
      join(out, 'apps', `react-${widget.entry}.js`),
      `// Generated from the widget registry: a React app that uses one wrapper.\nimport { createElement } from 'react';\nimport { ${component} } from '@apotheca/react';\nglobalThis.app = createElement(${component}, { apiBase: 'https://api.apotheca.example' });\n`,
    );
  }
  [bundles, sandbox] = await Promise.all([buildAll(apps), startTestSandbox()]);
}, 600_000);

afterAll(async () => {
  await sandbox?.close();
  if (!bundles) return;
  // The matrix and sizes, for the report (docs/performance.md quotes them).
  const rows: Record<string, Record<string, string>> = {};
  for (const bundler of BUNDLERS) {
    rows[bundler] = {};
    for (const app of apps) {
      const gzip = await outputGzip(bundle(bundler, app.name));
      rows[bundler][app.name] = `${(gzip / 1024).toFixed(1)} kB gz`;
    }
  }
  await writeFile(join(out, 'sizes.json'), JSON.stringify(rows, null, 2));
  console.table(rows);
});

describe.each(BUNDLERS)('%s', (bundler) => {
  it('builds an app using only the offline trace parser, and it runs', async () => {
    const app = bundle(bundler, 'trace-parse');
    expect(JSON.parse(await runBundle(app, [TRACE_CODES.genuine]))).toEqual({
      ok: true,
      format: 'gs1',
      gtin: '06901234100013',
    });
    expect(JSON.parse(await runBundle(app, [TRACE_CODES.mistyped]))).toMatchObject({ ok: false });
  });

  it('keeps the HTTP client out of the parser-only bundle (module list)', () => {
    const { modules } = bundle(bundler, 'trace-parse');
    // The parser lives in @apotheca/domain (@apotheca/trace re-exports it).
    expect(pulls(modules, 'domain')).toBe(true);
    expect(pulls(modules, 'core')).toBe(false);
  });

  it('builds the trace client app with @apotheca/core, and it verifies a pack over HTTP', async () => {
    const app = bundle(bundler, 'trace-verify');
    // The control for the check above: this module list does name @apotheca/core.
    expect(pulls(app.modules, 'core')).toBe(true);
    expect(JSON.parse(await runBundle(app, [sandbox.url, TRACE_CODES.genuine]))).toEqual({
      status: 'verified',
      dispensable: true,
    });
  });

  it.each(
    WIDGETS.flatMap((widget) => [
      { ...widget, app: `widget-${widget.entry}` },
      { ...widget, app: `react-${widget.entry}` },
    ]),
  )('bundles <$tag> alone ($app): no other widget’s code', async (widget) => {
    const { modules } = bundle(bundler, widget.app);
    if (widget.app.startsWith('react-')) expect(pulls(modules, 'react')).toBe(true);
    const folders = await widgetFolders(modules);
    expect(folders).toContain(widgetFolder(widget.define));
    expect(folders).toContain('src/platform/');
    const others = WIDGETS.filter((other) => other.tag !== widget.tag).map((other) =>
      widgetFolder(other.define),
    );
    expect([...folders].filter((folder) => others.includes(folder))).toEqual([]);
  });
});
