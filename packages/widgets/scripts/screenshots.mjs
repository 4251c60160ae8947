// Screenshots of every widget state from the built Storybook, in light and dark, English and
// Chinese, for a human to look at: `npm run build-storybook && node scripts/screenshots.mjs [out]`.
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../storybook-static/', import.meta.url).pathname;
const out = process.argv[2] ?? join(process.cwd(), 'screenshots');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  try {
    if (!(await stat(file)).isFile()) throw new Error();
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://localhost:${server.address().port}`;
const { entries } = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const ids = Object.keys(entries).filter((id) => entries[id].type === 'story');
const variants = [
  { name: 'light-en', args: 'locale:en;theme:light', scheme: 'light' },
  { name: 'dark-zh', args: 'locale:zh-CN;theme:dark', scheme: 'dark' },
];
await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
for (const variant of variants) {
  const page = await browser.newPage({
    viewport: { width: 720, height: 900 },
    colorScheme: variant.scheme,
  });
  for (const id of ids) {
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&args=${variant.args}`);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 2500)));
    if (variant.scheme === 'dark')
      await page.evaluate(() => {
        document.body.style.background = '#0d1117';
      });
    const element = page.locator('apotheca-trace-verifier');
    await element.screenshot({
      path: join(out, `${id.replace('widgets-trace-verifier--', '')}.${variant.name}.png`),
    });
  }
  await page.close();
}
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
