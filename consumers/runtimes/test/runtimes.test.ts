import { fileURLToPath } from 'node:url';
import type { SandboxHarness } from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGES } from '../scenario/packages.mjs';
import { EXPECTED_WEBHOOK, type ScenarioInput, serverScenario } from './fixture';
import { lastJsonLine, runProcess } from './run';
import { runWorkerd } from './workerd';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) =>
  fileURLToPath(new URL(`../../../node_modules/.bin/${name}`, import.meta.url));

type Runtime = (input: ScenarioInput) => Promise<Record<string, unknown>>;
const viaProcess =
  (command: string, ...args: string[]): Runtime =>
  async (input) =>
    lastJsonLine(
      await runProcess(command, args, { APOTHECA_SCENARIO: JSON.stringify(input) }, root),
    );

// The server-side runtimes: adding one is one line.
const RUNTIMES: Record<string, Runtime> = {
  'node esm': viaProcess(process.execPath, 'entries/node-esm.mjs'),
  'node cjs': viaProcess(process.execPath, 'entries/node-cjs.cjs'),
  deno: viaProcess(
    bin('deno'),
    'run',
    '--quiet',
    '--no-prompt',
    '--allow-env',
    '--allow-net=127.0.0.1',
    '--allow-read',
    'entries/deno.mjs',
  ),
  bun: viaProcess(bin('bun'), 'entries/bun.mjs'),
  workerd: runWorkerd,
};

let sandbox: SandboxHarness;
let input: ScenarioInput;
beforeAll(async () => {
  ({ sandbox, input } = await serverScenario());
});
afterAll(() => sandbox.close());

describe.each(Object.entries(RUNTIMES))('%s', (_name, run) => {
  it('loads every package, calls the sandbox with typed results and errors, verifies a webhook', async () => {
    const result = await run(input);
    expect(result).toEqual({
      packages: Object.fromEntries(PACKAGES.map(([name]) => [name, 'function'])),
      health: 'ok',
      verification: {
        object: 'trace_verification',
        status: 'verified',
        gtin: expect.stringMatching(/^\d{14}$/),
      },
      patient: { created: true, listed: true },
      invalid: ['/body/birth_date'],
      webhook: EXPECTED_WEBHOOK,
      tampered: 'no_matching_signature',
    });
  });
});
