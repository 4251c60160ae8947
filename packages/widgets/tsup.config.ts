import { mkdir, writeFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';
import { BUNDLE, nodeBundleSource, npmEntries } from './src/widgets';

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
    async onSuccess() {
      await mkdir('dist/node', { recursive: true });
      await writeFile(`dist/${BUNDLE.nodeEntry}.js`, nodeBundleSource());
    },
  },
  // The self-contained script-tag bundle: everything inside, minified; the decoder stays a lazy
  // chunk next to it, and scripts/copy-wasm.mjs puts zxing_reader.wasm beside both.
  {
    ...shared,
    entry: { [BUNDLE.entry]: BUNDLE.source },
    noExternal: [/.*/],
    minify: true,
    dts: false,
    esbuildOptions(options) {
      options.chunkNames = `${BUNDLE.entry}-[name]-[hash]`;
      options.legalComments = 'none';
    },
  },
]);
