// The React portal, built by Vite (`npm test` builds it first), served by the example partner
// server that mints the widget sessions, against a started sandbox, in real Chromium: both
// widgets render through @apotheca/react under the server's strict CSP, and a verification
// reaches the page through the typed `onApothecaVerified` prop.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: the example server is plain JavaScript on purpose.
import { startPartnerServer } from '@apotheca/example-partner-server/src/server.mjs';
import {
  chromiumLaunchOptions,
  type SandboxHarness,
  startTestSandbox,
  TRACE_CODES,
} from '@apotheca/testing/node';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
let sandbox: SandboxHarness;
let partner: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const cspViolations: string[] = [];
const consoleErrors: string[] = [];
const sessionRequests: string[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox();
  partner = await startPartnerServer({
    port: 0,
    sandboxUrl: sandbox.url,
    portalDir: dist.replace(/\/$/, ''),
    quiet: true,
  });
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    if (request.url().includes('/api/widget-session')) sessionRequests.push(request.url());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await page.goto(`${partner.url}/`);
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
  await sandbox?.close();
});

describe('the Vite build', () => {
  it('emits the page, its hashed scripts and the decoder wasm, and no inline script', async () => {
    const html = await readFile(`${dist}index.html`, 'utf8');
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const assets = await readdir(`${dist}assets`);
    expect(assets.some((file) => /^zxing_reader-[\w-]+\.wasm$/.test(file))).toBe(true);
  });
});

describe('the React portal, served by the partner server', () => {
  it('renders both widgets through @apotheca/react', async () => {
    const verifier = page.locator('apotheca-trace-verifier');
    const checker = page.locator('apotheca-symptom-checker');
    await expect
      .poll(() => verifier.locator('h2').first().textContent())
      .toBe('Check a medicine pack');
    await expect
      .poll(() => checker.locator('h2').first().textContent())
      .toBe('Check your symptoms');
    // Properties set by the wrappers, not attributes.
    expect(
      await verifier.evaluate((element) => ({
        mode: (element as HTMLElement & { mode: string }).mode,
        apiBase: (element as HTMLElement & { apiBase: string }).apiBase,
        provider: typeof (element as HTMLElement & { tokenProvider: unknown }).tokenProvider,
      })),
    ).toEqual({
      mode: 'dispense',
      apiBase: sandbox.url.replace('127.0.0.1', 'localhost'),
      provider: 'function',
    });
  });

  it('verifies a pack with a session the partner server minted; the event reaches React', async () => {
    const verifier = page.locator('apotheca-trace-verifier');
    await verifier.locator('#code').fill(TRACE_CODES.genuine);
    await verifier.locator('#code').press('Enter');
    await expect
      .poll(() => page.getByTestId('events').textContent(), { timeout: 20_000 })
      .toMatch(/apotheca-verified verified \S+/);
    expect(sessionRequests.some((url) => url.endsWith('widget=trace-verifier'))).toBe(true);
  });

  it('follows the language the React app sets on its <main lang>', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await expect
      .poll(() =>
        page
          .locator('apotheca-trace-verifier')
          .evaluate(
            (element) => (element as HTMLElement & { currentLocale: string }).currentLocale,
          ),
      )
      .toBe('zh-CN');
  });

  it('breaks no CSP rule and logs no error', () => {
    expect(cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
