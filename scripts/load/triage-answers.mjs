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
import {
  HEADERS,
  loadAndReport,
  parseLoadArgs,
  runWithSandbox,
  withIdempotencyKey,
} from './lib/sandbox-load.mjs';

const settings = parseLoadArgs({ interviews: { type: 'string', default: '200' } });
const { args, connections, duration } = settings;
const poolSize = Math.min(Number(args.interviews), 5000);

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

/** One request that answers step 1 of the next interview in the pool, round robin. */
function answerRequests(pool) {
  let n = 0;
  return [
    {
      method: 'POST',
      headers: HEADERS,
      setupRequest: (req) => {
        const target = pool[n++ % pool.length];
        return withIdempotencyKey({ ...req, path: target.path, body: target.body });
      },
    },
  ];
}

// This script has always built the sandbox with its dependencies (turbo's `sandbox...`).
runWithSandbox({ buildFilter: '--filter=@apotheca/sandbox...' }, async (sandbox) => {
  const pool = await makePool(sandbox.url);
  return loadAndReport(sandbox, settings, {
    title: `POST /v1/triage/interviews/{id}/answers — ${connections} connections, ${duration} s, ${pool.length} interviews, durable storage (SQLite), Idempotency-Key on every request`,
    requests: answerRequests(pool),
  });
});
