// Serves the docs: an index page linking the API reference (with the rendered guides), the guides
// as plain markdown and the widgets' Storybook static build. `npm start` runs it; alone:
// `node docs/scripts/serve.mjs` (DOCS_PORT, default 4030).
import { existsSync, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { publicPackages, root } from './workspaces.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where each URL prefix is served from. */
export function docsMounts(base = root) {
  return {
    '/reference/': join(base, 'docs/reference'),
    '/guides/': join(base, 'docs/guides'),
    '/storybook/': join(base, 'packages/widgets/storybook-static'),
  };
}

function escapeHtml(text) {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
}

// A guide's rendered page: TypeDoc names project documents by their title.
function guideTitle(markdown) {
  return /^title:\s*(.+)$/m.exec(markdown)?.[1]?.trim();
}

async function indexPage(mounts, sandboxUrl) {
  const guideFiles = existsSync(mounts['/guides/'])
    ? readdirSync(mounts['/guides/'])
        .filter((n) => n.endsWith('.md'))
        .sort()
    : [];
  const guides = await Promise.all(
    guideFiles.map(async (file) => {
      const title = guideTitle(await readFile(join(mounts['/guides/'], file), 'utf8')) ?? file;
      const page = `documents/${title.replace(/[^A-Za-z0-9]+/g, '_')}.html`;
      const rendered = existsSync(join(mounts['/reference/'], page))
        ? `/reference/${page}`
        : undefined;
      return { file, title, rendered };
    }),
  );
  const hasReference = existsSync(join(mounts['/reference/'], 'index.html'));
  const hasStorybook = existsSync(join(mounts['/storybook/'], 'index.html'));
  const packages = publicPackages();
  // TypeDoc's page of a module (`@apotheca/domain/trace` → `_apotheca_domain_trace.html`).
  const modulePage = (specifier) => {
    const page = `modules/${specifier.replace(/[^A-Za-z0-9.-]/g, '_')}.html`;
    return existsSync(join(mounts['/reference/'], page))
      ? `/reference/${page}`
      : '/reference/modules.html';
  };
  const item = (href, label, note = '') =>
    `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a>${note ? ` — ${escapeHtml(note)}` : ''}</li>`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Apotheca docs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<h1>Apotheca developer docs</h1>
<h2>API reference</h2>
${
  hasReference
    ? `<ul>${item('/reference/', 'All packages')}${packages
        .map(
          (p) =>
            `<li>${escapeHtml(p.name)}: ${p.entries
              .map(
                (e) =>
                  `<a href="${escapeHtml(modulePage(e.specifier))}">${escapeHtml(e.specifier)}</a>`,
              )
              .join(', ')}</li>`,
        )
        .join('')}</ul>`
    : '<p>Not built yet: <code>npm run reference -w @apotheca/docs</code>.</p>'
}
<h2>Guides</h2>
<ul>${guides
    .map(
      (g) =>
        `<li>${g.rendered ? `<a href="${escapeHtml(g.rendered)}">${escapeHtml(g.title)}</a>` : escapeHtml(g.title)} (<a href="/guides/${escapeHtml(g.file)}">markdown</a>)</li>`,
    )
    .join('')}</ul>
<h2>Widgets</h2>
${hasStorybook ? `<ul>${item('/storybook/', 'Storybook', 'every widget in every state')}</ul>` : '<p>Storybook not built yet: <code>npm run build-storybook -w @apotheca/widgets</code>.</p>'}
${sandboxUrl ? `<h2>Sandbox</h2><ul>${item(sandboxUrl, sandboxUrl, 'the local API')}</ul>` : ''}
</body>
</html>
`;
}

/** Resolves a URL path to a file under one mount, or `undefined` (outside it, or missing). */
export async function resolveFile(mounts, pathname) {
  const prefix = Object.keys(mounts).find(
    (p) => pathname === p.slice(0, -1) || pathname.startsWith(p),
  );
  if (!prefix) return undefined;
  const dir = mounts[prefix];
  let relativePath;
  try {
    relativePath = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return undefined;
  }
  const path = normalize(join(dir, relativePath));
  if (path !== dir && !path.startsWith(dir + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
  }
  return info?.isFile() ? path : undefined;
}

/**
 * Starts the docs server; resolves with its URL and a `close()`.
 *
 * @param {{ port?: number; host?: string; base?: string; sandboxUrl?: string }} [options]
 */
export async function startDocsServer({
  port = 4030,
  host = '127.0.0.1',
  base = root,
  sandboxUrl,
} = {}) {
  const mounts = docsMounts(base);
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://docs');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      res
        .writeHead(200, { 'Content-Type': TYPES['.html'] })
        .end(await indexPage(mounts, sandboxUrl));
      return;
    }
    const dirPrefix = Object.keys(mounts).find((p) => pathname === p.slice(0, -1));
    if (dirPrefix) {
      res.writeHead(301, { Location: dirPrefix }).end();
      return;
    }
    const file = await resolveFile(mounts, pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': TYPES['.txt'] }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : await readFile(file));
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const docs = await startDocsServer({
    port: Number(process.env.DOCS_PORT ?? 4030),
    sandboxUrl: process.env.SANDBOX_URL,
  });
  console.log(`Docs (API reference, guides, Storybook): ${docs.url}/`);
  const stop = () => docs.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
