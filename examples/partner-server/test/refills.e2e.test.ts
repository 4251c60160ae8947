// The portal's My medicines page end to end over real HTTP in real Chromium: sandbox → partner
// server (a session for `?widget=refill-reminder`) → refills.html (strict CSP) →
// <apotheca-refill-reminder> → 王芳's amlodipine (its supply ran out) → Refill now with the address
// on record → one refill → no refills left: Book a renewal visit → the calendar file.
import { readFile } from 'node:fs/promises';
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
let partner: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
let reminder: Locator;
const problems: string[] = [];
const refillPosts: string[] = [];
const SHOTS = 'test/__screenshots__';
const RX = 'rx_test_wangfang_amlodipine';

beforeAll(async () => {
  sandbox = await startTestSandbox();
  partner = await startPartnerServer({ port: 0, sandboxUrl: sandbox.url, quiet: true });
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage({ viewport: { width: 900, height: 1000 }, acceptDownloads: true });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/refill-requests')
      refillPosts.push(request.headers()['idempotency-key'] ?? '');
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
    .getByRole('link', { name: 'My medicines' })
    .click();
  await page.waitForURL(/\/refills\.html$/);
  reminder = page.locator('apotheca-refill-reminder');
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
  await sandbox?.close();
});

describe("the portal's My medicines page", () => {
  it("shows 王芳's amlodipine with days left and Refill now", async () => {
    const card = reminder.locator(`[data-prescription="${RX}"]`);
    await card.getByRole('heading', { name: 'Amlodipine tablets' }).waitFor();
    // The seeded supply ran out on 2026-10-27: overdue, one refill left.
    await expect(card.locator('.status').textContent()).resolves.toBe(
      'Overdue: your supply has run out',
    );
    await expect(card.getByRole('progressbar').getAttribute('aria-valuetext')).resolves.toBe(
      '0 days left',
    );
    await page.screenshot({ path: `${SHOTS}/refills-medicines.png`, fullPage: true });
  });

  it('refills once to the address on record, then offers a renewal visit', async () => {
    const card = reminder.locator(`[data-prescription="${RX}"]`);
    await card.getByRole('button', { name: 'Refill now' }).click();
    await expect(card.getByLabel('Street address').inputValue()).resolves.toBe(
      '朝阳区建国路88号3单元501',
    );
    await page.screenshot({ path: `${SHOTS}/refills-address.png`, fullPage: true });
    await card.getByRole('button', { name: 'Send refill' }).click();
    await card.getByText('Refill of Amlodipine tablets is on its way.').waitFor();
    await page.locator('[data-event="apotheca-refill-requested"]').waitFor();
    await expect(
      page.locator('[data-event="apotheca-refill-requested"]').textContent(),
    ).resolves.toMatch(new RegExp(`rr_\\S+ ${RX} accepted`));
    expect(refillPosts).toHaveLength(1);
    await card.getByRole('button', { name: 'Book a renewal visit' }).click();
    await page.getByRole('link', { name: /Book a follow-up visit/ }).waitFor();
    await page.screenshot({ path: `${SHOTS}/refills-renewal.png`, fullPage: true });
  });

  it('downloads the refill reminders as an .ics calendar', async () => {
    await page.reload();
    const card = reminder.locator(`[data-prescription="${RX}"]`);
    // After the refill the supply lasts again, so the reminders are offered.
    await card.getByRole('button', { name: /Add refill reminders/ }).click();
    const download = page.waitForEvent('download');
    await card.getByRole('link', { name: /Download reminders/ }).click();
    const file = await (await download).path();
    const ics = await readFile(file, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('TZID=Asia/Shanghai');
    expect(problems).toEqual([]);
  });

  it('speaks Chinese with the portal', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await reminder.getByRole('heading', { name: '我的药品' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/refills-zh.png`, fullPage: true });
  });
});
