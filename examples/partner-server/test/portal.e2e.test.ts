// The newcomer's path, end to end over real HTTP in real Chromium: sandbox → partner server →
// hospital portal page (strict CSP) → widget → verification → dispense → webhook.
import {
  chromiumLaunchOptions,
  type SandboxHarness,
  startTestSandbox,
  TRACE_CODES,
} from '@apotheca/testing/node';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the example server is plain JavaScript on purpose.
import { startPartnerServer } from '../src/server.mjs';

const GENUINE = TRACE_CODES.genuine;
const DISPENSABLE = TRACE_CODES.dispensable(19);
const MISTYPED = TRACE_CODES.mistyped;

let sandbox: SandboxHarness;
let partner: { url: string; events: { type: string }[]; close(): Promise<void> };
let browser: Browser;
let page: Page;
const cspViolations: string[] = [];
const consoleErrors: string[] = [];
const sandboxRequests: string[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox();
  partner = await startPartnerServer({ port: 0, sandboxUrl: sandbox.url, quiet: true });
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    if (request.url().startsWith(sandbox.url.replace('127.0.0.1', 'localhost')))
      sandboxRequests.push(request.url());
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

describe('the example hospital portal', () => {
  it('serves the portal under a strict Content-Security-Policy', async () => {
    const response = await page.request.get(`${partner.url}/`);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("style-src 'self'");
    await expect(page.title()).resolves.toContain("Riverside People's Hospital");
  });

  it('explains a mistyped code before any network call', async () => {
    const before = sandboxRequests.length;
    await page.getByRole('textbox', { name: 'Trace code' }).fill(MISTYPED);
    await page.getByRole('button', { name: 'Check code' }).click();
    await page.getByText('The check digit does not match').first().waitFor();
    expect(sandboxRequests.length).toBe(before);
  });

  it('verifies a genuine test pack typed in by the patient', async () => {
    await page.getByRole('textbox', { name: 'Trace code' }).fill(GENUINE);
    await page.getByRole('button', { name: 'Check code' }).click();
    await page.getByRole('heading', { name: 'Genuine pack' }).waitFor();
    expect(await page.getByText('2603101').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test/__screenshots__/portal-verified.png', fullPage: true });
    await page.getByRole('button', { name: 'Check another pack' }).click();
  });

  it('dispenses a pack and receives the signed webhook on the partner server', async () => {
    await page.getByRole('textbox', { name: 'Trace code' }).fill(DISPENSABLE);
    await page.getByRole('button', { name: 'Check code' }).click();
    await page.getByRole('heading', { name: 'Genuine pack' }).waitFor();
    await page.getByRole('button', { name: /dispense/i }).click();
    await page.getByText('Recorded as dispensed').waitFor();
    await expect
      .poll(() => partner.events.map((event) => event.type), { timeout: 15_000 })
      .toContain('trace.dispensed');
    await page.getByRole('button', { name: 'Check another pack' }).click();
  });

  it('switches the widget to Chinese with the portal language', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('textbox', { name: '追溯码' }).waitFor();
  });

  it('runs without CSP violations or console errors', () => {
    expect(cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

it('got only responses that match the contract from the sandbox', () => {
  expect(sandbox.problems).toEqual([]);
});
