// Node, CommonJS: `require` resolves the packages' "require" conditions (dist/*.cjs).
const path = require('node:path');
const { pathToFileURL } = require('node:url');

async function main() {
  const scenario = (file) => import(pathToFileURL(path.join(__dirname, '../scenario', file)).href);
  const { PACKAGES } = await scenario('packages.mjs');
  const { runScenario } = await scenario('scenario.mjs');
  const modules = Object.fromEntries(PACKAGES.map(([name]) => [name, require(name)]));
  const input = JSON.parse(process.env.APOTHECA_SCENARIO ?? '{}');
  process.stdout.write(`${JSON.stringify(await runScenario(modules, input))}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
