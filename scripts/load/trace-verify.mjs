#!/usr/bin/env node
// Load test of `POST /v1/trace/verifications`: starts the sandbox in a child process with durable
// storage (SQLite in a temporary --data directory), drives it on 127.0.0.1 with autocannon using a
// mix of seeded codes (docs/testing/trace-codes.md), and prints throughput and latency.
// Exits 1 on any error or non-2xx answer, 0 otherwise (the target is reported, not enforced,
// unless --strict).
//
//   node scripts/load/trace-verify.mjs [--duration 15] [--connections 50] [--no-idempotency]
//                                      [--strict] [--cpu-prof DIR] [--cli PATH]
import {
  COMPARE_OPTIONS,
  loadAndReport,
  parseLoadArgs,
  postRequests,
  probe,
  runWithSandbox,
} from './lib/sandbox-load.mjs';

const TARGET = { requestsPerSecond: 2000, p99Ms: 25 };
const PATH = '/v1/trace/verifications';
const settings = parseLoadArgs(COMPARE_OPTIONS);
const { args, connections, duration } = settings;

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

runWithSandbox({ cli: args.cli, cpuProfDir: args['cpu-prof'] }, async (sandbox) => {
  const idempotency = !args['no-idempotency'];
  await probe(sandbox.url, PATH, SCANS[0], 200);
  return loadAndReport(sandbox, settings, {
    title: `POST ${PATH} — ${connections} connections, ${duration} s, durable storage (SQLite), ${idempotency ? 'Idempotency-Key on every request' : 'no Idempotency-Key'}`,
    requests: postRequests(PATH, SCANS, idempotency),
    target: TARGET,
    strict: args.strict,
  });
});
