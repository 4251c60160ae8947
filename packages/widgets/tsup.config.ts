import { defineConfig, type Options } from 'tsup';

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
  // npm entries: Lit, the SDK and zxing-wasm stay dependencies for the app's bundler.
  {
    ...shared,
    entry: { index: 'src/index.ts', 'trace-verifier': 'src/trace-verifier/define.ts' },
    dts: true,
  },
  // The self-contained script-tag bundle: everything inside, minified; the decoder stays a lazy
  // chunk next to it, and scripts/copy-wasm.mjs puts zxing_reader.wasm beside both.
  {
    ...shared,
    entry: { 'apotheca-widgets': 'src/apotheca-widgets.ts' },
    noExternal: [/.*/],
    minify: true,
    dts: false,
    esbuildOptions(options) {
      options.chunkNames = 'apotheca-widgets-[name]-[hash]';
      options.legalComments = 'none';
    },
  },
]);
