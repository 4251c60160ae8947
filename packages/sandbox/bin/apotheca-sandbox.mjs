#!/usr/bin/env node
// Committed shim for the `apotheca-sandbox` bin: npm links bins at install time, before `dist/`
// exists in a fresh clone, so the link must point at a file that is always there.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'apotheca-sandbox: dist/cli.js is missing. Build it first: npm run build -w @apotheca/sandbox\n',
  );
  process.exit(1);
}
await import(cli.href);
