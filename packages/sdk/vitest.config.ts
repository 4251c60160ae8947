import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The sandbox tests start a real server over loopback; the reliability run sends ~1,000 calls.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One fork, files in sequence: the sandbox tests share CPU on small machines.
    pool: 'forks',
    fileParallelism: false,
  },
});
