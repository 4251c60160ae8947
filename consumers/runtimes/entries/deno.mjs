// Deno 2 with the project's node_modules ("nodeModulesDir": "manual"): bare npm names resolve
// there, nothing is fetched.
import { PACKAGES } from '../scenario/packages.mjs';
import { runScenario } from '../scenario/scenario.mjs';

const modules = Object.fromEntries(
  await Promise.all(PACKAGES.map(async ([name]) => [name, await import(name)])),
);
const input = JSON.parse(Deno.env.get('APOTHECA_SCENARIO') ?? '{}');
console.log(JSON.stringify(await runScenario(modules, input)));
