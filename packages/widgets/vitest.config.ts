// Loaded with `--configLoader runner` (see package.json): it imports the TypeScript test kit
// `@apotheca/testing`, which the default (esbuild bundle + native import) cannot load.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions, TRACE_CODES } from '@apotheca/testing';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { fakeCameraArgs } from './test/chromium.ts';
import { mintWidgetSession } from './test/commands.ts';
import { writeDataMatrixVideo } from './test/fake-camera.ts';
import { serveZxingWasm } from './test/serve-wasm.ts';

// The fake camera's video must exist before Chromium starts.
const cameraVideo = join(tmpdir(), `apotheca-widgets-camera-${process.pid}.y4m`);
writeDataMatrixVideo(TRACE_CODES.dispensable(2), cameraVideo);

export default defineConfig({
  plugins: [serveZxingWasm()],
  optimizeDeps: {
    // Known up front, so Vite never re-optimizes (and reloads the page) mid-run.
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/keyed.js',
      'axe-core',
      'bwip-js/browser',
      'zxing-wasm/reader',
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
          exclude: ['src/**/*.browser.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          globalSetup: ['./test/sandbox-setup.ts'],
          testTimeout: 30_000,
          // One page at a time: the fake camera is one device, and two cores are plenty busy.
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumLaunchOptions().executablePath,
                args: [...chromiumLaunchOptions().args, ...fakeCameraArgs(cameraVideo)],
              },
            }),
            instances: [{ browser: 'chromium' }],
            commands: { mintWidgetSession },
          },
        },
      },
    ],
  },
});
