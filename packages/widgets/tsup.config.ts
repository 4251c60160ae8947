import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { BUNDLE, type BundleMetafile, npmEntries, sizeLimits } from './src/widgets';

/** Writes the size-limit checks for this build (which chunk is whose comes from the metafile). */
const sizeLimitChecks: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'apotheca-size-limit-checks',
  setup(build) {
    build.initialOptions.metafile = true;
    build.onEnd((result) => {
      if (!result.metafile) return;
      mkdirSync(dirname(BUNDLE.sizeLimitFile), { recursive: true });
      const checks = sizeLimits(result.metafile as BundleMetafile);
      writeFileSync(BUNDLE.sizeLimitFile, `${JSON.stringify(checks, null, 2)}\n`);
    });
  },
};

const shared: Options = {
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  // Two builds share dist/: `scripts/clean.mjs` empties it once, before both.
  clean: false,
  splitting: true,
  treeshake: true,
};

export default defineConfig([
  // npm entries (from the widget registry): Lit, the SDK and zxing-wasm stay dependencies for the
  // app's bundler. The bundle's server twin re-exports these entries (so Node resolves Lit's SSR
  // build). The bundle's types are emitted here too (the bundle build has none).
  {
    ...shared,
    entry: npmEntries(),
    dts: { entry: { ...npmEntries(), [BUNDLE.entry]: BUNDLE.source } },
  },
  // The self-contained script-tag bundle: everything inside, minified; the decoder stays a lazy
  // chunk next to it, and scripts/copy-wasm.mjs puts zxing_reader.wasm beside both.
  {
    ...shared,
    entry: { [BUNDLE.entry]: BUNDLE.source },
    noExternal: [/.*/],
    minify: true,
    // esbuild's own tree shaking: tsup's extra Rollup pass made most first loads larger (the
    // loader and every widget's first load by 7–90 B) and pushed the trace verifier past 25 kB.
    treeshake: false,
    dts: false,
    esbuildPlugins: [sizeLimitChecks],
    esbuildOptions(options) {
      options.chunkNames = `${BUNDLE.entry}-[name]-[hash]`;
      options.legalComments = 'none';
    },
  },
]);
