import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.base';

// index: the engine re-exported from @apotheca/platform; node: HTTP host + SQLite; cli: what
// bin/apotheca-sandbox.mjs runs (its `#!/usr/bin/env node` line is kept by esbuild).
export default defineConfig(libraryBuild({ entry: ['src/index.ts', 'src/node.ts', 'src/cli.ts'] }));
