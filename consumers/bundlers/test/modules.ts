import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '../../..');
const widgetsDist = join(repo, 'packages/widgets/dist/');

/** Whether any module of the bundle is a file of the package folder `packages/<name>/`. */
export function pulls(modules: string[], name: string): boolean {
  return modules.some((module) => module.startsWith(join(repo, 'packages', name) + '/'));
}

/**
 * The widget source folders (`src/<widget>/`) a bundle carries. The widgets reach bundlers as
 * built chunks (`dist/*.js`), so each chunk's source map says which sources it holds.
 */
export async function widgetFolders(modules: string[]): Promise<Set<string>> {
  const folders = new Set<string>();
  for (const module of modules.filter(
    (file) => file.startsWith(widgetsDist) && file.endsWith('.js'),
  )) {
    const map = JSON.parse(await readFile(`${module}.map`, 'utf8')) as { sources: string[] };
    for (const source of map.sources) {
      const path = resolve(dirname(module), source);
      const match = path.match(/packages\/widgets\/src\/([^/]+)\//);
      if (match) folders.add(`src/${match[1]}/`);
    }
  }
  return folders;
}
