// The wrappers are generated from @apotheca/widgets' registry and custom-elements.json; a stale
// committed file (a widget or an event added without `npm run generate`) fails here.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = new URL('../scripts/generate.mjs', import.meta.url).pathname;

describe('src/generated/ and package.json exports', () => {
  it('are what scripts/generate.mjs writes from the widget registry', async () => {
    const result = await run(process.execPath, [script, '--check']).then(
      () => 'fresh',
      (error: { stderr: string }) => error.stderr,
    );
    expect(result).toBe('fresh');
  });
});
