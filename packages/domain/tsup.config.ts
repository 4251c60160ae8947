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
      'time/index': 'src/time/index.ts',
    },
  }),
);
