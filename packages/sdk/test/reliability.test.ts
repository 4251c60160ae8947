// 1,000 patient creations through a proxy that injects faults on a third of the attempts
// (connections cut after the server committed, late commits, 503s, 429s, delays) must leave
// exactly 1,000 patients: none lost, none duplicated. The client's reused Idempotency-Key is
// what makes retrying a cut-off create safe.
import { randomUUID } from 'node:crypto';
import { type SandboxHarness, SECRET_KEY, startTestSandbox } from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Apotheca } from '../src/index';
import { type RunningFaultProxy, startFaultProxy } from './fault-proxy';

const CREATIONS = 1000;
const CONCURRENCY = 20;

let sandbox: SandboxHarness;
let proxy: RunningFaultProxy;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  proxy = await startFaultProxy({
    target: sandbox.url,
    seed: 20261101,
    mix: {
      drop_after_commit: 0.12,
      unavailable: 0.08,
      rate_limited: 0.07,
      delay: 0.05,
      slow: 0.02,
    },
    delayMs: 20,
    slowMs: 1200,
  });
});
afterAll(async () => {
  await proxy?.close();
  await sandbox?.close();
});

describe('reliability through a faulty network', () => {
  it(`creates exactly ${CREATIONS} patients: none lost, none duplicated`, async () => {
    const run = randomUUID();
    let retries = 0;
    let replayed = 0;
    const client = new Apotheca({
      apiKey: SECRET_KEY,
      baseUrl: proxy.url,
      browser: false,
      maxRetries: 25,
      timeout: 800, // below the proxy's slow fault, so those attempts time out and are retried
      backoff: { baseMs: 5, capMs: 100 },
      onRetry: () => {
        retries++;
      },
      hooks: {
        afterResponse: (_request, response) => {
          if (response.headers.get('idempotent-replayed') === 'true') replayed++;
        },
      },
    });

    const ids: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < CREATIONS) {
        const i = next++;
        const patient = await client.patients.create({
          name: `Reliability ${i}`,
          birth_date: '1980-01-01',
          metadata: { run, n: String(i) },
        });
        ids.push(patient.id);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    // Count what the sandbox actually stored for this run, through the list endpoint.
    const direct = new Apotheca({
      apiKey: SECRET_KEY,
      baseUrl: sandbox.url,
      browser: false,
    });
    const stored = (await direct.patients.list({ limit: 100 }).toArray({ limit: 10_000 })).filter(
      (p) => p.metadata.run === run,
    );
    const { stats } = proxy;
    const faults = Object.values(stats.faults).reduce((a, b) => a + b, 0);
    console.log(
      `reliability: ${CREATIONS} creates, ${stats.attempts} attempts, ${faults} faults ` +
        `(${((faults / stats.attempts) * 100).toFixed(1)}%: ${JSON.stringify(stats.faults)}), ` +
        `${stats.droppedCommits} commits cut off, ${retries} retries, ${replayed} idempotent replays`,
    );

    expect(ids).toHaveLength(CREATIONS);
    expect(new Set(ids).size).toBe(CREATIONS);
    expect(stored).toHaveLength(CREATIONS);
    expect(new Set(stored.map((p) => p.id))).toEqual(new Set(ids));
    expect(new Set(stored.map((p) => p.metadata.n)).size).toBe(CREATIONS);
    // The run really was hostile: at least 20% of attempts faulted, and committed creates were
    // cut off (each would be a duplicate without the reused Idempotency-Key).
    expect(faults / stats.attempts).toBeGreaterThanOrEqual(0.2);
    expect(stats.droppedCommits).toBeGreaterThan(50);
    expect(replayed).toBeGreaterThan(0);
    // Every attempt but the last of each create was followed by a retry.
    expect(retries).toBeGreaterThanOrEqual(stats.attempts - CREATIONS);
  });
});

it('got only responses that match the contract from the sandbox', () => {
  expect(sandbox.problems).toEqual([]);
});
