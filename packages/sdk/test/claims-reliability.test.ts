// 1,000 claim submissions, each with an invoice uploaded first, through createFaultyFetch (a
// third of the attempts faulted: responses cut after the server committed, cut before, 503s,
// 429s, delays) against the real sandbox over loopback on SQLite, must leave exactly 1,000
// claims and 1,000 invoices: none lost, none twice. The client's reused Idempotency-Key is what
// makes a retried submission safe; retry waits are immediate on the injected clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '@apotheca/core';
import {
  createFaultyFetch,
  type FaultyFetch,
  type SandboxHarness,
  SECRET_KEY,
  startTestSandbox,
} from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Apotheca } from '../src/index';

const SUBMISSIONS = 1000;
const CONCURRENCY = 16;
const ATTEMPT_TIMEOUT_MS = 120_000;
// One pixel PNG: the files domain checks the bytes against the declared type.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

/**
 * Retry waits (backoff, `Retry-After: 1`) fire at once; only the attempt timeout, far longer than
 * any wait, keeps a real timer, so it never cuts a healthy attempt short.
 */
const immediateClock: Clock = {
  now: () => Date.now(),
  setTimer(callback, ms) {
    if (ms >= ATTEMPT_TIMEOUT_MS) {
      const timer = setTimeout(callback, ms);
      return () => clearTimeout(timer);
    }
    let cancelled = false;
    setImmediate(() => {
      if (!cancelled) callback();
    });
    return () => {
      cancelled = true;
    };
  },
};

const PATIENTS = [
  ['pat_test_wangfang', 'pol_test_wangfang_active'],
  ['pat_test_liqiang', 'pol_test_liqiang_deductible'],
] as const;
const PROVIDERS = ['hosp_test_bj_capital', 'hosp_test_sh_intl', 'hosp_test_gz_city'] as const;

/** The i-th visit: a distinct (patient, hospital, day), so no claim looks like another. */
function visit(i: number) {
  const [patient_id, policy_id] = PATIENTS[i % 2]!;
  const provider = PROVIDERS[Math.floor(i / 2) % 3]!;
  const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 6) * 86_400_000);
  return { patient_id, policy_id, provider, service_date: day.toISOString().slice(0, 10) };
}

let dir: string;
let sandbox: SandboxHarness;
let faulty: FaultyFetch;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'apotheca-claims-reliability-'));
  sandbox = await startTestSandbox({ dataDir: dir, dueWorkIntervalMs: 0 });
  faulty = createFaultyFetch(globalThis.fetch.bind(globalThis), { rate: 0.3, seed: 20261204 });
});
afterAll(async () => {
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('claims through a faulty network', () => {
  it(`submits exactly ${SUBMISSIONS} claims with one invoice each: none lost, none twice`, async () => {
    const run = `r${Date.now().toString(36)}`;
    const apotheca = new Apotheca({
      apiKey: SECRET_KEY,
      baseUrl: sandbox.url,
      browser: false,
      fetch: faulty.fetch,
      clock: immediateClock,
      timeout: ATTEMPT_TIMEOUT_MS,
      maxRetries: 30,
    });
    const results: { claim: string; file: string }[] = [];
    let next = 0;
    const worker = async () => {
      while (next < SUBMISSIONS) {
        const i = next++;
        const invoice = await apotheca.files.create({
          file: PNG,
          filename: `${run}-invoice-${i}.png`,
          contentType: 'image/png',
          purpose: 'claim_attachment',
        });
        const claim = await apotheca.claims.claims.create({
          ...visit(i),
          diagnoses: ['J06.9'],
          items: [
            {
              code_system: 'service',
              code: 'SVC-CONSULT-GP',
              quantity: 1,
              unit_price: { amount: 5000 + i, currency: 'CNY' },
            },
          ],
          attachments: [invoice.id],
          metadata: { run, n: String(i) },
        });
        results.push({ claim: claim.id, file: invoice.id });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    // What the sandbox stored for this run, through the list endpoint without faults.
    const direct = new Apotheca({ apiKey: SECRET_KEY, baseUrl: sandbox.url, browser: false });
    const stored = (
      await direct.claims.claims.list({ limit: 100 }).toArray({ limit: 10_000 })
    ).filter((c) => c.metadata?.run === run);
    const files = sandbox.platform.storage.transaction(
      (tx) =>
        tx
          .collection<{ id: string; filename: string }>('files')
          .list({ limit: 10_000, filter: (f) => f.filename.startsWith(`${run}-`) }).data,
    );
    const stats = faulty.stats();
    console.log(
      `claims reliability: ${SUBMISSIONS} claims + ${SUBMISSIONS} invoices, ${stats.attempts} attempts, ` +
        `${stats.faulted} faulted (${((stats.faulted / stats.attempts) * 100).toFixed(1)}%: ` +
        `${JSON.stringify(stats.byKind)}), ${stored.length} claims stored, ` +
        `${stored.filter((c) => c.duplicate_of).length} duplicates, ${files.length} files stored`,
    );

    expect(results).toHaveLength(SUBMISSIONS);
    expect(new Set(results.map((r) => r.claim)).size).toBe(SUBMISSIONS);
    expect(stored).toHaveLength(SUBMISSIONS);
    expect(new Set(stored.map((c) => c.metadata?.n)).size).toBe(SUBMISSIONS);
    expect(stored.filter((c) => c.duplicate_of !== null)).toEqual([]);
    expect(
      stored.filter((c) => c.status_history.some((h) => h.reason_code === 'possible_duplicate')),
    ).toEqual([]);
    // Every invoice is there once, and each claim carries the one its submission uploaded.
    expect(files).toHaveLength(SUBMISSIONS);
    expect(new Set(files.map((f) => f.id))).toEqual(new Set(results.map((r) => r.file)));
    const byId = new Map(stored.map((c) => [c.id, c]));
    for (const r of results) expect(byId.get(r.claim)?.attachments).toEqual([r.file]);
    // The run was hostile: ≥ 20% of attempts faulted, with every kind, commits cut off included.
    expect(stats.faulted / stats.attempts).toBeGreaterThanOrEqual(0.2);
    for (const kind of Object.keys(stats.byKind) as (keyof typeof stats.byKind)[])
      expect(stats.byKind[kind], kind).toBeGreaterThan(20);
  }, 300_000);
});

it('got only responses that match the contract from the sandbox', () => {
  expect(sandbox.problems).toEqual([]);
});
