import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { packagesWithInstallSteps } from '../../platform/test/support/install-scripts';

it('installs without running scripts or compiling native code (no C++ toolchain needed)', () => {
  expect(packagesWithInstallSteps(fileURLToPath(new URL('..', import.meta.url)))).toEqual([]);
});
