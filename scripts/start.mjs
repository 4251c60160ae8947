// `npm start`: builds what the main job needs, then runs the sandbox (durable, in .data/) and,
// when present, the example partner server and hospital portal, the example insurer server, and
// the docs server (API reference, guides, Storybook; rebuilt only when missing or stale).
// Ctrl+C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
};
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4010);
const docsPort = Number(process.env.DOCS_PORT ?? 4030);
const hasDocs = existsSync(`${root}docs/package.json`);

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
    // Prints its claim page's URL (http://localhost:4040/) once it is up.
    name: 'insurer-server',
    workspace: '@apotheca/example-insurer-server',
    dir: 'examples/insurer-server',
    command: ['node', 'examples/insurer-server/src/server.mjs'],
  },
  {
    name: 'docs',
    workspace: '@apotheca/docs',
    dir: 'docs/package.json',
    command: ['node', 'docs/scripts/serve.mjs'],
  },
].filter((service) => !service.dir || existsSync(`${root}${service.dir}`));

// The reference documents every public package, so the docs need all of them built.
const docsPackages = hasDocs
  ? (await import('../docs/scripts/workspaces.mjs')).publicPackages().map((p) => p.name)
  : [];
const filters = [
  ...services.filter((s) => s.name !== 'docs').map((s) => `${s.workspace}...`),
  ...docsPackages,
].flatMap((filter) => ['--filter', filter]);
console.log(`Building ${services.map((s) => s.name).join(', ')}…`);
const build = spawnSync('npx', ['turbo', 'run', 'build', ...filters, '--output-logs=errors-only'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

if (hasDocs) {
  // Storybook is rebuilt when a widget source is newer than its build; the reference checks a
  // hash of its inputs. A failing docs build does not stop the sandbox: the last build is served.
  const steps = [
    ...(storybookIsCurrent()
      ? []
      : [['npx', ['turbo', 'run', 'build-storybook', '--filter', '@apotheca/widgets']]]),
    ['node', ['docs/scripts/reference.mjs', '--if-stale']],
  ];
  for (const [command, args] of steps) {
    const step = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
    if (step.status !== 0)
      console.error(`docs: \`${command} ${args.join(' ')}\` failed; serving the last build.`);
  }
}

// Whether packages/widgets/storybook-static is newer than every widget source and story.
function storybookIsCurrent() {
  const widgets = `${root}packages/widgets/`;
  const built = `${widgets}storybook-static/index.html`;
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  return ['src', '.storybook'].every((dir) =>
    readdirSync(`${widgets}${dir}`, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .every((entry) => statSync(`${entry.parentPath}/${entry.name}`).mtimeMs <= builtAt),
  );
}

const children = services.map((service) => {
  const child = spawn(service.command[0], service.command.slice(1), {
    cwd: root,
    env: { ...env, SANDBOX_URL: `http://127.0.0.1:${sandboxPort}`, DOCS_PORT: String(docsPort) },
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
