#!/usr/bin/env node
// Load test of `POST /v1/triage/interviews/{id}/answers`: starts the sandbox CLI in a child process
// with durable storage (SQLite in a temporary --data directory), creates a pool of interviews
// (English and Chinese complaints whose first answer leaves them in progress), then drives
// answers to step 1 of a random interview with autocannon on 127.0.0.1. Answering step 1 again
// is Back (the log is truncated there), so every request does the full work of an answer: load
// the session, replay it, check the step and items, store, and return the next question.
// Exits 1 on any error or non-2xx answer.
//
//   node scripts/load/triage-answers.mjs [--duration 15] [--connections 50] [--interviews 200]
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    interviews: { type: 'string', default: '200' },
  },
});
const cli = join(root, 'packages/sandbox/dist/cli.js');
const duration = Math.min(Number(args.duration), 120);
const connections = Math.min(Number(args.connections), 500);
const warmup = Math.min(Number(args.warmup), 30);
const poolSize = Math.min(Number(args.interviews), 5000);

const HEADERS = {
  authorization: 'Bearer sk_test_apotheca_sandbox',
  'content-type': 'application/json',
  'apotheca-version': '2026-11-01',
};

/** Thin complaints that get follow-up questions (not red flags that end the interview). */
const STARTS = [
  {
    age: { value: 52, unit: 'year' },
    sex: 'male',
    complaint: "painful leg, can't walk",
    locale: 'en',
  },
  {
    age: { value: 30, unit: 'year' },
    sex: 'female',
    complaint: 'itchy rash on my arms',
    locale: 'en',
  },
  { age: { value: 45, unit: 'year' }, sex: 'male', complaint: '腿疼，走不了路', locale: 'zh-CN' },
  { age: { value: 8, unit: 'year' }, sex: 'female', complaint: '咳嗽三天', locale: 'zh-CN' },
  {
    age: { value: 67, unit: 'year' },
    sex: 'female',
    complaint: 'sore knee for a week',
    locale: 'en',
  },
];

function ensureBuilt() {
  if (existsSync(cli)) return;
  console.log('Building @apotheca/sandbox…');
  const build = spawnSync(
    'npx',
    ['turbo', 'run', 'build', '--filter=@apotheca/sandbox...', '--output-logs=errors-only'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
  );
  if (build.status !== 0) throw new Error('building the sandbox failed');
}

function startSandbox(dataDir) {
  const child = spawn(process.execPath, [cli, '--port', '0', '--data', dataDir, '--quiet'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
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
    child.kill('SIGINT');
  });
}

async function post(url, path, body) {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (res.status >= 300) throw new Error(`${path} → ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

/** Interviews whose step-1 answer leaves them in progress, each with that answer's body. */
async function makePool(url) {
  const pool = [];
  for (let i = 0; pool.length < poolSize && i < poolSize * 3; i++) {
    const interview = await post(url, '/v1/triage/interviews', STARTS[i % STARTS.length]);
    if (interview.status !== 'in_progress') continue;
    const body = {
      step: 1,
      answers: interview.question.items.map((item) => ({ id: item.id, choice: 'absent' })),
    };
    const next = await post(url, `/v1/triage/interviews/${interview.id}/answers`, body);
    if (next.status === 'in_progress')
      pool.push({
        path: `/v1/triage/interviews/${interview.id}/answers`,
        body: JSON.stringify(body),
      });
  }
  if (pool.length === 0) throw new Error('no interview stayed in progress after step 1');
  return pool;
}

function run(url, seconds, pool) {
  let n = 0;
  const requests = [
    {
      method: 'POST',
      headers: HEADERS,
      // The SDK sends a fresh Idempotency-Key with every POST; so does this test.
      setupRequest: (req) => {
        const target = pool[n++ % pool.length];
        return {
          ...req,
          path: target.path,
          body: target.body,
          headers: { ...req.headers, 'idempotency-key': randomUUID() },
        };
      },
    },
  ];
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
  let failed = false;
  try {
    const pool = await makePool(sandbox.url);
    if (warmup > 0) await run(sandbox.url, warmup, pool);
    const cpuBefore = cpuSeconds(sandbox.child.pid);
    const result = await run(sandbox.url, duration, pool);
    const cpuAfter = cpuSeconds(sandbox.child.pid);
    const { latency } = result;
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(
      [
        '',
        `POST /v1/triage/interviews/{id}/answers — ${connections} connections, ${duration} s, ${pool.length} interviews, durable storage (SQLite), Idempotency-Key on every request`,
        `  requests/s   ${result.requests.average.toFixed(0)} (total ${result.requests.total})`,
        `  latency      p50 ${latency.p50} ms · p97.5 ${latency.p97_5} ms · p99 ${latency.p99} ms · max ${latency.max} ms`,
        `  errors       ${result.errors} · timeouts ${result.timeouts} · non-2xx ${result.non2xx}`,
        cpuBefore === null || cpuAfter === null
          ? ''
          : `  server CPU   ${(((cpuAfter - cpuBefore) * 1000) / result.requests.total).toFixed(3)} ms per request`,
        '',
      ].join('\n'),
    );
    failed = errors > 0;
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
