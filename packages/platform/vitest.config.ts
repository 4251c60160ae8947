import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  // The first request of a file compiles the contract's validators: slow on a loaded machine.
  test: { testTimeout: 20_000 },
  resolve: {
    // The test kit (@apotheca/testing) imports the engine by name: give it this package's source,
    // so the tests exercise the code under test and never a stale dist/.
    alias: [
      { find: /^@apotheca\/platform$/, replacement: src('index.ts') },
      { find: /^@apotheca\/platform\/seed$/, replacement: src('seed.ts') },
    ],
  },
});
