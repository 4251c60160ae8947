import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumLaunchOptions } from '@apotheca/testing';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_FORM_STATES } from '../src/claim-form/states.ts';
import { PRESCRIPTION_UPLOAD_STATES } from '../src/prescription-upload/states.ts';
import { REFILL_REMINDER_STATES } from '../src/refill-reminder/states.ts';
import { SYMPTOM_CHECKER_STATES } from '../src/symptom-checker/states.ts';
import { traceVerifierStates } from '../src/trace-verifier/states.ts';
import { serveStatic } from './static-server.ts';

const run = promisify(execFile);

/**
 * Builds the Storybook (as `npm run build-storybook` does) and runs every story's play function in
 * Chromium: the interaction tests of the main flows, against msw + the in-page sandbox engine.
 */
describe('Storybook', () => {
  let out: string;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let ids: string[];

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'apotheca-storybook-'));
    await run('npx', ['storybook', 'build', '--quiet', '--disable-telemetry', '-o', out], {
      cwd: new URL('..', import.meta.url),
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as {
      entries: Record<string, { type: string }>;
    };
    ids = Object.entries(index.entries)
      .filter(([, entry]) => entry.type === 'story')
      .map(([id]) => id);
    site = await serveStatic(out);
    // Chromium resolves `localhost` to ::1 too; pin it to the loopback the site listens on, so
    // a stranger's server on the same IPv6 port can never answer (seen as a flaky SW 404).
    browser = await chromium.launch({
      executablePath: chromiumLaunchOptions().executablePath,
      args: [...chromiumLaunchOptions().args, '--host-resolver-rules=MAP localhost 127.0.0.1'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await rm(out, { recursive: true, force: true });
  });

  it('has a story for every state, by name', () => {
    const states = traceVerifierStates();
    // The state list itself is derived from the widget's types and catalogues: never empty.
    expect(states.length).toBeGreaterThan(30);
    const missing = states.filter((state) => !ids.includes(`widgets-trace-verifier--${state}`));
    expect(missing).toEqual([]);
    const checker = SYMPTOM_CHECKER_STATES.filter(
      (state) => !ids.includes(`widgets-symptom-checker--${state}`),
    );
    expect(checker).toEqual([]);
    const claim = CLAIM_FORM_STATES.filter(
      (state) => !ids.includes(`widgets-claim-form--${state}`),
    );
    expect(claim).toEqual([]);
    const refill = REFILL_REMINDER_STATES.filter(
      (state) => !ids.includes(`widgets-refill-reminder--${state}`),
    );
    expect(refill).toEqual([]);
    const upload = PRESCRIPTION_UPLOAD_STATES.filter(
      (state) => !ids.includes(`widgets-prescription-upload--${state}`),
    );
    expect(upload).toEqual([]);
  });

  it('runs every play function to completion without errors', async () => {
    const page = await browser.newPage();
    // Listen on Storybook's channel from the moment the preview creates it.
    await page.addInitScript(() => {
      type Channel = { on(event: string, listener: (payload: unknown) => void): void };
      const scope = window as unknown as Record<string, unknown>;
      let channel: Channel | undefined;
      Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
        configurable: true,
        get: () => channel,
        set(value: Channel) {
          channel = value;
          const fail = (payload: unknown) => {
            scope['__storyErrors'] = [
              ...((scope['__storyErrors'] as string[] | undefined) ?? []),
              JSON.stringify(payload).slice(0, 300),
            ];
          };
          value.on('playFunctionThrewException', fail);
          value.on('storyThrewException', fail);
          value.on('storyErrored', fail);
          value.on('storyFinished', (payload) => {
            scope['__storyFinished'] = payload;
          });
        },
      });
    });
    const failures: string[] = [];
    for (const id of ids) {
      const errors: string[] = [];
      const onError = (error: Error) => errors.push(error.message);
      page.on('pageerror', onError);
      // The in-page engine checks the widget session's origin: use a stable host name.
      await page.goto(
        `${site.url.replace('127.0.0.1', 'localhost')}/iframe.html?id=${id}&viewMode=story`,
      );
      const outcome = await page
        .waitForFunction(
          () => {
            const scope = window as unknown as Record<string, unknown>;
            const finished = scope['__storyFinished'] as { status?: string } | undefined;
            if (!finished) return false;
            return { status: finished.status, errors: scope['__storyErrors'] ?? [] };
          },
          undefined,
          { timeout: 30_000 },
        )
        .then((handle) => handle.jsonValue() as Promise<{ status?: string; errors: string[] }>)
        .catch(() => ({ status: 'timeout', errors: [] as string[] }));
      page.off('pageerror', onError);
      const problems = [...outcome.errors, ...errors];
      if (outcome.status !== 'success' || problems.length > 0) {
        failures.push(`${id}: ${outcome.status} ${problems.join('; ')}`);
      }
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 300_000);
});
