// Server-side rendering: @apotheca/react and each wrapper subpath import in plain Node (no DOM),
// and react-dom/server renders each wrapper as its custom element's tag.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { componentName, WIDGETS } from '../src/test-support/widgets';

const run = promisify(execFile);
const packageDir = new URL('../', import.meta.url).pathname;
const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
const entries = Object.keys(pkg.exports)
  .filter((subpath) => subpath !== './package.json')
  .map((subpath) => `@apotheca/react${subpath.slice(1)}`);

async function inNode(script: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: packageDir,
  });
  return stdout.trim();
}

describe('@apotheca/react under SSR (plain Node, no DOM)', () => {
  it('has an entry per widget besides the index', () => {
    expect(entries.sort()).toEqual(
      ['@apotheca/react', ...WIDGETS.map((widget) => `@apotheca/react/${widget.entry}`)].sort(),
    );
  });

  it.each(entries)('%s imports without a DOM', async (specifier) => {
    const out = await inNode(`
      if (typeof HTMLElement !== 'undefined' || typeof document !== 'undefined') throw new Error('DOM present');
      const module = await import(${JSON.stringify(specifier)});
      console.log(Object.keys(module).sort().join(','));`);
    expect(out.length).toBeGreaterThan(0);
  });

  it.each(WIDGETS)('renders <$tag> to HTML with react-dom/server', async (widget) => {
    const html = await inNode(`
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      const { ${componentName(widget.tag)}: Component } = await import('@apotheca/react');
      console.log(renderToString(createElement(Component, { locale: 'zh-CN' })));`);
    expect(html).toMatch(new RegExp(`^<${widget.tag}[ >].*</${widget.tag}>$`));
  });
});
