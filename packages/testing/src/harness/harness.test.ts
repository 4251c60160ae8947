import { MemoryStorage, type Storage } from '@apotheca/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATIENTS } from '../seed';
import { mintWidgetSession } from '../widget-session';
import { createTestPlatform, type SandboxHarness, startTestSandbox } from './harness';

/** Memory storage whose patients collection is on fire: reading a patient is a 500. */
function brokenStorage(): Storage {
  const inner = new MemoryStorage();
  return {
    transaction: (fn) =>
      inner.transaction((tx) =>
        fn({
          ...tx,
          blobs: tx.blobs,
          collection: (name) => {
            if (name === 'patients') throw new Error('disk on fire');
            return tx.collection(name);
          },
        }),
      ),
    sync: () => inner.sync(),
    close: () => inner.close(),
  };
}
const quiet = { logger: { error: () => {}, warn: () => {} } };

describe('createTestPlatform (in process)', () => {
  const sandbox = createTestPlatform();

  it('answers with the seeded engine, through api() and fetch', async () => {
    const res = await sandbox.api<{ name: string }>('GET', `/v1/patients/${PATIENTS.wangfang}`);
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('王芳');
    const health = await sandbox.fetch(`${sandbox.url}/v1/health`);
    expect(health.status).toBe(200);
  });

  it('mints widget sessions through its fetch', async () => {
    const session = await mintWidgetSession(sandbox.fetch, {
      patientId: PATIENTS.wangfang,
      scopes: ['patients:read'],
      origin: 'http://localhost:6006',
    });
    expect(session.token).toMatch(/^wst_/);
    const own = await sandbox.api('GET', `/v1/patients/${PATIENTS.wangfang}`, {
      token: session.token,
      origin: 'http://localhost:6006',
    });
    expect(own.status).toBe(200);
  });

  const broken = createTestPlatform({ storage: brokenStorage(), seed: false, ...quiet });
  it.fails('fails a test whose request got a 500', async () => {
    const res = await broken.api('GET', `/v1/patients/${PATIENTS.wangfang}`);
    // The test body passes; the harness fails the test when it finishes.
    expect(res.status).toBe(500);
  });

  it('lets a 500 through only when allowServerErrors is set', async () => {
    const allowed = createTestPlatform({
      storage: brokenStorage(),
      seed: false,
      allowServerErrors: true,
      ...quiet,
    });
    expect((await allowed.api('GET', `/v1/patients/${PATIENTS.wangfang}`)).status).toBe(500);
    expect(allowed.problems).toEqual([]);
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]).toMatch(/GET \/v1\/patients\/pat_test_wangfang → 500/);
  });
});

describe('a 500 outside any test', () => {
  const outside = createTestPlatform({ storage: brokenStorage(), seed: false, ...quiet });
  beforeAll(async () => {
    expect((await outside.api('GET', `/v1/patients/${PATIENTS.wangfang}`)).status).toBe(500);
  });

  it('is kept and thrown by close()', async () => {
    await expect(outside.close()).rejects.toThrow(/GET \/v1\/patients\/pat_test_wangfang → 500/);
  });
});

describe('startTestSandbox (real HTTP on loopback)', () => {
  let sandbox: SandboxHarness;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ storage: brokenStorage(), seed: false, ...quiet });
  });
  afterAll(() => sandbox.close());

  it('serves over HTTP on loopback', async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await sandbox.api('GET', '/v1/health')).status).toBe(200);
  });

  it.fails('fails a test whose request got a 500 from the server', async () => {
    const res = await sandbox.api('GET', `/v1/patients/${PATIENTS.wangfang}`);
    expect(res.status).toBe(500);
  });

  it('recorded that 500 (and nothing else)', () => {
    expect(sandbox.problems).toHaveLength(1);
  });
});
