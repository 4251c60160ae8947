#!/usr/bin/env node
// Load test of `POST /v1/safety-checks`: starts the sandbox in a child process with durable
// storage (SQLite in a temporary --data directory), drives it on 127.0.0.1 with autocannon using a
// mix of checks (English and Chinese free text, catalogue ids, a patient on record, true
// negatives), and prints throughput and latency. Exits 1 on any error or non-2xx answer, 0
// otherwise (the target is reported, not enforced, unless --strict).
//
//   node scripts/load/safety-checks.mjs [--duration 15] [--connections 50] [--no-idempotency]
//                                       [--strict] [--cpu-prof DIR] [--cli PATH]
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

// A check resolves free text against the catalogue and runs every rule: heavier than a trace scan.
const TARGET = { requestsPerSecond: 500, p99Ms: 100 };
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

/** A mix like a prescribing system's: mostly a few proposed drugs against a current list. */
const CHECKS = [
  {
    medications: [{ text: 'clarithromycin' }],
    patient: { age: 67, current_medications: [{ text: 'simvastatin' }, { text: 'amlodipine' }] },
  },
  {
    medications: [{ text: '华法林' }, { text: '阿司匹林' }],
    patient: { age: 72, egfr: 45, allergies: [{ text: '青霉素过敏' }] },
  },
  { medications: [{ medication_id: 'med_ibuprofen' }], patient_id: 'pat_test_wangfang' },
  {
    medications: [{ text: 'amoxicillin' }],
    patient: { age: 30, sex: 'female', pregnancy: { trimester: 1 }, allergies: [] },
  },
  {
    medications: [{ text: 'sertraline' }],
    patient: {
      conditions: [{ text: 'hypertension' }],
      current_medications: [{ text: 'tramadol' }],
    },
  },
  { medications: [{ text: 'amlodipine' }, { text: 'metformin' }], patient: { age: 55, egfr: 80 } },
  {
    medications: [{ text: '氨酚伪麻美芬片' }],
    patient: { current_medications: [{ text: '对乙酰氨基酚' }] },
  },
  { medications: [{ text: 'ibuprofne' }], patient_id: 'pat_test_liqiang' },
];

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
  const requests = CHECKS.map((check) => ({
    method: 'POST',
    path: '/v1/safety-checks',
    headers,
    body: JSON.stringify(check),
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
    const probe = await fetch(`${sandbox.url}/v1/safety-checks`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer sk_test_apotheca_sandbox',
        'content-type': 'application/json',
      },
      body: JSON.stringify(CHECKS[0]),
    });
    if (probe.status !== 201)
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
        `POST /v1/safety-checks — ${connections} connections, ${duration} s, durable storage (SQLite), ${idempotency ? 'Idempotency-Key on every request' : 'no Idempotency-Key'}`,
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
