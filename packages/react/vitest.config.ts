// Loaded with `--configLoader runner` (see package.json): the test kit is TypeScript source.
import { chromiumLaunchOptions } from '@apotheca/testing';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // msw's service worker script, served at the page root (the widgets package ships it).
  publicDir: '../widgets/public',
  optimizeDeps: {
    // Known up front, so Vite never re-optimizes (and reloads the page) mid-run.
    include: [
      'react',
      'react-dom/client',
      'react-dom',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      '@lit/react',
      'lit',
      'lit/decorators.js',
      'lit/directives/keyed.js',
      'msw',
      'msw/browser',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.{ts,tsx}'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}'],
          testTimeout: 30_000,
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
