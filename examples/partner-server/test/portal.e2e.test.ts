// The newcomer's path, end to end over real HTTP in real Chromium: sandbox → partner server →
// hospital portal page (strict CSP) → widget → verification → dispense → webhook; then the
// portal's symptom checker page → triage interview → result → booking.
import {
  chromiumLaunchOptions,
  type SandboxHarness,
  startTestSandbox,
  TRACE_CODES,
} from '@apotheca/testing/node';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
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

/** A fresh page that records CSP violations and console errors, like the portal's first page. */
async function watchedPage(violations: string[], errors: string[]): Promise<Page> {
  const fresh = await browser.newPage();
  fresh.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await fresh.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await fresh.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return fresh;
}

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

describe("the portal's symptom checker page", () => {
  const violations: string[] = [];
  const errors: string[] = [];
  let checkerPage: Page;
  let checker: Locator;

  beforeAll(async () => {
    checkerPage = await watchedPage(violations, errors);
    await checkerPage.goto(`${partner.url}/`);
    await checkerPage
      .getByRole('navigation', { name: 'Portal' })
      .getByRole('link', { name: 'Symptom checker' })
      .click();
    await checkerPage.waitForURL(/\/symptom-checker\.html$/);
    checker = checkerPage.locator('apotheca-symptom-checker');
  });

  /** The ids the page listed for `type`, newest first. */
  async function pageEvents(type: string): Promise<string[]> {
    return checkerPage.locator(`#checker-events li[data-event="${type}"]`).allTextContents();
  }

  /**
   * Answers as the patient until the result shows: `findings` (their English labels) present,
   * everything else absent ("None of these" for a pick-one question).
   */
  async function answerUntilResult(findings: readonly string[]): Promise<number> {
    const result = checker.locator('#result-heading');
    for (let step = 1; step <= 20; step++) {
      await result
        .or(checker.locator('#progress').filter({ hasText: new RegExp(`^Question ${step}$`) }))
        .waitFor();
      if (await result.count()) return step - 1;
      const legend = (await checker.locator('legend').textContent()) ?? '';
      if (await checker.getByRole('radio', { name: 'Yes', exact: true }).count()) {
        const present = findings.some((finding) => legend.includes(finding));
        await checker.getByRole('radio', { name: present ? 'Yes' : 'No', exact: true }).check();
      } else {
        let picked = false;
        for (const finding of findings) {
          const box = checker.getByRole('checkbox', { name: finding, exact: true });
          if (await box.count()) await box.check();
          const radio = checker.getByRole('radio', { name: finding, exact: true });
          if (await radio.count()) {
            await radio.check();
            picked = true;
          }
        }
        const none = checker.getByRole('radio', { name: 'None of these', exact: true });
        if (!picked && (await none.count())) await none.check();
      }
      await checker.getByRole('button', { name: 'Next' }).click();
    }
    throw new Error('no result after 20 questions');
  }

  it('is served under the same strict Content-Security-Policy, linked from the portal', async () => {
    const response = await checkerPage.request.get(`${partner.url}/symptom-checker.html`);
    expect(response.headers()['content-security-policy']).toBe(
      (await checkerPage.request.get(`${partner.url}/`)).headers()['content-security-policy'],
    );
    await expect(checkerPage.title()).resolves.toContain('Symptom checker');
    // The placeholders were filled in: the widget talks to the sandbox about the seeded patient.
    await expect(checker.getAttribute('patient-id')).resolves.toBe('pat_test_wangfang');
    await expect(checker.getAttribute('api-base')).resolves.toMatch(/^http:\/\/localhost:\d+$/);
  });

  it('follows the portal language (zh-CN and back)', async () => {
    await checkerPage.getByRole('button', { name: '中文' }).click();
    await checker.getByRole('textbox', { name: '哪里不舒服？' }).waitFor();
    await checker.getByText('就诊人：70 岁，女').waitFor();
    await checkerPage.getByRole('button', { name: 'English' }).click();
    await checker.getByRole('textbox', { name: 'What is wrong?' }).waitFor();
  });

  it("painful leg, can't walk: follow-up questions, then rheumatology, and the page hears it", async () => {
    await checker.getByRole('textbox', { name: 'What is wrong?' }).fill("painful leg, can't walk");
    await checker.getByRole('button', { name: 'Start' }).click();
    // Sudden onset, a hot red swollen joint at the base of the big toe; no injury, no fever.
    const asked = await answerUntilResult([
      'Pain at the base of the big toe',
      'Came on suddenly',
      'Hot, red, swollen joint',
    ]);
    expect(asked).toBeGreaterThan(1);
    await expect(checker.locator('#result-heading').textContent()).resolves.toContain(
      'Book a consultation',
    );
    await expect(
      checker.locator('[part="departments"] li').first().textContent(),
    ).resolves.toContain('Rheumatology');
    await expect
      .poll(() => pageEvents('apotheca-triage-completed'))
      .toEqual([expect.stringMatching(/^apotheca-triage-completed\s+tri_\w+$/)]);
  });

  it('books the soonest doctor and shows the consultation id on the page', async () => {
    const book = checker.locator('[part="doctors"]').getByRole('button', { name: 'Book' }).first();
    await book.click();
    await checker.locator('#booked').waitFor();
    await expect
      .poll(() => pageEvents('apotheca-consultation-booked'))
      .toEqual([expect.stringMatching(/^apotheca-consultation-booked\s+cons_\w+$/)]);
    await checkerPage.screenshot({
      path: 'test/__screenshots__/portal-symptom-checker.png',
      fullPage: true,
    });
  });

  it('an emergency shows only the emergency actions', async () => {
    await checkerPage.reload();
    await checker
      .getByRole('textbox', { name: 'What is wrong?' })
      .fill('crushing chest pain spreading to my left arm');
    // The offline red-flag screen speaks while the patient types, before any API call.
    await checker.locator('[part="emergency"]').waitFor();
    await checker.getByRole('button', { name: 'Start' }).click();
    await expect(checker.locator('#result-heading').textContent()).resolves.toBe('Call 120 now');
    await expect(
      checker.getByRole('link', { name: 'Call 120' }).getAttribute('href'),
    ).resolves.toBe('tel:120');
    expect(await checker.locator('[part="departments"]').count()).toBe(0);
    expect(await checker.locator('[part="doctors"]').count()).toBe(0);
    expect(await checker.getByRole('button', { name: 'Book' }).count()).toBe(0);
    await expect
      .poll(() => pageEvents('apotheca-triage-completed'))
      .toEqual([expect.stringMatching(/^apotheca-triage-completed\s+tri_\w+$/)]);
  });

  it('runs without CSP violations or console errors', () => {
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

it('got only responses that match the contract from the sandbox', () => {
  expect(sandbox.problems).toEqual([]);
});
