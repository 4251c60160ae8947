import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  gypfile?: boolean;
}

/** The lifecycle scripts npm runs when a package is installed. */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'] as const;

function findPackageDir(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`cannot find ${name} from ${fromDir}`);
  }
}

/**
 * Walks the production dependency closure of the package in `packageDir` (dependencies and
 * optional dependencies, not peers or dev) and names every package that would run code or a
 * compiler at install time: an install lifecycle script, a `binding.gyp`, or `gypfile: true`.
 */
export function packagesWithInstallSteps(packageDir: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string, isRoot: boolean) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    if (seen.has(dir)) return;
    seen.add(dir);
    if (!isRoot) {
      const scripts = INSTALL_SCRIPTS.filter((s) => manifest.scripts?.[s] !== undefined);
      if (scripts.length > 0) found.push(`${manifest.name} (${scripts.join(', ')} script)`);
      else if (manifest.gypfile || existsSync(join(dir, 'binding.gyp')))
        found.push(`${manifest.name} (native module: binding.gyp)`);
    }
    const deps = { ...manifest.dependencies, ...manifest.optionalDependencies };
    for (const name of Object.keys(deps)) visit(findPackageDir(name, dir), false);
  };
  visit(packageDir, true);
  return found;
}
