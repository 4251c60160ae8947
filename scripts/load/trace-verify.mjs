#!/usr/bin/env node
// Load test of `POST /v1/trace/verifications`: starts the sandbox in a child process with durable
// storage (SQLite in a temporary --data directory), drives it on 127.0.0.1 with autocannon using a
// mix of seeded codes (docs/testing/trace-codes.md), and prints throughput and latency.
// Exits 1 on any error or non-2xx answer, 0 otherwise (the target is reported, not enforced,
// unless --strict).
//
//   node scripts/load/trace-verify.mjs [--duration 15] [--connections 50] [--no-idempotency]
//                                      [--strict] [--cpu-prof DIR] [--cli PATH]
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const TARGET = { requestsPerSecond: 2000, p99Ms: 25 };
const root = fileURLToPath(new URL('../..', import.meta.url));

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    'no-idempotency': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    // Another build of the sandbox CLI (to compare an engine change).
    cli: { type: 'string' },
  },
});
const cli = args.cli ?? join(root, 'packages/sandbox/dist/cli.js');
const duration = Math.min(Number(args.duration), 120);
const connections = Math.min(Number(args.connections), 500);
const warmup = Math.min(Number(args.warmup), 30);

/** A mix of seeded outcomes, forms and contexts; most traffic is genuine packs, as in a pharmacy. */
const SCANS = [
  { code: '(01)06901234100013(17)290228(10)2603101(21)OK0001', context: 'dispense' },
  // As a DataMatrix scanner sends it: leading GS (FNC1), GS after the variable-length lot.
  { code: '\u001d010690578220011917290430102605203\u001d21DSP0001', context: 'inspect' },
  {
    code: 'https://id.gs1.org/01/04051234000195/10/DE26B114/21/RIVDE0001?17=290131',
    context: 'dispense',
  },
  { code: '83201390000001014821', context: 'inspect' },
  { code: '(01)06927415001016(17)281231(10)2607A15(21)COLD01', context: 'dispense' },
  { code: '(01)06908365300220(17)280630(10)2607021(21)IBU0001', context: 'inspect' },
  {
    code: '(01)06905782200119(17)290430(10)2605203(21)CLONE01',
    context: 'inspect',
    location_id: 'loc_bjxicheng01',
  },
  { code: '(01)06901234100037(17)290228(10)2603045(21)RECALL01', context: 'dispense' },
  { code: '(01)04051234000195(17)290131(10)DE26B114(21)RIVDE9999', context: 'inspect' },
  { code: '(01)06901234100020(17)280331(10)2604118(21)GAP01', context: 'inspect' },
  { code: '(01)06927415001016(17)281231(10)2607A15(21)COLDEXC01', context: 'dispense' },
  { code: '(01)06901234100013(17)290228(10)2603101(21)NOTFOUND01', context: 'inspect' },
].map((scan) => ({ location_id: 'loc_shjingan01', ...scan }));

function ensureBuilt() {
  if (existsSync(cli) || args.cli) return;
  console.log('Building @apotheca/sandbox…');
  const build = spawnSync(
    'npx',
    ['turbo', 'run', 'build', '--filter=@apotheca/sandbox', '--output-logs=errors-only'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    },
  );
  if (build.status !== 0) throw new Error('building the sandbox failed');
}

/** Starts the sandbox CLI on a free port; resolves with its URL and child process. */
function startSandbox(dataDir) {
  const nodeArgs = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`] : [];
  const child = spawn(
    process.execPath,
    [...nodeArgs, cli, '--port', '0', '--data', dataDir, '--quiet'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
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

/** CPU seconds (user + system) a process has used so far; null where /proc is missing. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
  } catch {
    return null;
  }
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // SIGINT lets the CLI close storage (and write a --cpu-prof profile).
    child.kill('SIGINT');
  });
}

function run(url, seconds, idempotency) {
  const headers = {
    authorization: 'Bearer sk_test_apotheca_sandbox',
    'content-type': 'application/json',
    'apotheca-version': '2026-11-01',
  };
  const requests = SCANS.map((scan) => ({
    method: 'POST',
    path: '/v1/trace/verifications',
    headers,
    body: JSON.stringify(scan),
    // The SDK sends a fresh Idempotency-Key with every POST; so does this test by default.
    ...(idempotency
      ? {
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, 'idempotency-key': randomUUID() },
          }),
        }
      : {}),
  }));
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, requests, timeout: 10 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function main() {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'apotheca-load-'));
  const sandbox = await startSandbox(dataDir);
  const idempotency = !args['no-idempotency'];
  let failed = false;
  try {
    const probe = await fetch(`${sandbox.url}/v1/trace/verifications`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer sk_test_apotheca_sandbox',
        'content-type': 'application/json',
      },
      body: JSON.stringify(SCANS[0]),
    });
    if (probe.status !== 200)
      throw new Error(`probe answered ${probe.status}: ${await probe.text()}`);
    if (warmup > 0) await run(sandbox.url, warmup, idempotency);
    const cpuBefore = cpuSeconds(sandbox.child.pid);
    const result = await run(sandbox.url, duration, idempotency);
    const cpuAfter = cpuSeconds(sandbox.child.pid);
    const latency = result.latency;
    const errors = result.errors + result.timeouts + result.non2xx;
    const rps = result.requests.average;
    const meets = rps >= TARGET.requestsPerSecond && latency.p99 <= TARGET.p99Ms;
    console.log(
      [
        '',
        `POST /v1/trace/verifications — ${connections} connections, ${duration} s, durable storage (SQLite), ${idempotency ? 'Idempotency-Key on every request' : 'no Idempotency-Key'}`,
        `  requests/s   ${rps.toFixed(0)} (total ${result.requests.total})`,
        `  latency      p50 ${latency.p50} ms · p97.5 ${latency.p97_5} ms · p99 ${latency.p99} ms · max ${latency.max} ms`,
        `  errors       ${result.errors} · timeouts ${result.timeouts} · non-2xx ${result.non2xx}`,
        cpuBefore === null || cpuAfter === null
          ? ''
          : `  server CPU   ${(((cpuAfter - cpuBefore) * 1000) / result.requests.total).toFixed(3)} ms per request (${(((cpuAfter - cpuBefore) / duration) * 100).toFixed(0)}% of a core)`,
        `  target       ≥ ${TARGET.requestsPerSecond} req/s with p99 ≤ ${TARGET.p99Ms} ms: ${meets ? 'met' : 'MISSED'}`,
        '',
      ].join('\n'),
    );
    failed = errors > 0 || (args.strict && !meets);
    if (errors > 0 && sandbox.stderr()) console.error(sandbox.stderr());
  } finally {
    await stop(sandbox.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
