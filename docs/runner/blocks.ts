/**
 * Code blocks of the guides. Every fenced `ts` block says what the test run does with it, in its
 * info string:
 *
 * - ` ```ts runnable` — type-checked, then executed against a started sandbox;
 * - ` ```ts check` — type-checked only (browser code, or code that needs a partner's server);
 * - ` ```ts pending-package=@apotheca/react` — neither, until that workspace package exists (the
 *   run fails once it does, so the block cannot stay unchecked).
 *
 * A `ts` block without one of these fails the run. Other languages (`sh`, `html`, `json`) are
 * shown, not run.
 */

/** What the test run does with a block. */
export type BlockMode = 'runnable' | 'check' | 'pending';

/** One fenced code block of a guide. */
export interface GuideBlock {
  /** The guide file, relative to `docs/guides/`. */
  guide: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The fence's language (`ts`, `sh`, …). */
  lang: string;
  /** For `ts` blocks: what the run does with it; `undefined` when the info string says nothing. */
  mode: BlockMode | undefined;
  /** For pending blocks: the package the block waits for. */
  pendingPackage: string | undefined;
  /** The block's source. */
  code: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/;
const TS_LANGS = new Set(['ts', 'typescript', 'tsx']);

/** Whether the run must know what to do with a block of this language. */
export function isTypeScript(lang: string): boolean {
  return TS_LANGS.has(lang);
}

function modeOf(words: string[]): Pick<GuideBlock, 'mode' | 'pendingPackage'> {
  for (const word of words) {
    if (word === 'runnable' || word === 'check') return { mode: word, pendingPackage: undefined };
    const pending = /^pending-package=(.+)$/.exec(word);
    if (pending) return { mode: 'pending', pendingPackage: pending[1] };
  }
  return { mode: undefined, pendingPackage: undefined };
}

/**
 * The fenced code blocks of one markdown document, in order.
 *
 * @example
 * ```ts
 * extractBlocks('quickstart.md', '# Hi\n```ts runnable\nconsole.log(1);\n```\n');
 * // [{ guide: 'quickstart.md', line: 2, lang: 'ts', mode: 'runnable', code: 'console.log(1);\n', … }]
 * ```
 */
export function extractBlocks(guide: string, markdown: string): GuideBlock[] {
  const lines = markdown.split('\n');
  const blocks: GuideBlock[] = [];
  let open: { fence: string; line: number; info: string; body: string[] } | undefined;
  lines.forEach((text, index) => {
    const fence = FENCE.exec(text);
    if (!open) {
      if (fence?.[2])
        open = { fence: fence[2], line: index + 1, info: fence[3]?.trim() ?? '', body: [] };
      return;
    }
    if (fence?.[2]?.startsWith(open.fence) && fence[3]?.trim() === '') {
      const [lang = '', ...words] = open.info.split(/\s+/).filter(Boolean);
      const code = open.body.length > 0 ? `${open.body.join('\n')}\n` : '';
      blocks.push({ guide, line: open.line, lang, ...modeOf(words), code });
      open = undefined;
      return;
    }
    open.body.push(text);
  });
  if (open) throw new Error(`${guide}:${open.line}: code block is never closed`);
  return blocks;
}

/** Problems with the annotations themselves: unannotated `ts` blocks, pending packages that exist. */
export function annotationProblems(
  blocks: readonly GuideBlock[],
  existingPackages: ReadonlySet<string>,
): string[] {
  return blocks.flatMap((block) => {
    const at = `${block.guide}:${block.line}`;
    if (!isTypeScript(block.lang)) return [];
    if (block.mode === undefined) {
      return [
        `${at}: a \`${block.lang}\` block must say \`runnable\`, \`check\` or \`pending-package=<name>\``,
      ];
    }
    if (
      block.mode === 'pending' &&
      block.pendingPackage &&
      existingPackages.has(block.pendingPackage)
    ) {
      return [
        `${at}: ${block.pendingPackage} exists now: change \`pending-package=${block.pendingPackage}\` to \`check\` (or \`runnable\`)`,
      ];
    }
    return [];
  });
}
