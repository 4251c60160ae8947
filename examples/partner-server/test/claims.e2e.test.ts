// The portal's Claims page end to end over real HTTP in real Chromium: sandbox → partner server
// (a session for `?widget=claim-form`) → claims.html (strict CSP) → <apotheca-claim-form> →
// coverage, photo upload, catalogue lookup, estimate, one submission → paid (the fast-path policy
// is adjudicated and paid at submission) → the portal lists the events.
import {
  chromiumLaunchOptions,
  type SandboxHarness,
  startTestSandbox,
} from '@apotheca/testing/node';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the example server is plain JavaScript on purpose.
import { startPartnerServer } from '../src/server.mjs';

let sandbox: SandboxHarness;
let partner: { url: string; events: { type: string }[]; close(): Promise<void> };
let browser: Browser;
let page: Page;
let form: Locator;
const problems: string[] = [];
const claimPosts: string[] = [];
const SHOTS = 'test/__screenshots__';

beforeAll(async () => {
  sandbox = await startTestSandbox();
  partner = await startPartnerServer({
    port: 0,
    sandboxUrl: sandbox.url,
    policyId: 'pol_test_wangfang_fastpath',
    quiet: true,
  });
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/claims')
      claimPosts.push(request.headers()['idempotency-key'] ?? '');
  });
  await page.exposeFunction('reportCspViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await page.goto(`${partner.url}/`);
  await page
    .getByRole('navigation', { name: 'Portal' })
    .getByRole('link', { name: 'Claims' })
    .click();
  await page.waitForURL(/\/claims\.html$/);
  form = page.locator('apotheca-claim-form');
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
  await sandbox?.close();
});

async function next(): Promise<void> {
  await form.getByRole('button', { name: 'Next' }).click();
}

describe("the portal's Claims page", () => {
  it('prefills the policy and checks coverage', async () => {
    await expect(form.getByRole('textbox', { name: 'Policy number' }).inputValue()).resolves.toBe(
      'pol_test_wangfang_fastpath',
    );
    await page.screenshot({ path: `${SHOTS}/claims-policy.png`, fullPage: true });
    await next();
    await form.getByRole('combobox', { name: 'Hospital' }).selectOption('hosp_test_bj_capital');
    await form.getByLabel('Date of the visit').fill('2026-12-01');
    await form.getByText('Policy active on the visit date.').waitFor();
    await page.screenshot({ path: `${SHOTS}/claims-visit.png`, fullPage: true });
    await next();
  });

  it('checks an invoice photo on the device and uploads it', async () => {
    // A clear invoice page drawn in the page (as a phone camera would hand it over).
    await form.locator('#photos').evaluate(async (input: HTMLInputElement) => {
      const canvas = document.createElement('canvas');
      canvas.width = 1800;
      canvas.height = 1400;
      const g = canvas.getContext('2d') as CanvasRenderingContext2D;
      g.fillStyle = '#555';
      g.fillRect(0, 0, 1800, 1400);
      g.fillStyle = '#eee';
      g.fillRect(250, 100, 1300, 1200);
      g.fillStyle = '#111';
      g.font = '40px sans-serif';
      for (let row = 0; row < 13; row++)
        g.fillText(`Invoice line ${row + 1}   CNY ${(row + 2) * 9}.00`, 320, 200 + row * 82);
      const blob = await new Promise<Blob>((resolve) =>
        canvas.toBlob((b) => resolve(b as Blob), 'image/jpeg', 0.9),
      );
      const transfer = new DataTransfer();
      transfer.items.add(new File([blob], 'invoice.jpg', { type: 'image/jpeg' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await form.getByText('1 of 1 uploaded').waitFor();
    await page.screenshot({ path: `${SHOTS}/claims-photos.png`, fullPage: true });
    await next();
  });

  it('finds a medicine in Chinese, estimates, and adds a diagnosis', async () => {
    await form.getByRole('searchbox', { name: /Find a medicine/ }).fill('布洛芬');
    await form.getByRole('searchbox', { name: /Find a medicine/ }).press('Enter');
    await form
      .getByRole('button', { name: /Add: Ibuprofen/ })
      .first()
      .click();
    await form.getByLabel('Unit price (yuan)').fill('25.00');
    await form.getByLabel('Unit price (yuan)').press('Tab');
    await form.getByText('Insurer pays about').waitFor();
    await page.screenshot({ path: `${SHOTS}/claims-items.png`, fullPage: true });
    await next();
    await form.getByRole('searchbox', { name: /Find a diagnosis/ }).fill('J06');
    await form.getByRole('button', { name: /J06\.9/ }).click();
    await next();
    await page.screenshot({ path: `${SHOTS}/claims-review.png`, fullPage: true });
  });

  it('submits once on a double click and follows the claim to paid', async () => {
    await form.getByRole('button', { name: 'Submit claim' }).dblclick();
    await form.getByRole('heading', { name: 'Claim status' }).waitFor();
    await form.getByText('Payment reference').waitFor();
    expect(claimPosts).toHaveLength(1);
    await page.getByText(/apotheca-claim-status\s+clm_\S+\s+paid/).waitFor();
    await page.screenshot({ path: `${SHOTS}/claims-paid.png`, fullPage: true });
    await expect
      .poll(() => partner.events.map((event) => event.type), { timeout: 15_000 })
      .toContain('claim.paid');
  });

  it('speaks Chinese with the portal language', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await form.getByRole('heading', { name: '理赔进度' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/claims-paid-zh.png`, fullPage: true });
  });

  it('runs without CSP violations or console errors', () => {
    expect(problems).toEqual([]);
  });
});
