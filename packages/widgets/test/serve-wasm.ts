import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * In dev servers (vitest browser mode, Storybook dev) the decoder asks for `zxing_reader.wasm`
 * next to its source module; answer with the package's binary, as `dist/` does after a build.
 */
export function serveZxingWasm(): Plugin {
  return {
    name: 'apotheca:serve-zxing-wasm',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        if (!path.endsWith('/zxing_reader.wasm')) return next();
        const wasm = await readFile(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
        response.setHeader('Content-Type', 'application/wasm');
        response.end(wasm);
      });
    },
  };
}
