import { execFile } from 'node:child_process';
import { mkdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const run = promisify(execFile);
export const root = new URL('../', import.meta.url).pathname;
export const out = join(root, '.out');

/** One consumer app: its entry file and where its bundle runs. */
export interface App {
  name: string;
  file: string;
  platform: 'node' | 'browser';
}

/** What a bundler made of an app: every source module inside, and the entry file to run. */
export interface Bundle {
  modules: string[];
  entry: string;
  /** The files the entry can load, where the bundler also wrote unreachable ones (esbuild). */
  files?: string[];
}

export type Bundler = 'vite' | 'esbuild' | 'webpack';

async function real(paths: Iterable<string>): Promise<string[]> {
  const ids = [...new Set(paths)]
    .filter((id) => !id.startsWith('\0') && !id.startsWith('data:'))
    .map((id) => id.replace(/\?.*$/, ''));
  return Promise.all(ids.map((id) => realpath(id).catch(() => id)));
}

async function buildVite(app: App): Promise<Bundle> {
  const outDir = join(out, 'vite', app.name);
  const result = await vite({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: { input: { [app.name]: app.file }, output: { entryFileNames: '[name].js' } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Array<{
    output: Array<{ type: string; modules?: Record<string, unknown> }>;
  }>;
  const modules = outputs
    .flatMap((output) => output.output)
    .flatMap((chunk) => (chunk.type === 'chunk' ? Object.keys(chunk.modules ?? {}) : []));
  return { modules: await real(modules), entry: join(outDir, `${app.name}.js`) };
}

async function buildEsbuild(app: App): Promise<Bundle> {
  const outdir = join(out, 'esbuild', app.name);
  // esbuild never empties its output folder: stale chunks would count in the sizes.
  await rm(outdir, { recursive: true, force: true });
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: { [app.name]: app.file },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: app.platform,
    target: 'es2022',
    minify: true,
    outdir,
    metafile: true,
    logLevel: 'silent',
    loader: { '.wasm': 'file' },
    // What Vite and webpack's production mode define for React.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // `inputs` of the metafile lists every file parsed, even those tree-shaken away, and esbuild
  // also writes chunks for dynamic imports in code it then dropped. So: the output files the
  // entry can load (static and dynamic imports), and the inputs that put bytes in them.
  const outputs = result.metafile.outputs;
  // The app's own output: dynamically imported chunks have an `entryPoint` too, and with more
  // widgets one of them came first in the metafile.
  const entryOutput = Object.keys(outputs).find(
    (file) => outputs[file]?.entryPoint && file.endsWith(`/${app.name}.js`),
  )!;
  const reachable = new Set<string>();
  const queue = [entryOutput];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reachable.has(file)) continue;
    reachable.add(file);
    for (const imported of outputs[file]?.imports ?? []) {
      if (!imported.external && outputs[imported.path]) queue.push(imported.path);
    }
  }
  const modules = [...reachable]
    .flatMap((file) => Object.entries(outputs[file]!.inputs))
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => join(root, path));
  return {
    modules: await real(modules),
    entry: join(outdir, `${app.name}.js`),
    files: [...reachable].map((file) => join(root, file)),
  };
}

interface WebpackModule {
  nameForCondition?: string;
  modules?: WebpackModule[];
}

function webpackModules(modules: WebpackModule[] = []): string[] {
  return modules.flatMap((module) => [
    ...(module.nameForCondition ? [module.nameForCondition] : []),
    ...webpackModules(module.modules),
  ]);
}

/** Every app in one webpack CLI run (a multi-compiler config), as a partner's CI would run it. */
async function buildWebpack(apps: App[]): Promise<Map<string, Bundle>> {
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'apps.json'), JSON.stringify(apps));
  const statsFile = join(out, 'webpack-stats.json');
  const bin = createRequire(import.meta.url).resolve('webpack-cli/bin/cli.js');
  await run(process.execPath, [bin, '--config', 'webpack.config.mjs', '--json', statsFile], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  const stats = JSON.parse(await readFile(statsFile, 'utf8')) as {
    children: Array<{ name: string; modules: WebpackModule[]; errors: unknown[] }>;
  };
  const bundles = new Map<string, Bundle>();
  for (const app of apps) {
    const child = stats.children.find((candidate) => candidate.name === app.name)!;
    if (child.errors.length > 0) throw new Error(JSON.stringify(child.errors));
    const ext = app.platform === 'node' ? 'cjs' : 'js';
    bundles.set(app.name, {
      modules: await real(webpackModules(child.modules)),
      entry: join(out, 'webpack', app.name, `${app.name}.${ext}`),
    });
  }
  return bundles;
}

/** Builds every app with every bundler: `bundles.get(bundler).get(app)`. */
export async function buildAll(apps: App[]): Promise<Map<Bundler, Map<string, Bundle>>> {
  const viteBundles = new Map<string, Bundle>();
  const esbuildBundles = new Map<string, Bundle>();
  // One at a time: the machine has two cores.
  for (const app of apps) viteBundles.set(app.name, await buildVite(app));
  for (const app of apps) esbuildBundles.set(app.name, await buildEsbuild(app));
  return new Map<Bundler, Map<string, Bundle>>([
    ['vite', viteBundles],
    ['esbuild', esbuildBundles],
    ['webpack', await buildWebpack(apps)],
  ]);
}

/** Runs a Node bundle with `args`; returns what it printed. */
export async function runBundle(bundle: Bundle, args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [bundle.entry, ...args], { cwd: root });
  return stdout.trim();
}
