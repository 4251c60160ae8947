import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Config for the peer agreement report: `npx vitest run --config bench/vitest.config.ts`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { include: ['agreement.test.ts'] },
});
