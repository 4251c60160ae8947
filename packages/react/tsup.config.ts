import { defineConfig } from 'tsup';
import pkg from './package.json' with { type: 'json' };

// One entry per subpath of package.json `exports` (written by scripts/generate.mjs from the
// widget registry): each wrapper is its own module, so a bundler drops the widgets not imported.
const entries = Object.fromEntries(
  Object.keys(pkg.exports)
    .filter((subpath) => subpath !== './package.json')
    .map((subpath) => {
      const name = subpath === '.' ? 'index' : subpath.slice(2);
      return [name, name === 'index' ? 'src/index.ts' : `src/generated/${name}.ts`];
    }),
);

export default defineConfig({
  entry: entries,
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
});
