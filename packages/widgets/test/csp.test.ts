import { createPlatform, type Platform } from '@apotheca/sandbox';
import { chromiumLaunchOptions, mintWidgetSession, TRACE_CODES } from '@apotheca/testing';
import bwipjs from 'bwip-js/node';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Route, serveStatic } from './static-server.ts';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const GENUINE = TRACE_CODES.genuine;
const dist = new URL('../dist/', import.meta.url).pathname;

/** The page: the bundle and a page script, both external (inline script would itself violate). */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Strict CSP portal</title>
    <script type="module" src="/page.js"></script>
    <script type="module" src="/apotheca-widgets.js"></script>
  </head>
  <body>
    <apotheca-trace-verifier></apotheca-trace-verifier>
  </body>
</html>`;

function pageScript(token: string): string {
  return `window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber);
}, true);
const verifier = document.querySelector('apotheca-trace-verifier');
verifier.setAttribute('api-base', location.origin);
verifier.tokenProvider = async () => ${JSON.stringify(token)};
verifier.appearance = { variables: { colorPrimary: '#7a1fa2', radius: '2px' } };
`;
}

/** Forwards `/v1/*` to the in-process sandbox engine: the API is same-origin, as CSP requires. */
function apiProxy(platform: Platform): Route {
  return async (request, response, url) => {
    if (!url.pathname.startsWith('/v1/')) return false;
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const answer = await platform.handle(
      new Request(`http://${request.headers.host}${request.url}`, {
        method: request.method ?? 'GET',
        headers,
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
      }),
    );
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
    return true;
  };
}

describe('a page with a strict Content-Security-Policy', () => {
  let platform: Platform;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;
  const consoleCsp: string[] = [];

  beforeAll(async () => {
    platform = createPlatform({ logger: { error: () => undefined, warn: () => undefined } });
    let token = '';
    site = await serveStatic(dist, {
      headers: { 'Content-Security-Policy': CSP },
      routes: [
        apiProxy(platform),
        (_request, response, url) => {
          if (url.pathname === '/') {
            response.writeHead(200, {
              'Content-Type': 'text/html; charset=utf-8',
              'Content-Security-Policy': CSP,
            });
            response.end(PAGE);
            return true;
          }
          if (url.pathname === '/page.js') {
            response.writeHead(200, {
              'Content-Type': 'text/javascript',
              'Content-Security-Policy': CSP,
            });
            response.end(pageScript(token));
            return true;
          }
          return false;
        },
      ],
    });
    // The partner's server mints the session for exactly this page's origin.
    const session = await mintWidgetSession(site.url, {
      patientId: 'pat_test_wangfang',
      scopes: ['trace:verify'],
      origin: site.url,
    });
    token = session.token;
    browser = await chromium.launch({ ...chromiumLaunchOptions() });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text());
    });
    await page.goto(`${site.url}/`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await platform?.close();
  });

  async function violations(): Promise<string[]> {
    const fromPage = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    return [...fromPage, ...consoleCsp];
  }

  it('renders, styles and themes the widget with no violation', async () => {
    const heading = page.locator('apotheca-trace-verifier h2');
    await expect.poll(() => heading.textContent()).toBe('Check a medicine pack');
    // Adopted stylesheets are allowed by style-src 'self'; the appearance reached the CSSOM.
    const primary = await page.evaluate(() =>
      getComputedStyle(document.querySelector('apotheca-trace-verifier')!).getPropertyValue(
        '--apotheca-color-primary',
      ),
    );
    expect(primary.trim()).toBe('#7a1fa2');
    const borderRadius = await page
      .locator('apotheca-trace-verifier #upload-button')
      .evaluate((button) => getComputedStyle(button).borderTopLeftRadius);
    expect(borderRadius).toBe('2px');
    expect(await violations()).toEqual([]);
  });

  it('verifies a typed code through the lazily loaded SDK with no violation', async () => {
    await page.locator('apotheca-trace-verifier #code').fill(GENUINE);
    await page.locator('apotheca-trace-verifier #code').press('Enter');
    await expect
      .poll(() => page.locator('apotheca-trace-verifier #result-heading').textContent(), {
        timeout: 15_000,
      })
      .toBe('Genuine pack');
    expect(await violations()).toEqual([]);
  });

  it('decodes an uploaded DataMatrix with the wasm decoder (wasm-unsafe-eval only) with no violation', async () => {
    await page
      .locator('apotheca-trace-verifier')
      .getByRole('button', { name: 'Check another pack' })
      .click();
    const png = await bwipjs.toBuffer({
      bcid: 'gs1datamatrix',
      text: GENUINE,
      scale: 5,
      padding: 12,
      backgroundcolor: 'FFFFFF',
    });
    await page
      .locator('apotheca-trace-verifier #file')
      .setInputFiles({ name: 'pack.png', mimeType: 'image/png', buffer: png });
    await expect
      .poll(() => page.locator('apotheca-trace-verifier #result-heading').textContent(), {
        timeout: 20_000,
      })
      .toBe('Genuine pack');
    expect(await violations()).toEqual([]);
  });
});
