import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.base';

// One entry per domain (`@apotheca/domain/<domain>`): importing one pulls nothing of the others.
export default defineConfig(
  libraryBuild({
    entry: {
      'trace/index': 'src/trace/index.ts',
      'medications/index': 'src/medications/index.ts',
      'safety/index': 'src/safety/index.ts',
      'triage/index': 'src/triage/index.ts',
      'triage/red-flags': 'src/triage/red-flags/index.ts',
      'claims/index': 'src/claims/index.ts',
      'time/index': 'src/time/index.ts',
      'refills/index': 'src/refills/index.ts',
      'identity/index': 'src/identity/index.ts',
      'photo-quality/index': 'src/photo-quality/index.ts',
    },
  }),
);
