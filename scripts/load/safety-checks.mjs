#!/usr/bin/env node
// Load test of `POST /v1/safety-checks`: starts the sandbox in a child process with durable
// storage (SQLite in a temporary --data directory), drives it on 127.0.0.1 with autocannon using a
// mix of checks (English and Chinese free text, catalogue ids, a patient on record, true
// negatives), and prints throughput and latency. Exits 1 on any error or non-2xx answer, 0
// otherwise (the target is reported, not enforced, unless --strict).
//
//   node scripts/load/safety-checks.mjs [--duration 15] [--connections 50] [--no-idempotency]
//                                       [--strict] [--cpu-prof DIR] [--cli PATH]
import {
  COMPARE_OPTIONS,
  loadAndReport,
  parseLoadArgs,
  postRequests,
  probe,
  runWithSandbox,
} from './lib/sandbox-load.mjs';

// A check resolves free text against the catalogue and runs every rule: heavier than a trace scan.
const TARGET = { requestsPerSecond: 500, p99Ms: 100 };
const PATH = '/v1/safety-checks';
const settings = parseLoadArgs(COMPARE_OPTIONS);
const { args, connections, duration } = settings;

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

runWithSandbox({ cli: args.cli, cpuProfDir: args['cpu-prof'] }, async (sandbox) => {
  const idempotency = !args['no-idempotency'];
  await probe(sandbox.url, PATH, CHECKS[0], 201);
  return loadAndReport(sandbox, settings, {
    title: `POST ${PATH} — ${connections} connections, ${duration} s, durable storage (SQLite), ${idempotency ? 'Idempotency-Key on every request' : 'no Idempotency-Key'}`,
    requests: postRequests(PATH, CHECKS, idempotency),
    target: TARGET,
    strict: args.strict,
  });
});
