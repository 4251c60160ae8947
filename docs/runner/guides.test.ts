// Every code block of docs/guides/ in the test run: annotations checked, `runnable` and `check`
// blocks type-checked in one program (strict, as partners' code would be), `runnable` blocks then
// executed one by one against a real sandbox on loopback. See ./blocks.ts for the annotations.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type SandboxHarness, startTestSandbox } from '@apotheca/testing/node';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceNames } from '../scripts/workspaces.mjs';
import { annotationProblems, extractBlocks, type GuideBlock } from './blocks';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
const guidesDir = join(docsDir, 'guides');
const outDir = join(docsDir, '.cache/guides');

const blocks: GuideBlock[] = readdirSync(guidesDir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .flatMap((name) => extractBlocks(name, readFileSync(join(guidesDir, name), 'utf8')));

const checked = blocks.filter((b) => b.mode === 'runnable' || b.mode === 'check');
const fileOf = (block: GuideBlock) =>
  join(
    outDir,
    `${block.guide.replace(/\.md$/, '')}-L${block.line}.${block.lang === 'tsx' ? 'tsx' : 'ts'}`,
  );

// Each block is its own module (its own scope, top-level await allowed).
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const block of checked) writeFileSync(fileOf(block), `${block.code}export {};\n`);

function typeErrors(): string[] {
  const config = ts.parseJsonConfigFileContent(
    {
      extends: relative(outDir, join(docsDir, '../tsconfig.base.json')),
      compilerOptions: { noEmit: true, types: ['node'], jsx: 'react-jsx' },
      files: checked.map((block) => fileOf(block)),
    },
    ts.sys,
    outDir,
  );
  const program = ts.createProgram(config.fileNames, config.options);
  const byFile = new Map(checked.map((block) => [fileOf(block), block]));
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const block = d.file && byFile.get(d.file.fileName);
    if (!block || d.start === undefined) return message;
    // +1: the line after the opening fence is the block's first line.
    const { line } = d.file!.getLineAndCharacterOfPosition(d.start);
    return `${block.guide}:${block.line + 1 + line}: ${message}`;
  });
}

describe('guides', () => {
  it('has code blocks to run', () => {
    expect(blocks.filter((b) => b.mode === 'runnable').length).toBeGreaterThan(0);
  });

  it('annotates every TypeScript block, and no block waits for a package that exists', () => {
    expect(annotationProblems(blocks, new Set(workspaceNames()))).toEqual([]);
  });

  it('type-checks every runnable and check block', () => {
    expect(typeErrors()).toEqual([]);
  });

  describe('runnable blocks against a sandbox', () => {
    let sandbox: SandboxHarness;
    beforeAll(async () => {
      sandbox = await startTestSandbox();
      // The guides read the sandbox's URL the way a partner's config would.
      process.env.APOTHECA_BASE_URL = sandbox.url;
    });
    afterAll(() => sandbox?.close());

    for (const block of blocks.filter((b) => b.mode === 'runnable')) {
      it(`${block.guide}:${block.line}`, async () => {
        await import(pathToFileURL(fileOf(block)).href);
      });
    }
  });
});
