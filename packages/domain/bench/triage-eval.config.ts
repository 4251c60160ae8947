import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `npm run eval`: runs every triage vignette through the engine and prints the accuracy table. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: { include: ['src/triage/eval/eval.test.ts'] },
});
