// The harness the sandbox load scripts (scripts/load/*.mjs) share: flags, building and starting the
// sandbox CLI on durable storage (SQLite in a temporary --data directory), driving it on 127.0.0.1
// with autocannon, and the report. Each script keeps only its own requests and setup.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
const DEFAULT_CLI = join(root, 'packages/sandbox/dist/cli.js');

// What the SDK sends with every call: the sandbox test key, JSON and a pinned API version.
export const HEADERS = {
  authorization: 'Bearer sk_test_apotheca_sandbox',
  'content-type': 'application/json',
  'apotheca-version': '2026-11-01',
};

// The flags of the scripts that compare builds against a target (spread into parseLoadArgs).
export const COMPARE_OPTIONS = {
  'no-idempotency': { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  'cpu-prof': { type: 'string' },
  // Another build of the sandbox CLI (to compare an engine change).
  cli: { type: 'string' },
};

// Every script's flags plus its own; parseArgs stays strict, so a flag a script lacks still fails.
export function parseLoadArgs(extraOptions = {}) {
  const { values: args } = parseArgs({
    options: {
      duration: { type: 'string', default: '15' },
      connections: { type: 'string', default: '50' },
      warmup: { type: 'string', default: '3' },
      ...extraOptions,
    },
  });
  return {
    args,
    duration: Math.min(Number(args.duration), 120),
    connections: Math.min(Number(args.connections), 500),
    warmup: Math.min(Number(args.warmup), 30),
  };
}

// Builds the sandbox when its CLI is missing, unless the run points at another build (--cli).
function ensureBuilt(cli, customCli, filter) {
  if (existsSync(cli) || customCli) return;
  console.log('Building @apotheca/sandbox…');
  const build = spawnSync('npx', ['turbo', 'run', 'build', filter, '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('building the sandbox failed');
}

// Starts the sandbox CLI on a free port; resolves with its URL, child process and stderr so far.
function startSandbox(cli, dataDir, cpuProfDir) {
  const nodeArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
  const child = spawn(
    process.execPath,
    [...nodeArgs, cli, '--port', '0', '--data', dataDir, '--quiet'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`sandbox did not start in 20 s\n${stderr}`)),
      20_000,
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], stderr: () => stderr });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited with ${code}\n${stderr}`));
    });
  });
}

// CPU seconds (user + system) a process has used so far; null where /proc is missing.
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
  } catch {
    return null;
  }
}

// Stops with SIGINT so the CLI closes storage (and writes a --cpu-prof profile); SIGKILL after 5 s.
function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGINT');
  });
}

// The SDK sends a fresh Idempotency-Key with every POST; an autocannon setupRequest that does too.
export function withIdempotencyKey(req) {
  return { ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() } };
}

// One autocannon request per body, all POSTs to one path, with or without Idempotency-Keys.
export function postRequests(path, bodies, idempotency) {
  return bodies.map((body) => ({
    method: 'POST',
    path,
    headers: HEADERS,
    body: JSON.stringify(body),
    ...(idempotency ? { setupRequest: withIdempotencyKey } : {}),
  }));
}

// A single POST before the load (without a pinned version) so a broken endpoint fails fast.
export async function probe(url, path, body, expectedStatus) {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: HEADERS.authorization, 'content-type': HEADERS['content-type'] },
    body: JSON.stringify(body),
  });
  if (res.status !== expectedStatus)
    throw new Error(`probe answered ${res.status}: ${await res.text()}`);
}

// One autocannon run, as a promise of its result.
function drive(url, connections, seconds, requests) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, requests, timeout: 10 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

// The report's lines; the CPU line only where /proc exists, the target line only with a target.
function reportLines({ title, result, cpu, duration, target, meets, coreShare }) {
  const { latency } = result;
  return [
    '',
    title,
    `  requests/s   ${result.requests.average.toFixed(0)} (total ${result.requests.total})`,
    `  latency      p50 ${latency.p50} ms · p97.5 ${latency.p97_5} ms · p99 ${latency.p99} ms · max ${latency.max} ms`,
    `  errors       ${result.errors} · timeouts ${result.timeouts} · non-2xx ${result.non2xx}`,
    cpu === null
      ? ''
      : `  server CPU   ${((cpu * 1000) / result.requests.total).toFixed(3)} ms per request${coreShare ? ` (${((cpu / duration) * 100).toFixed(0)}% of a core)` : ''}`,
    ...(target
      ? [
          `  target       ≥ ${target.requestsPerSecond} req/s with p99 ≤ ${target.p99Ms} ms: ${meets ? 'met' : 'MISSED'}`,
        ]
      : []),
    '',
  ];
}

// Warm up, measure one run with the server's CPU time around it, print the report; true if failed.
//
// `storedWrites` (optional) reads back over the API one key per stored write (e.g. a number the
// body carried), before and after the measured run: no key may be stored twice, and every 2xx
// must be stored. Requests autocannon abandons when a run stops may still commit, so up to one
// per connection at each stop may be stored without a 2xx.
export async function loadAndReport(
  sandbox,
  settings,
  { title, requests, target, strict, storedWrites },
) {
  const { connections, duration, warmup } = settings;
  if (warmup > 0) await drive(sandbox.url, connections, warmup, requests);
  const before = storedWrites ? (await storedWrites()).length : 0;
  const cpuBefore = cpuSeconds(sandbox.child.pid);
  const result = await drive(sandbox.url, connections, duration, requests);
  const cpuAfter = cpuSeconds(sandbox.child.pid);
  let writeProblem = false;
  if (storedWrites) {
    const keys = await storedWrites();
    const doubled = keys.length - new Set(keys).size;
    const stored = keys.length - before;
    const lost = Math.max(0, result['2xx'] - stored);
    writeProblem = doubled > 0 || lost > 0 || stored > result['2xx'] + 2 * connections;
    console.log(
      `writes       ${stored} stored for ${result['2xx']} 2xx answers (${stored - result['2xx']} abandoned in flight at a stop), ${doubled} stored twice, ${lost} lost${writeProblem ? ': MISMATCH' : ''}`,
    );
  }
  const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  const errors = result.errors + result.timeouts + result.non2xx;
  const meets =
    !target ||
    (result.requests.average >= target.requestsPerSecond && result.latency.p99 <= target.p99Ms);
  const coreShare = Boolean(target);
  console.log(reportLines({ title, result, cpu, duration, target, meets, coreShare }).join('\n'));
  if (errors > 0 && sandbox.stderr()) console.error(sandbox.stderr());
  return errors > 0 || writeProblem || Boolean(strict && !meets);
}

// Builds if needed, starts a sandbox on a fresh data directory, runs `test(sandbox)` (true = failed),
// always stops it and removes the directory, and sets the exit code (1 on failure or a thrown error).
export function runWithSandbox(
  { cli, cpuProfDir, buildFilter = '--filter=@apotheca/sandbox' },
  test,
) {
  const main = async () => {
    ensureBuilt(cli ?? DEFAULT_CLI, Boolean(cli), buildFilter);
    const dataDir = mkdtempSync(join(tmpdir(), 'apotheca-load-'));
    const sandbox = await startSandbox(cli ?? DEFAULT_CLI, dataDir, cpuProfDir);
    let failed = false;
    try {
      failed = await test(sandbox);
    } finally {
      await stop(sandbox.child);
      rmSync(dataDir, { recursive: true, force: true });
    }
    process.exitCode = failed ? 1 : 0;
  };
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
