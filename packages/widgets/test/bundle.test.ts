import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/', import.meta.url).pathname;

async function read(file: string): Promise<string> {
  return readFile(join(dist, file), 'utf8');
}

/** Relative static imports (`import … from './x.js'`, `import './x.js'`) of a built module. */
function staticImports(code: string): string[] {
  const found = code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?\sfrom\s*|)['"](\.\/[^'"]+)['"]/g,
  );
  return [...found].map((match) => match[1]!.slice(2));
}

/** Every file reachable from `entry` through static imports only. */
async function staticClosure(entry: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(await read(file)));
  }
  return seen;
}

describe('the all-in-one bundle (dist/apotheca-widgets.js)', () => {
  it('reaches the zxing glue only through a dynamic import', async () => {
    const closure = await staticClosure('apotheca-widgets.js');
    for (const file of closure) {
      const code = await read(file);
      expect(code, file).not.toContain('zxing_reader.wasm');
      expect(code, file).not.toContain('readBarcodesFromImage');
    }
    const entry = await read('apotheca-widgets.js');
    const decoder = entry.match(
      /import\(['"]\.\/(apotheca-widgets-zxing-decoder-[\w-]+\.js)['"]\)/,
    );
    expect(decoder?.[1]).toBeDefined();
    expect(await read(decoder![1]!)).toContain('readBarcodesFromImage');
  });

  it('is self-contained: Lit and the SDK inside, nothing imported by bare name', async () => {
    const files = (await readdir(dist)).filter(
      (file) => file.startsWith('apotheca-widgets') && file.endsWith('.js'),
    );
    for (const file of files) {
      const code = await read(file);
      expect(code, file).not.toMatch(/from\s*['"](?![./])/);
      expect(code, file).not.toMatch(/import\(\s*['"](?![./])/);
    }
  });

  it('ships zxing_reader.wasm next to the bundle and loads it relative to the module, not a CDN', async () => {
    const wasm = await readFile(join(dist, 'zxing_reader.wasm'));
    expect([...wasm.subarray(0, 4)]).toEqual([0, 0x61, 0x73, 0x6d]);
    const decoderFile = (await readdir(dist)).find(
      (file) => file.startsWith('apotheca-widgets-zxing-decoder-') && file.endsWith('.js'),
    )!;
    expect(await read(decoderFile)).toMatch(
      /new URL\(['"]\.\/zxing_reader\.wasm['"],\s*import\.meta\.url\)/,
    );
  });
});

describe('the npm entries', () => {
  it('keep Lit, the SDK and zxing-wasm as dependencies for the app bundler', async () => {
    const files = (await readdir(dist)).filter(
      (file) => !file.startsWith('apotheca-widgets') && file.endsWith('.js'),
    );
    const code = (await Promise.all(files.map(read))).join('\n');
    expect(code).toMatch(/from ['"]lit['"]/);
    expect(code).toMatch(/from ['"]@apotheca\/core['"]/);
    expect(code).toMatch(/from ['"]@apotheca\/trace['"]/);
    expect(code).toMatch(/import\(['"]zxing-wasm\/reader['"]\)|from ['"]zxing-wasm\/reader['"]/);
    expect(code).not.toContain('class ReactiveElement');
  });

  it('define the element only from the trace-verifier entry', async () => {
    expect(await read('trace-verifier.js')).toContain('customElements.define');
    expect(await read('index.js')).not.toContain('customElements.define');
  });
});

describe('custom-elements.json', () => {
  it('lists the attributes, properties, events, parts and CSS properties', async () => {
    const manifest = JSON.parse(
      await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'),
    ) as {
      modules: Array<{ declarations?: Array<Record<string, unknown>> }>;
    };
    const element = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration['tagName'] === 'apotheca-trace-verifier') as {
      attributes: Array<{ name: string }>;
      members: Array<{ name: string }>;
      events: Array<{ name: string }>;
      cssParts: Array<{ name: string }>;
      cssProperties: Array<{ name: string }>;
    };
    const names = (list: Array<{ name: string }>) => list.map((item) => item.name);
    expect(names(element.attributes)).toEqual(
      expect.arrayContaining([
        'session-token',
        'api-base',
        'locale',
        'theme',
        'mode',
        'location-id',
      ]),
    );
    expect(names(element.members)).toEqual(expect.arrayContaining(['tokenProvider', 'appearance']));
    expect(names(element.events).sort()).toEqual([
      'apotheca-dispensed',
      'apotheca-error',
      'apotheca-scan',
      'apotheca-session-expired',
      'apotheca-verified',
    ]);
    expect(names(element.cssParts)).toEqual(
      expect.arrayContaining(['base', 'status', 'journey', 'input']),
    );
    expect(names(element.cssProperties)).toEqual(
      expect.arrayContaining([
        '--apotheca-color-primary',
        '--apotheca-radius',
        '--apotheca-font-family',
      ]),
    );
  });
});
