import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The first request of a file compiles the contract's validators: slow on a loaded machine.
  test: { testTimeout: 20_000 },
  resolve: {
    // The test kit (@apotheca/testing/node) starts the host by name: give it this package's source.
    alias: [
      {
        find: /^@apotheca\/sandbox\/node$/,
        replacement: fileURLToPath(new URL('./src/node.ts', import.meta.url)),
      },
    ],
  },
});
