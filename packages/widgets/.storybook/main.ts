import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';

const require = createRequire(import.meta.url);
// The decoder's wasm is served from the Storybook itself (never a CDN), like dist/ ships it.
const zxingDir = dirname(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: ['../public', { from: zxingDir, to: '/zxing' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  addons: [],
};

export default config;
