// The insurer server against the real sandbox: OAuth client credentials see only this insurer's
// claims, its list follows them to `paid`, its webhook endpoint verifies each claim delivery
// (and refuses a forged one), and its page embeds the claim form with a strict policy.
import { Apotheca } from '@apotheca/sdk';
import { type SandboxHarness, SECRET_KEY, startTestSandbox } from '@apotheca/testing/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startInsurerServer } from '../src/server.mjs';

let sandbox: SandboxHarness;
let insurer: Awaited<ReturnType<typeof startInsurerServer>>;
const hospital = () => new Apotheca({ apiKey: SECRET_KEY, baseUrl: sandbox.url, browser: false });

const draft = (patient_id: string, policy_id: string, amount: number) => ({
  patient_id,
  policy_id,
  provider: 'hosp_test_bj_capital',
  service_date: '2026-11-02',
  diagnoses: ['J06.9'],
  items: [
    {
      code_system: 'service' as const,
      code: 'SVC-CONSULT-GP',
      quantity: 1,
      unit_price: { amount, currency: 'CNY' },
    },
  ],
  attachments: ['file_invoice_001'],
});

beforeAll(async () => {
  sandbox = await startTestSandbox({ dueWorkIntervalMs: 20 });
  insurer = await startInsurerServer({ port: 0, sandboxUrl: sandbox.url, quiet: true });
});
afterAll(async () => {
  await insurer?.close();
  await sandbox?.close();
});

describe('insurer server', () => {
  it('lists only its own policies’ claims and follows a fast-path claim to paid by webhook', async () => {
    const own = await hospital().claims.claims.create(
      draft('pat_test_wangfang', 'pol_test_wangfang_fastpath', 4321),
    );
    const other = await hospital().claims.claims.create(
      draft('pat_test_mariagarcia', 'pol_test_mariagarcia_global', 4321),
    );
    const listed = (await (await fetch(`${insurer.url}/api/claims`)).json()) as { id: string }[];
    expect(listed.map((c) => c.id)).toContain(own.id);
    expect(listed.map((c) => c.id)).not.toContain(other.id);
    await sandbox.platform.webhooks.settled();
    await vi.waitFor(() =>
      expect(insurer.events.filter((e) => e.claim_id === own.id).map((e) => e.type)).toEqual([
        'claim.paid',
        'claim.adjudicated',
        'claim.submitted',
      ]),
    );
    expect(insurer.claims.get(own.id)?.status).toBe('paid');
    // The account's endpoint hears the other insurer's claim too; this server keeps only its own.
    expect(insurer.claims.has(other.id)).toBe(false);
  });

  it('refuses a delivery it cannot verify', async () => {
    const forged = await fetch(`${insurer.url}/webhooks/apotheca`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': 'msg_forged',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': 'v1,AAAA',
      },
      body: JSON.stringify({ type: 'claim.paid', data: { object: { id: 'clm_forged' } } }),
    });
    expect(forged.status).toBe(400);
    expect(insurer.claims.has('clm_forged')).toBe(false);
  });

  it('serves its claim page with the form, the member’s policy and a strict policy', async () => {
    const page = await fetch(`${insurer.url}/`);
    const html = await page.text();
    expect(html).toContain('<apotheca-claim-form');
    expect(html).toContain('policy-id="pol_test_wangfang_active"');
    expect(html).toContain('src="/vendor/apotheca/claim-form.js"');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const session = await fetch(`${insurer.url}/api/widget-session`, {
      method: 'POST',
      headers: { host: new URL(insurer.url).host },
    });
    expect(session.status).toBe(200);
    expect(((await session.json()) as { token: string }).token).toBeTruthy();
  });
});
