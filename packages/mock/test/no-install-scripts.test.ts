import { fileURLToPath } from 'node:url';
import { packagesWithInstallSteps } from '@apotheca/testing/node';
import { expect, it } from 'vitest';

it('installs without running scripts or compiling native code (no C++ toolchain needed)', () => {
  expect(packagesWithInstallSteps(fileURLToPath(new URL('..', import.meta.url)))).toEqual([]);
});
