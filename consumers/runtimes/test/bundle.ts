import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PACKAGES } from '../scenario/packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles the scenario with every package in PACKAGES for a runtime that loads one file (workerd,
 * the browser). The entry is generated from the list, so a new package needs no edit here.
 */
export async function bundleScenario(target: 'workerd' | 'browser'): Promise<string> {
  const imports = PACKAGES.map(([name], i) => `import * as m${i} from '${name}';`).join('\n');
  const table = PACKAGES.map(([name], i) => `  '${name}': m${i},`).join('\n');
  const expose =
    target === 'workerd'
      ? `export default {
  async fetch(request) {
    try {
      return Response.json(await runScenario(modules, await request.json()));
    } catch (error) {
      return new Response(String(error?.stack ?? error), { status: 500 });
    }
  },
};`
      : 'globalThis.runScenario = (input) => runScenario(modules, input);';
  const contents = `${imports}
import { runScenario } from './scenario/scenario.mjs';
const modules = {
${table}
};
${expose}
`;
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: `${target}-entry.mjs`, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: target === 'workerd' ? 'neutral' : 'browser',
    // workerd resolves like a worker; "neutral" needs the main fields and conditions spelled out.
    ...(target === 'workerd'
      ? { conditions: ['workerd', 'worker', 'browser', 'import'], mainFields: ['module', 'main'] }
      : {}),
    target: 'es2022',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild wrote no ${target} bundle`);
  return output.text;
}
