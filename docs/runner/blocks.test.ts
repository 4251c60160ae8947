import { describe, expect, it } from 'vitest';
import { annotationProblems, extractBlocks } from './blocks';

const guide = [
  '# Guide',
  '```ts runnable',
  "const a = 'x';",
  '```',
  'text',
  '```sh',
  'npm install',
  '```',
  '````ts check',
  '```not a fence end```',
  '````',
  '```ts pending-package=@apotheca/react',
  "import { TraceVerifier } from '@apotheca/react';",
  '```',
  '```ts',
  'let unannotated = 1;',
  '```',
].join('\n');

describe('extractBlocks', () => {
  it('finds each fenced block with its line, language, mode and code', () => {
    const blocks = extractBlocks('g.md', guide);
    expect(blocks.map((b) => [b.line, b.lang, b.mode, b.pendingPackage])).toEqual([
      [2, 'ts', 'runnable', undefined],
      [6, 'sh', undefined, undefined],
      [9, 'ts', 'check', undefined],
      [12, 'ts', 'pending', '@apotheca/react'],
      [15, 'ts', undefined, undefined],
    ]);
    expect(blocks[0]?.code).toBe("const a = 'x';\n");
    expect(blocks[2]?.code).toBe('```not a fence end```\n');
  });

  it('refuses a block that is never closed', () => {
    expect(() => extractBlocks('g.md', '```ts runnable\nlet a;\n')).toThrow('g.md:1');
  });
});

describe('annotationProblems', () => {
  const blocks = extractBlocks('g.md', guide);

  it('names unannotated TypeScript blocks, not other languages', () => {
    expect(annotationProblems(blocks, new Set())).toEqual([
      'g.md:15: a `ts` block must say `runnable`, `check` or `pending-package=<name>`',
    ]);
  });

  it('fails a pending block once its package exists', () => {
    const problems = annotationProblems(blocks, new Set(['@apotheca/react']));
    expect(problems).toContain(
      'g.md:12: @apotheca/react exists now: change `pending-package=@apotheca/react` to `check` (or `runnable`)',
    );
  });
});
