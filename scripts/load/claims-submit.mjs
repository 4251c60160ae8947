#!/usr/bin/env node
// Load test of `POST /v1/claims`: starts the sandbox in a child process with durable storage
// (SQLite in a temporary --data directory), submits claims with autocannon — a fresh
// Idempotency-Key and distinct content on every request (patient/policy, hospital, service date,
// items and quantities vary, so duplicate detection does not deny them) — and prints throughput,
// latency and server CPU. Afterwards it lists every claim over the API and checks that the number
// of 2xx answers equals the number of claims stored: no write lost or duplicated under load.
// Exits 1 on any error, non-2xx answer or count mismatch, 0 otherwise.
//
//   node scripts/load/claims-submit.mjs [--duration 15] [--connections 50] [--warmup 3]
//                                       [--cpu-prof DIR] [--cli PATH]
import { randomUUID } from 'node:crypto';
import { listServiceCodes } from '@apotheca/domain/claims';
import { listMedications } from '@apotheca/domain/medications';
import {
  HEADERS,
  loadAndReport,
  parseLoadArgs,
  probe,
  runWithSandbox,
} from './lib/sandbox-load.mjs';

const PATH = '/v1/claims';
const settings = parseLoadArgs({ 'cpu-prof': { type: 'string' }, cli: { type: 'string' } });
const { args, connections, duration } = settings;

// Seeded policies in force, each with a hospital of its network (docs/testing/sandbox.md "Claims").
const POLICIES = [
  { patient_id: 'pat_test_wangfang', policy_id: 'pol_test_wangfang_active' },
  { patient_id: 'pat_test_wangfang', policy_id: 'pol_test_wangfang_fastpath' },
  { patient_id: 'pat_test_liqiang', policy_id: 'pol_test_liqiang_deductible' },
  { patient_id: 'pat_test_zhangxiaoming', policy_id: 'pol_test_zhangxiaoming_limit' },
  { patient_id: 'pat_test_davidchen', policy_id: 'pol_test_davidchen_exclusions' },
  { patient_id: 'pat_test_mariagarcia', policy_id: 'pol_test_mariagarcia_global' },
];
const PROVIDERS = ['hosp_test_bj_capital', 'hosp_test_sh_intl'];
const DIAGNOSES = ['J06.9', 'I10', 'E11.9', 'M54.5', 'K29.7'];
const SERVICES = listServiceCodes()
  .filter((s) => s.category !== 'cosmetic')
  .map((s) => s.code);
const MEDICATIONS = listMedications()
  .flatMap((m) => m.insurance_codes)
  .filter((c) => c.status === 'current')
  .map((c) => c.code);
// Service dates from 2026-01-01 over 300 days: all in the policies' term and in the past.
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2026, 0, 1);
const DAYS = 300;

/**
 * The n-th claim: consecutive claims differ in policy, hospital, day and items, and the quantity
 * grows with n, so no two claims share a fingerprint and few share patient, hospital and day.
 */
function claim(n) {
  const policy = POLICIES[n % POLICIES.length];
  const day = Math.floor(n / POLICIES.length) % DAYS;
  return {
    ...policy,
    provider: PROVIDERS[Math.floor(n / (POLICIES.length * DAYS)) % PROVIDERS.length],
    service_date: new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10),
    diagnoses: [DIAGNOSES[n % DIAGNOSES.length]],
    items: [
      {
        code_system: 'service',
        code: SERVICES[n % SERVICES.length],
        quantity: 1,
        unit_price: { amount: 5000, currency: 'CNY' },
      },
      {
        code_system: 'medication_insurance',
        code: MEDICATIONS[n % MEDICATIONS.length],
        quantity: 1 + (Math.floor(n / (POLICIES.length * DAYS * PROVIDERS.length)) % 10_000),
        unit_price: { amount: 1233, currency: 'CNY' },
      },
    ],
    attachments: ['file_invoice_001'],
  };
}

let next = 0;
let answered2xx = 0;
// Bodies by Idempotency-Key until answered: autocannon drops the requests still in flight when a
// run ends, so those are retried afterwards with their key (which must not store them twice).
const unanswered = new Map();
const request = {
  method: 'POST',
  path: PATH,
  headers: HEADERS,
  // A fresh body and Idempotency-Key per request, as a client submitting new claims would send.
  setupRequest: (req, context) => {
    const key = randomUUID();
    const body = JSON.stringify(claim(next++));
    unanswered.set(key, body);
    context.key = key;
    return { ...req, headers: { ...req.headers, 'idempotency-key': key }, body };
  },
  onResponse: (status, _body, context) => {
    unanswered.delete(context.key);
    if (status >= 200 && status < 300) answered2xx += 1;
  },
};

/** Retries the requests a run dropped in flight, with their keys; the number answered 2xx. */
async function retryUnanswered(url) {
  let ok = 0;
  for (const [key, body] of unanswered) {
    const res = await fetch(`${url}${PATH}`, {
      method: 'POST',
      headers: { ...HEADERS, 'idempotency-key': key },
      body,
    });
    if (res.status >= 200 && res.status < 300) ok += 1;
    await res.body?.cancel();
  }
  return ok;
}

/** Every claim stored, counted by paging `GET /v1/claims` (ids must be distinct, too), by status. */
async function countStored(url) {
  const ids = new Set();
  const statuses = {};
  let listed = 0;
  let cursor = null;
  do {
    const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
    const res = await fetch(`${url}${PATH}?${query}`, { headers: HEADERS });
    if (res.status !== 200) throw new Error(`listing claims answered ${res.status}`);
    const page = await res.json();
    for (const c of page.data) {
      ids.add(c.id);
      statuses[c.status] = (statuses[c.status] ?? 0) + 1;
    }
    listed += page.data.length;
    cursor = page.next_cursor;
  } while (cursor);
  return { listed, distinct: ids.size, statuses };
}

runWithSandbox({ cli: args.cli, cpuProfDir: args['cpu-prof'] }, async (sandbox) => {
  await probe(sandbox.url, PATH, claim(next++), 201);
  answered2xx += 1;
  const failed = await loadAndReport(sandbox, settings, {
    title: `POST ${PATH} — ${connections} connections, ${duration} s, durable storage (SQLite), a fresh Idempotency-Key and distinct claim on every request`,
    requests: [request],
  });
  const retried = unanswered.size;
  answered2xx += await retryUnanswered(sandbox.url);
  const { listed, distinct, statuses } = await countStored(sandbox.url);
  const exact = listed === answered2xx && distinct === listed;
  console.log(
    `  exactly once ${answered2xx} 2xx answers (probe, warm-up and ${retried} retried in-flight requests included) · ${listed} claims listed (${distinct} distinct): ${exact ? 'equal' : 'MISMATCH'}`,
  );
  console.log(`  statuses     ${JSON.stringify(statuses)}\n`);
  return failed || !exact;
});
