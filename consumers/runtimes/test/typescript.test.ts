import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runProcess } from './run';

const dir = fileURLToPath(new URL('../typescript/', import.meta.url));
const tsc = fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url));

// One consumer file, checked as each kind of project a partner has; adding a mode is one line.
const MODES: Record<string, readonly string[]> = {
  'node16 (ESM .mts and CJS .cts)': ['node16/consumer.mts', 'node16/consumer.cts'],
  bundler: ['bundler/consumer.ts'],
};

it.each(Object.entries(MODES))(
  'tsc --noEmit accepts the consumer under moduleResolution %s',
  async (_mode, copies) => {
    for (const copy of copies) await copyFile(`${dir}consumer.ts`, dir + copy);
    const project = copies[0]?.split('/')[0] ?? '';
    // runProcess rejects with tsc's diagnostics when the check fails.
    const out = await runProcess(
      process.execPath,
      [tsc, '-p', `${project}/tsconfig.json`, '--pretty', 'false'],
      {},
      dir,
    );
    expect(out).toBe('');
  },
);
