// The packages the docs cover, derived from the root `workspaces` (never a hand list): every
// workspace package that is not private, with the entry points its `exports` publish types for.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Expands the root `workspaces` patterns (`dir` or `dir/*`) to package directories. */
export function workspaceDirs() {
  const patterns = readJson(join(root, 'package.json')).workspaces ?? [];
  return patterns
    .flatMap((pattern) => {
      if (!pattern.endsWith('/*')) return [join(root, pattern)];
      const parent = join(root, pattern.slice(0, -2));
      if (!existsSync(parent)) return [];
      return readdirSync(parent, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(parent, entry.name));
    })
    .filter((dir) => existsSync(join(dir, 'package.json')));
}

/** Every workspace package name (public or private). */
export function workspaceNames() {
  return workspaceDirs().map((dir) => readJson(join(dir, 'package.json')).name);
}

// The `types` target of one `exports` entry (`{ types }`, or `{ import: { types } }`).
function typesOf(target) {
  if (!target || typeof target !== 'object') return undefined;
  if (typeof target.types === 'string') return target.types;
  return typesOf(target.import) ?? typesOf(target.default);
}

/**
 * The public packages and their typed entry points: `{ name, dir, entries: [{ specifier, types }] }`,
 * `types` being the built declaration file partners get (`dist/…d.ts`).
 */
export function publicPackages() {
  return workspaceDirs()
    .map((dir) => ({ dir, json: readJson(join(dir, 'package.json')) }))
    .filter(({ json }) => !json.private)
    .map(({ dir, json }) => {
      const exportsField =
        typeof json.exports === 'object' && json.exports !== null ? json.exports : {};
      const entries = Object.entries(exportsField)
        .map(([subpath, target]) => ({ subpath, types: typesOf(target) }))
        .filter(({ types }) => typeof types === 'string' && types.endsWith('.d.ts'))
        .map(({ subpath, types }) => ({
          specifier: subpath === '.' ? json.name : `${json.name}/${subpath.slice(2)}`,
          types: join(dir, types),
        }));
      return { name: json.name, dir: relative(root, dir), entries };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
