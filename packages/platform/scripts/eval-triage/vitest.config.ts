import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

/**
 * `npm run eval:triage`: the triage vignettes through the real HTTP API on loopback. The Node host
 * (`@apotheca/sandbox`) is inlined so it serves this package's source, never a stale dist/.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['scripts/eval-triage/*.eval.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    server: { deps: { inline: [/@apotheca\/sandbox/, /@apotheca\/testing/] } },
  },
  resolve: {
    alias: [
      { find: /^@apotheca\/platform$/, replacement: src('index.ts') },
      { find: /^@apotheca\/platform\/seed$/, replacement: src('seed.ts') },
    ],
  },
});
