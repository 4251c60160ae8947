import type { Options } from 'tsup';

/** Shared build for every public package: ESM + CJS + types, targeting Node 20.19 and evergreen browsers. */
export function libraryBuild(overrides: Options = {}): Options {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
    splitting: false,
    ...overrides,
  };
}
