// The portal's Prescription photo page end to end over real HTTP in real Chromium: sandbox →
// partner server (a session for `?widget=prescription-upload`) → prescription-upload.html (strict
// CSP) → <apotheca-prescription-upload> → a blurry photo is refused on the device (nothing sent)
// → a clear one is sent once → the sandbox pharmacist approves → Check status shows it.
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
let widget: Locator;
const problems: string[] = [];
const uploadPosts: string[] = [];
const SHOTS = 'test/__screenshots__';

/** Draws a prescription page in the page and hands it to the file input, as a camera would. */
async function pickPhoto(blur: number): Promise<void> {
  await widget.locator('#choose').evaluate(async (input: HTMLInputElement, px: number) => {
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
      g.fillText(`Rx ${row + 1}: Amlodipine 5 mg, 1 tablet daily`, 320, 200 + row * 82);
    let out = canvas;
    if (px > 0) {
      out = document.createElement('canvas');
      out.width = canvas.width;
      out.height = canvas.height;
      const b = out.getContext('2d') as CanvasRenderingContext2D;
      b.filter = `blur(${px}px)`;
      b.drawImage(canvas, 0, 0);
    }
    const blob = await new Promise<Blob>((resolve) =>
      out.toBlob((x) => resolve(x as Blob), 'image/jpeg', 0.9),
    );
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], 'prescription.jpg', { type: 'image/jpeg' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, blur);
}

beforeAll(async () => {
  sandbox = await startTestSandbox();
  partner = await startPartnerServer({ port: 0, sandboxUrl: sandbox.url, quiet: true });
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (request) => {
    if (
      request.method() === 'POST' &&
      new URL(request.url()).pathname === '/v1/prescription-uploads'
    )
      uploadPosts.push(request.headers()['idempotency-key'] ?? '');
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
    .getByRole('link', { name: 'Prescription photo' })
    .click();
  await page.waitForURL(/\/prescription-upload\.html$/);
  widget = page.locator('apotheca-prescription-upload');
});

afterAll(async () => {
  await browser?.close();
  await partner?.close();
  await sandbox?.close();
});

describe("the portal's Prescription photo page", () => {
  it('refuses a blurry photo on the device with advice, sending nothing', async () => {
    await widget.getByText('Take a photo').waitFor();
    await pickPhoto(6);
    await widget.getByRole('heading', { name: 'Please take the photo again' }).waitFor();
    await expect(widget.locator('.advice li').first().textContent()).resolves.toContain(
      'The photo is blurry.',
    );
    expect(uploadPosts).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/upload-retake.png`, fullPage: true });
  });

  it('sends a clear photo once and shows the review status', async () => {
    await pickPhoto(0);
    await widget.getByRole('heading', { name: 'The photo looks clear' }).waitFor();
    await widget.getByLabel('A note for the pharmacist (optional)').fill('From my follow-up visit');
    await page.screenshot({ path: `${SHOTS}/upload-ready.png`, fullPage: true });
    await widget.getByRole('button', { name: 'Send to the pharmacist' }).click();
    await widget.getByRole('heading', { name: 'Waiting for the pharmacist' }).waitFor();
    expect(uploadPosts).toHaveLength(1);
    await expect(
      page.locator('[data-event="apotheca-prescription-uploaded"]').textContent(),
    ).resolves.toMatch(/pu_\S+ pending_review/);
  });

  it("shows the pharmacist's approval on Check status", async () => {
    const id = (await widget.locator('[part="status"]').getAttribute('data-upload')) ?? '';
    const review = await fetch(`${sandbox.url}/v1/test-helpers/prescription-uploads/${id}/review`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer sk_test_apotheca_sandbox',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ decision: 'approve' }),
    });
    expect(review.status).toBe(200);
    await widget.getByRole('button', { name: 'Check status' }).click();
    await widget.getByRole('heading', { name: 'Your prescription was accepted' }).waitFor();
    await page.locator('[data-event="apotheca-upload-reviewed"]').waitFor();
    await page.screenshot({ path: `${SHOTS}/upload-accepted.png`, fullPage: true });
    await page.getByRole('button', { name: '中文' }).click();
    await widget.getByRole('heading', { name: '您的处方已通过审核' }).waitFor();
    expect(problems).toEqual([]);
  });
});
