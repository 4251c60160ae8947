// Bun: its own resolver over node_modules.
import { PACKAGES } from '../scenario/packages.mjs';
import { runScenario } from '../scenario/scenario.mjs';

const modules = Object.fromEntries(
  await Promise.all(PACKAGES.map(async ([name]) => [name, await import(name)])),
);
const input = JSON.parse(Bun.env.APOTHECA_SCENARIO ?? '{}');
console.log(JSON.stringify(await runScenario(modules, input)));
