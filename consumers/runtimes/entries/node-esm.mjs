// Node, native ESM: `import` resolves the packages' "import" conditions.
import { PACKAGES } from '../scenario/packages.mjs';
import { runScenario } from '../scenario/scenario.mjs';

const modules = Object.fromEntries(
  await Promise.all(PACKAGES.map(async ([name]) => [name, await import(name)])),
);
const input = JSON.parse(process.env.APOTHECA_SCENARIO ?? '{}');
process.stdout.write(`${JSON.stringify(await runScenario(modules, input))}\n`);
