// `npm start`: builds what the main job needs, then runs the sandbox (durable, in .data/) and,
// when present, the example partner server and hospital portal, and the example insurer server. Ctrl+C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
};
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4010);

const services = [
  {
    name: 'sandbox',
    workspace: '@apotheca/sandbox',
    command: [
      'node',
      'packages/sandbox/dist/cli.js',
      '--port',
      String(sandboxPort),
      '--data',
      '.data/sandbox',
    ],
  },
  {
    name: 'partner-server',
    workspace: '@apotheca/example-partner-server',
    dir: 'examples/partner-server',
    command: ['node', 'examples/partner-server/src/server.mjs'],
  },
  {
    // Prints its claim page's URL (http://localhost:4030/) once it is up.
    name: 'insurer-server',
    workspace: '@apotheca/example-insurer-server',
    dir: 'examples/insurer-server',
    command: ['node', 'examples/insurer-server/src/server.mjs'],
  },
].filter((service) => !service.dir || existsSync(`${root}${service.dir}`));

const filters = services.flatMap((service) => ['--filter', `${service.workspace}...`]);
console.log(`Building ${services.map((s) => s.name).join(', ')}…`);
const build = spawnSync('npx', ['turbo', 'run', 'build', ...filters, '--output-logs=errors-only'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const children = services.map((service) => {
  const child = spawn(service.command[0], service.command.slice(1), {
    cwd: root,
    env: { ...env, SANDBOX_URL: `http://127.0.0.1:${sandboxPort}` },
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${service.name} exited (${signal ?? code}); stopping.`);
    stop(code ?? 1);
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
