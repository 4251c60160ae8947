import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromiumLaunchOptions, mintWidgetSession, PATIENTS, SECRET_KEY } from '@apotheca/testing';
import type { SandboxHarness } from '@apotheca/testing/node';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PACKAGES } from '../scenario/packages.mjs';
import { bundleScenario } from './bundle';
import { EXPECTED_WEBHOOK, type ScenarioInput, serverScenario } from './fixture';

let sandbox: SandboxHarness;
let serverInput: ScenarioInput;
let page: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  ({ sandbox, input: serverInput } = await serverScenario());
  const script = await bundleScenario('browser');
  // A partner page on its own loopback origin: the SDK calls the sandbox cross-origin (CORS).
  page = createServer((request, response) => {
    if (request.url === '/scenario.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<!doctype html><title>runtime matrix</title><script type="module" src="/scenario.js"></script>',
        );
    }
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
  browser = await chromium.launch({ ...chromiumLaunchOptions() });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => page?.close(resolve));
  await sandbox?.close();
});

it('chromium: a widget session token calls the sandbox cross-origin and verifies a webhook', async () => {
  const session = await mintWidgetSession(sandbox.url, {
    patientId: PATIENTS.wangfang,
    scopes: ['trace:verify', 'patients:read'],
    origin,
  });
  const tab = await browser.newPage();
  await tab.goto(origin);
  await tab.waitForFunction(() => 'runScenario' in globalThis);
  const { apiKey: _secret, ...rest } = serverInput;
  const input: ScenarioInput = {
    ...rest,
    accessToken: session.token,
    patientId: PATIENTS.wangfang,
  };
  const result = await tab.evaluate(
    (scenarioInput) =>
      (globalThis as unknown as { runScenario: (i: unknown) => Promise<unknown> }).runScenario(
        scenarioInput,
      ),
    input,
  );
  expect(result).toEqual({
    packages: Object.fromEntries(PACKAGES.map(([name]) => [name, 'function'])),
    health: 'ok',
    verification: {
      object: 'trace_verification',
      status: 'verified',
      gtin: expect.stringMatching(/^\d{14}$/),
    },
    patient: { retrieved: true },
    webhook: EXPECTED_WEBHOOK,
    tampered: 'no_matching_signature',
  });
  // In a page the SDK refuses a secret key before anything is sent.
  const refused = await tab.evaluate(
    ([baseUrl, apiKey]) =>
      (globalThis as unknown as { runScenario: (i: unknown) => Promise<unknown> })
        .runScenario({ baseUrl, apiKey })
        .then(
          () => 'accepted',
          (error: { code?: string }) => error.code,
        ),
    [sandbox.url, SECRET_KEY] as const,
  );
  expect(refused).toBe('secret_key_in_browser');
});
