// Generates the TypeScript types and a JSON copy of openapi.yaml into generated/.
// `--check` fails (exit 1) when the committed files are stale.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = await readFile(`${root}openapi.yaml`, 'utf8');
const document = parse(source);
const header = '// Generated from openapi.yaml by scripts/generate.mjs. Do not edit.\n';
const types =
  header +
  astToString(
    await openapiTS(document, { alphabetize: false, exportType: false, defaultNonNullable: false }),
  );
const json = `${header}export const openapiDocument = ${JSON.stringify(document, null, 2)} as const;\n`;

const files = { 'generated/schema.ts': types, 'generated/openapi.ts': json };
if (process.argv.includes('--check')) {
  let stale = false;
  for (const [name, content] of Object.entries(files)) {
    const current = await readFile(`${root}${name}`, 'utf8').catch(() => '');
    if (current !== content) {
      console.error(
        `${name} is stale: run \`npm run generate -w @apotheca/api-spec\` and commit it.`,
      );
      stale = true;
    }
  }
  process.exit(stale ? 1 : 0);
}
await mkdir(`${root}generated`, { recursive: true });
for (const [name, content] of Object.entries(files)) await writeFile(`${root}${name}`, content);
console.log('generated', Object.keys(files).join(', '));
