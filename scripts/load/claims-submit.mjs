#!/usr/bin/env node
// Load test of `POST /v1/claims`: starts the sandbox in a child process with durable storage
// (SQLite in a temporary --data directory) and drives it on 127.0.0.1 with autocannon. Every
// request is a distinct claim (its own Idempotency-Key, another amount, day and hospital), with
// an invoice uploaded once beforehand; a third go to the fast-path policy, which is adjudicated
// and paid inside the submitting transaction. Afterwards the claims are read back over the
// API: every 2xx must be stored, and no claim twice. Exits 1 on any error, non-2xx or mismatch.
//
//   node scripts/load/claims-submit.mjs [--duration 15] [--connections 50] [--no-idempotency]
//                                       [--strict] [--cpu-prof DIR] [--cli PATH]
import { randomUUID } from 'node:crypto';
import {
  COMPARE_OPTIONS,
  HEADERS,
  loadAndReport,
  parseLoadArgs,
  runWithSandbox,
} from './lib/sandbox-load.mjs';

// A claim is one transaction with adjudication, ledger lines and an outbox event: heavier than a
// read, about a safety check's weight.
const TARGET = { requestsPerSecond: 500, p99Ms: 100 };
const PATH = '/v1/claims';
const PATIENT = 'pat_test_wangfang';
const POLICIES = [
  'pol_test_wangfang_active',
  'pol_test_wangfang_active',
  'pol_test_wangfang_fastpath',
];
const PROVIDERS = ['hosp_test_bj_capital', 'hosp_test_sh_intl'];
const ITEMS = ['SVC-CONSULT-GP', 'SVC-LAB-CBC'];
const settings = parseLoadArgs(COMPARE_OPTIONS);
const { args, connections, duration } = settings;
// 1x1 PNG: the files domain checks the bytes against the declared type.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let n = 0;
/** The n-th claim: the amounts and days differ, so none is a duplicate of another. */
function claim(attachment) {
  const i = n++;
  const day = new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000);
  return {
    patient_id: PATIENT,
    policy_id: POLICIES[i % POLICIES.length],
    provider: PROVIDERS[i % PROVIDERS.length],
    service_date: day.toISOString().slice(0, 10),
    diagnoses: ['J06.9'],
    items: [
      {
        code_system: 'service',
        code: ITEMS[i % ITEMS.length],
        quantity: 1,
        unit_price: { amount: 5000 + i, currency: 'CNY' },
      },
    ],
    attachments: [attachment],
    metadata: { load: String(i) },
  };
}

runWithSandbox({ cli: args.cli, cpuProfDir: args['cpu-prof'] }, async (sandbox) => {
  const { Apotheca } = await import('@apotheca/sdk');
  const apotheca = new Apotheca({
    apiKey: HEADERS.authorization.slice('Bearer '.length),
    baseUrl: sandbox.url,
    browser: false,
  });
  const invoice = await apotheca.files.create({
    file: PNG,
    filename: 'invoice.png',
    contentType: 'image/png',
    purpose: 'claim_attachment',
  });
  const probe = await apotheca.claims.claims.create(claim(invoice.id));
  if (!probe.id.startsWith('clm_'))
    throw new Error(`probe made no claim: ${JSON.stringify(probe)}`);
  const idempotency = !args['no-idempotency'];
  return loadAndReport(sandbox, settings, {
    title: `POST ${PATH} — ${connections} connections, ${duration} s, durable storage (SQLite), ${idempotency ? 'Idempotency-Key on every request' : 'no Idempotency-Key'}`,
    requests: [
      {
        method: 'POST',
        path: PATH,
        headers: HEADERS,
        // A fresh body (and key) per request: autocannon calls this before each one.
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify(claim(invoice.id)),
          headers: idempotency ? { ...req.headers, 'idempotency-key': randomUUID() } : req.headers,
        }),
      },
    ],
    target: TARGET,
    strict: args.strict,
    storedWrites: async () => {
      const keys = [];
      for await (const c of apotheca.claims.claims.list({ patient_id: PATIENT, limit: 100 }))
        keys.push(c.metadata?.load ?? c.id);
      return keys;
    },
  });
});
