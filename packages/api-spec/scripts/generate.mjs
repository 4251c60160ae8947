// Builds everything derived from the contract's source in openapi/:
//   openapi.yaml             the published document: root + domains merged, bundled by Redocly
//   generated/schema.ts      TypeScript types (openapi-typescript)
//   generated/openapi.ts     the document as a typed constant (the sandbox validates against it)
//   generated/sensitive.ts   the keys clients never log (from `x-sensitive` marks)
// `--check` writes nothing and fails (exit 1) when any committed file differs from what the
// source gives: the root `npm test` runs it before any build, so a stale file cannot slip through.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse, stringify } from 'yaml';
import { mergeDomains, sensitiveFields } from './merge.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const readYaml = async (path) => parse(await readFile(join(root, path), 'utf8'));

const source = await readYaml('openapi/openapi.yaml');
const domains = {};
for (const name of source['x-domains'] ?? [])
  domains[name] = await readYaml(`openapi/domains/${name}.yaml`);
const merged = mergeDomains(source, domains);

// Redocly resolves any external $ref a domain file uses and normalises the document.
const work = await mkdtemp(join(tmpdir(), 'apotheca-api-spec-'));
let document;
try {
  await writeFile(join(work, 'merged.json'), JSON.stringify(merged));
  const cli = require.resolve('@redocly/cli/package.json');
  const { bin } = JSON.parse(await readFile(cli, 'utf8'));
  const entry = join(dirname(cli), typeof bin === 'string' ? bin : bin.redocly);
  await promisify(execFile)(
    process.execPath,
    [entry, 'bundle', join(work, 'merged.json'), '--output', join(work, 'bundled.json')],
    { cwd: root },
  );
  document = JSON.parse(await readFile(join(work, 'bundled.json'), 'utf8'));
} finally {
  await rm(work, { recursive: true, force: true });
}

const header = '// Generated from openapi/ by scripts/generate.mjs. Do not edit.\n';
const yamlHeader =
  '# Generated from openapi/ (root + domains) by scripts/generate.mjs. Do not edit: edit openapi/.\n';
const types =
  header +
  astToString(
    await openapiTS(document, { alphabetize: false, exportType: false, defaultNonNullable: false }),
  );
const json = `${header}export const openapiDocument = ${JSON.stringify(document, null, 2)} as const;\n`;
const sensitive = `${header}
/**
 * Keys whose values are personal or secret data, from the contract's \`x-sensitive: true\`
 * properties and its root \`x-sensitive-fields\`; clients redact them from logs.
 */
export const SENSITIVE_FIELDS: readonly string[] = ${JSON.stringify(sensitiveFields(document), null, 2)};
`;

const files = {
  'openapi.yaml': yamlHeader + stringify(document, { lineWidth: 100, version: '1.1' }),
  'generated/schema.ts': types,
  'generated/openapi.ts': json,
  'generated/sensitive.ts': sensitive,
};
if (process.argv.includes('--check')) {
  let stale = false;
  for (const [name, content] of Object.entries(files)) {
    const current = await readFile(join(root, name), 'utf8').catch(() => '');
    if (current !== content) {
      console.error(
        `${name} is stale: run \`npm run generate -w @apotheca/api-spec\` and commit it.`,
      );
      stale = true;
    }
  }
  if (!stale) console.log('api-spec: generated files match openapi/');
  process.exit(stale ? 1 : 0);
}
await mkdir(join(root, 'generated'), { recursive: true });
for (const [name, content] of Object.entries(files)) await writeFile(join(root, name), content);
console.log('generated', Object.keys(files).join(', '));
