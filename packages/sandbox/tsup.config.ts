import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.base';

// index: platform-neutral engine; node: HTTP host + SQLite; cli: the `apotheca-sandbox` bin
// (its `#!/usr/bin/env node` line is kept by esbuild).
export default defineConfig(libraryBuild({ entry: ['src/index.ts', 'src/node.ts', 'src/cli.ts'] }));
