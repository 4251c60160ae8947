import { fileURLToPath } from 'node:url';
import { packagesWithInstallSteps } from '@apotheca/testing/node';
import { expect, it } from 'vitest';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

it('installs without running scripts or compiling native code (no C++ toolchain needed)', () => {
  expect(packagesWithInstallSteps(here('..'))).toEqual([]);
});

it('would notice a native dependency (the check can fail)', () => {
  // The sandbox's Node host depends on better-sqlite3 on purpose.
  expect(packagesWithInstallSteps(here('../../sandbox')).join('\n')).toMatch(/better-sqlite3/);
});
