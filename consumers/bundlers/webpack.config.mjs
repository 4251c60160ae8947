// One webpack 5 build per app listed in .out/apps.json (written by test/build.ts), each with its
// own output folder, so a bundle's module list is exactly what that app pulls in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const out = join(import.meta.dirname, '.out');
const apps = JSON.parse(readFileSync(join(out, 'apps.json'), 'utf8'));

export default apps.map((app) => ({
  name: app.name,
  mode: 'production',
  target: app.platform === 'node' ? 'node20' : 'web',
  entry: { [app.name]: app.file },
  output: {
    path: join(out, 'webpack', app.name),
    // The consumer is `"type": "module"`: CommonJS output must say so to run in Node.
    filename: app.platform === 'node' ? '[name].cjs' : '[name].js',
    chunkFilename: app.platform === 'node' ? '[id].cjs' : '[id].js',
    clean: true,
  },
  devtool: false,
  performance: { hints: false },
  stats: {
    all: false,
    modules: true,
    nestedModules: true,
    modulesSpace: Number.POSITIVE_INFINITY,
    nestedModulesSpace: Number.POSITIVE_INFINITY,
    orphanModules: false,
    errors: true,
  },
}));
