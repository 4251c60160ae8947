import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.base';

// index: the engine (Web APIs only); seed: the deterministic seed data alone (no Ajv, no contract),
// for test kits and docs that only need the seeded ids and codes.
export default defineConfig(libraryBuild({ entry: ['src/index.ts', 'src/seed.ts'] }));
