import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsServer } from '../scripts/serve.mjs';

// A fake checkout: what the server serves is the layout, not this repo's build state.
const base = mkdtempSync(join(tmpdir(), 'apotheca-docs-'));
mkdirSync(join(base, 'docs/reference/documents'), { recursive: true });
mkdirSync(join(base, 'docs/guides'), { recursive: true });
mkdirSync(join(base, 'packages/widgets/storybook-static'), { recursive: true });
writeFileSync(join(base, 'docs/reference/index.html'), '<h1>reference</h1>');
writeFileSync(join(base, 'docs/reference/documents/Partner_quickstart.html'), '<h1>guide</h1>');
writeFileSync(join(base, 'docs/guides/quick.md'), '---\ntitle: Partner quickstart\n---\n# Hi\n');
writeFileSync(join(base, 'packages/widgets/storybook-static/index.html'), '<h1>storybook</h1>');
writeFileSync(join(base, 'secret.txt'), 'not served');

describe('docs server', () => {
  let docs: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    docs = await startDocsServer({ port: 0, base, sandboxUrl: 'http://127.0.0.1:4010' });
  });
  afterAll(() => docs.close());

  it('links the reference, the rendered and plain guides, Storybook and the sandbox', async () => {
    const html = await (await fetch(`${docs.url}/`)).text();
    expect(html).toContain('href="/reference/"');
    expect(html).toContain('href="/reference/documents/Partner_quickstart.html"');
    expect(html).toContain('href="/guides/quick.md"');
    expect(html).toContain('href="/storybook/"');
    expect(html).toContain('href="http://127.0.0.1:4010"');
  });

  it('serves each mount, directories by their index.html', async () => {
    expect(await (await fetch(`${docs.url}/reference/`)).text()).toBe('<h1>reference</h1>');
    expect(await (await fetch(`${docs.url}/storybook/`)).text()).toBe('<h1>storybook</h1>');
    const guide = await fetch(`${docs.url}/guides/quick.md`);
    expect(guide.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('never serves a file outside the mounts', async () => {
    expect((await fetch(`${docs.url}/reference/..%2F..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${docs.url}/secret.txt`)).status).toBe(404);
    expect((await fetch(`${docs.url}/reference/missing.html`)).status).toBe(404);
  });
});

describe('docs server on this checkout', () => {
  it('links nothing from its index that it cannot serve', async () => {
    const docs = await startDocsServer({ port: 0 });
    try {
      const html = await (await fetch(`${docs.url}/`)).text();
      const links = [...html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1] ?? '');
      expect(links.length).toBeGreaterThan(4);
      const broken = [];
      for (const link of links) {
        const { status } = await fetch(docs.url + link);
        if (status !== 200) broken.push(`${link} → ${status}`);
      }
      expect(broken).toEqual([]);
    } finally {
      await docs.close();
    }
  });
});
