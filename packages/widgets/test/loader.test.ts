import { chromiumLaunchOptions } from '@apotheca/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIDGETS } from '../src/widgets.ts';
import { serveStatic } from './static-server.ts';

const dist = new URL('../dist/', import.meta.url).pathname;

/** A page using only the symptom checker, through the all-in-one script. */
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Loader</title>
    <script type="module" src="/apotheca-widgets.js"></script>
  </head>
  <body><apotheca-symptom-checker patient-id="pat_test_liqiang"></apotheca-symptom-checker></body>
</html>`;

describe('the all-in-one script defines widgets on first use', () => {
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];
  let traceVerifierChunk = '';

  beforeAll(async () => {
    site = await serveStatic(dist, {
      routes: [
        (_request, response, url) => {
          if (url.pathname !== '/') return false;
          response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          response.end(PAGE);
          return true;
        },
      ],
    });
    const checks = (await import('../dist/size-limit.json', { with: { type: 'json' } }))
      .default as Array<{ name: string; path: string[] }>;
    // The trace verifier's UI chunk: in its first load, in nobody else's.
    const firstLoads = checks.filter((check) => check.name.includes(': first load from'));
    const verifier = firstLoads.find((check) => check.name.startsWith('trace-verifier:'))!;
    const others = firstLoads.filter((check) => check !== verifier).flatMap((c) => c.path);
    traceVerifierChunk = verifier.path.find((file) => !others.includes(file))!.replace('dist/', '');
    browser = await chromium.launch({ ...chromiumLaunchOptions() });
    page = await browser.newPage();
    page.on('request', (request) => requested.push(new URL(request.url()).pathname.slice(1)));
    await page.goto(`${site.url}/`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('defines the widget on the page and loads no other widget’s code', async () => {
    await page.evaluate(() => customElements.whenDefined('apotheca-symptom-checker'));
    expect(await page.evaluate(() => !!customElements.get('apotheca-trace-verifier'))).toBe(false);
    expect(traceVerifierChunk).toMatch(/^apotheca-widgets-define-/);
    expect(requested).not.toContain(traceVerifierChunk);
  });

  it('defines an element added later, and load() resolves once it is defined', async () => {
    await page.evaluate(() => {
      document.body.append(document.createElement('apotheca-trace-verifier'));
    });
    await page.evaluate(() => customElements.whenDefined('apotheca-trace-verifier'));
    expect(requested).toContain(traceVerifierChunk);
    // A string, so the test runner does not rewrite the page's dynamic import.
    const loaded = (await page.evaluate(`(async () => {
      const loader = await import('/apotheca-widgets.js');
      await loader.load('apotheca-trace-verifier');
      return loader.TAGS;
    })()`)) as string[];
    expect(loaded.sort()).toEqual(WIDGETS.map((widget) => widget.tag).sort());
    // Loaded once: the second load() did not fetch the chunk again.
    expect(requested.filter((file) => file === traceVerifierChunk)).toHaveLength(1);
  });
});
