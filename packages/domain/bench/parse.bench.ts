/**
 * Parse throughput against the npm parsers gs1-barcode-parser-mod and bark-js.
 * Run: npm run bench (vitest bench --run). One op = one pass over the whole corpus.
 *
 * Every library is measured as it ships: the peers are loaded by Node as published (CommonJS),
 * the parser is bundled into one module with esbuild like the package's tsup build. (Importing the
 * TypeScript sources directly would route every cross-module call through the getters of
 * vitest's module runner, which no consumer of the package pays.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { bench, describe } from 'vitest';
import type { safeParseTraceCode as SafeParse } from '../src/trace/index';
import { ELEMENT_STRINGS, MIXED } from './corpus';
import { PEERS } from './peers';

const bundle = buildSync({
  entryPoints: [fileURLToPath(new URL('../src/trace/index.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
});
const dir = mkdtempSync(join(tmpdir(), 'trace-bench-'));
const file = join(dir, 'parser.mjs');
writeFileSync(file, bundle.outputFiles[0]?.text ?? '');
const { safeParseTraceCode } = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
  safeParseTraceCode: typeof SafeParse;
};
rmSync(dir, { recursive: true, force: true });

const options = { time: 3000, warmupTime: 1000 };

function suite(title: string, corpus: string[]): void {
  describe(`${title} (${corpus.length} inputs per op)`, () => {
    bench(
      '@apotheca/trace safeParseTraceCode (full validation)',
      () => {
        for (const s of corpus) safeParseTraceCode(s);
      },
      options,
    );
    for (const [name, peer] of Object.entries(PEERS)) {
      bench(
        name,
        () => {
          for (const s of corpus) {
            try {
              peer.raw(s);
            } catch {
              // peers throw on input they cannot parse
            }
          }
        },
        options,
      );
    }
  });
}

suite('mixed corpus: element strings, bracketed, Digital Link, China, fixture errors', MIXED);
suite('scanned GS1 element strings only', ELEMENT_STRINGS);
