import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../src/node';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, quiet: true, checkContract: true });
});
afterAll(() => sandbox.close());

it('checks every response it sends against the contract when asked to', async () => {
  const auth = { authorization: 'Bearer sk_test_apotheca_sandbox' };
  await fetch(`${sandbox.url}/v1/health`);
  await fetch(`${sandbox.url}/v1/patients?limit=2`, { headers: auth });
  await fetch(`${sandbox.url}/v1/patients/pat_test_nobody`, { headers: auth });
  await fetch(`${sandbox.url}/v1/patients`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: '{"name": ',
  });
  expect(sandbox.contractViolations).toEqual([]);
});

it('reports a response that breaks the contract', async () => {
  const original = sandbox.platform.dispatch.bind(sandbox.platform);
  // Simulate an engine bug: health answers without its required fields.
  sandbox.platform.dispatch = async (call) => {
    const reply = await original(call);
    return call.pathname === '/v1/health' ? { ...reply, body: '{"status":"ok"}' } : reply;
  };
  try {
    await fetch(`${sandbox.url}/v1/health`);
    expect(sandbox.contractViolations.join('\n')).toMatch(/GET \/v1\/health → 200.*api_version/);
  } finally {
    sandbox.platform.dispatch = original;
    sandbox.contractViolations.length = 0;
  }
});
