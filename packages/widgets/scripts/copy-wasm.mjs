// Ships zxing-wasm's reader binary next to the bundles: both load it with
// `new URL('./zxing_reader.wasm', import.meta.url)`, never from a CDN.
import { copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = require.resolve('zxing-wasm/reader/zxing_reader.wasm');
await copyFile(source, new URL('../dist/zxing_reader.wasm', import.meta.url));
