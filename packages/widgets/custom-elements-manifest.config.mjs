// `cem analyze` reads this: Lit-aware analysis of the element sources into custom-elements.json.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/test-support/**'],
  outdir: '.',
  litelement: true,
};
